package org.liaison.records;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;
import org.liaison.common.Problem;
import org.liaison.treaty.Category;

/**
 * What a record may say about one kind of thing (a person, a vehicle, a cyber indicator): the
 * properties it may carry, which of them it needs, which give its title, and the data category the
 * treaty engine decides on. Most schemata follow FollowTheMoney's of the same name.
 *
 * <p>Properties are multi-valued, as in FollowTheMoney: a record's properties are a map from property
 * name to a list of values. Instances come from {@link Schemata}.
 */
@JsonPropertyOrder({ "name", "label", "category", "ftm", "ancestors", "required", "caption", "properties" })
public final class Schema {

	/** The most values one property of a record may hold. */
	public static final int MAX_VALUES = 50;

	/** The most bytes a record's properties may take, counted as compact JSON in UTF-8. */
	public static final int MAX_BYTES = 64 * 1024;

	private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
	private static final int CAPTION_LENGTH = 200;
	private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

	private final String name;
	private final String label;
	private final Category category;
	private final @Nullable String ftm;
	private final Set<String> ancestors;
	private final Map<String, PropertySpec> properties;
	private final List<List<String>> required;
	private final List<String> caption;

	Schema(String name, String label, Category category, @Nullable String ftm, Set<String> ancestors,
			List<PropertySpec> properties, List<List<String>> required, List<String> caption) {
		this.name = name;
		this.label = label;
		this.category = category;
		this.ftm = ftm;
		this.ancestors = Collections.unmodifiableSet(new LinkedHashSet<>(ancestors));
		Map<String, PropertySpec> byName = new LinkedHashMap<>();
		for (PropertySpec p : properties) {
			if (byName.putIfAbsent(p.name(), p) != null) {
				throw new IllegalArgumentException(name + " declares " + p.name() + " twice");
			}
			PropertySpec.TypedBy typedBy = p.typedBy();
			if (typedBy != null) {
				PropertySpec controller = byName.get(typedBy.property());
				if (controller == null || !controller.values().containsAll(typedBy.types().keySet())) {
					throw new IllegalArgumentException(name + "." + p.name() + " is typed by a property that must come"
							+ " before it and list every value it maps");
				}
			}
		}
		this.properties = Collections.unmodifiableMap(byName);
		this.required = required.stream().map(List::copyOf).toList();
		this.caption = List.copyOf(caption);
		required.forEach(group -> group.forEach(this::mustBeKnown));
		caption.forEach(this::mustBeKnown);
	}

	@JsonProperty
	public String name() {
		return name;
	}

	@JsonProperty
	public String label() {
		return label;
	}

	/** The data category of the treaty engine that records of this schema fall under. */
	@JsonProperty
	public Category category() {
		return category;
	}

	/** The FollowTheMoney schema this one is a subset of; empty for Liaison's own schemata. */
	@JsonProperty("ftm")
	@JsonInclude(JsonInclude.Include.NON_ABSENT)
	public Optional<String> ftm() {
		return Optional.ofNullable(ftm);
	}

	/** The schemata this one extends, directly or not, in FollowTheMoney's hierarchy ({@code Thing}, ...). */
	@JsonProperty
	public Set<String> ancestors() {
		return ancestors;
	}

	/** Whether this schema is the one named or extends it: a Person is a LegalEntity and a Thing. */
	public boolean isA(String schema) {
		return name.equals(schema) || ancestors.contains(schema);
	}

	/** Every property, the inherited ones first, in the order of the model file. */
	@JsonProperty
	public List<PropertySpec> properties() {
		return List.copyOf(properties.values());
	}

	public Optional<PropertySpec> property(String property) {
		return Optional.ofNullable(properties.get(property));
	}

	/** Groups of properties of which a record needs at least one each: {@code [[number, passportNumber]]}. */
	@JsonProperty
	public List<List<String>> required() {
		return required;
	}

	/** The properties that give a record its title, the first present winning. */
	@JsonProperty("caption")
	public List<String> captionProperties() {
		return caption;
	}

	/**
	 * Checks a record's properties and returns them in canonical form: properties in schema order, empty
	 * ones left out; values of each normalised by its {@link PropertyType}, blank ones dropped, duplicates
	 * removed, order kept. The map returned is unmodifiable.
	 *
	 * @throws Problem (400, field {@code properties.<name>}) for an unknown property, a null, invalid or
	 *         overlong value, more than {@value #MAX_VALUES} values, more than {@value #MAX_BYTES} bytes in
	 *         all, or a required property missing; the detail never repeats a value
	 */
	public Map<String, List<String>> validate(Map<String, List<String>> input) {
		checkSize(input);
		for (String key : input.keySet()) {
			if (!properties.containsKey(key)) {
				throw key != null && PLAIN_NAME.matcher(key).matches()
						? Problem.invalid("properties." + key, "properties." + key + ": " + name + " has no such property")
						: Problem.invalid("properties", "properties: a property name is not valid");
			}
		}
		Map<String, List<String>> canonical = new LinkedHashMap<>();
		for (PropertySpec p : properties.values()) {
			List<String> values = input.get(p.name());
			if (values != null && !values.isEmpty()) {
				List<String> clean = normalise(p, values, typesFor(p, canonical));
				if (!clean.isEmpty()) {
					canonical.put(p.name(), clean);
				}
			}
		}
		for (List<String> group : required) {
			if (group.stream().noneMatch(canonical::containsKey)) {
				throw Problem.invalid("properties." + group.get(0), "properties." + group.get(0) + ": " + label + " records need "
						+ (group.size() == 1 ? "this property" : "at least one of " + String.join(", ", group)));
			}
		}
		return Collections.unmodifiableMap(canonical);
	}

	/**
	 * The title of a record: the first value of the first caption property present, on one line and at
	 * most {@value #CAPTION_LENGTH} characters; the schema's label when none is present.
	 */
	public String caption(Map<String, List<String>> properties) {
		for (String p : caption) {
			List<String> values = properties.get(p);
			if (values == null) {
				continue;
			}
			for (String v : values) {
				String line = v == null ? "" : SPACES.matcher(v).replaceAll(" ").strip();
				if (!line.isEmpty()) {
					return line.codePointCount(0, line.length()) <= CAPTION_LENGTH ? line
							: line.substring(0, line.offsetByCodePoints(0, CAPTION_LENGTH - 1)) + "…";
				}
			}
		}
		return label;
	}

	private List<String> normalise(PropertySpec p, List<String> values, List<PropertyType> types) {
		String field = "properties." + p.name();
		if (values.size() > MAX_VALUES) {
			throw Problem.invalid(field, field + ": at most " + MAX_VALUES + " values");
		}
		Set<String> clean = new LinkedHashSet<>();
		for (int i = 0; i < values.size(); i++) {
			String value = values.get(i);
			if (value == null) {
				throw Problem.invalid(field, field + ": value " + (i + 1) + " is null");
			}
			try {
				String v = p.normalise(value, types);
				if (!v.isEmpty()) {
					clean.add(v);
				}
			}
			catch (IllegalArgumentException e) {
				throw Problem.invalid(field, field + ": value " + (i + 1) + " " + e.getMessage());
			}
		}
		return List.copyOf(clean);
	}

	/** The types a typed-by property's values may take, chosen by the canonical values of its controller. */
	private static List<PropertyType> typesFor(PropertySpec p, Map<String, List<String>> canonical) {
		PropertySpec.TypedBy typedBy = p.typedBy();
		if (typedBy == null) {
			return List.of();
		}
		List<PropertyType> types = new ArrayList<>();
		for (String v : canonical.getOrDefault(typedBy.property(), List.of())) {
			PropertyType t = typedBy.types().get(v);
			if (t != null && !types.contains(t)) {
				types.add(t);
			}
		}
		return types;
	}

	private static void checkSize(Map<String, List<String>> input) {
		long bytes = 2;
		for (Map.Entry<String, List<String>> e : input.entrySet()) {
			bytes += utf8(e.getKey()) + 6;
			List<String> values = e.getValue();
			if (values != null) {
				for (String v : values) {
					bytes += (v == null ? 4 : utf8(v)) + 3;
				}
			}
			if (bytes > MAX_BYTES) {
				throw Problem.invalid("properties", "properties: more than " + MAX_BYTES / 1024 + " KB in all");
			}
		}
	}

	private static long utf8(String s) {
		return s.length() > MAX_BYTES ? MAX_BYTES + 1L : s.getBytes(StandardCharsets.UTF_8).length;
	}

	private void mustBeKnown(String property) {
		if (!properties.containsKey(property)) {
			throw new IllegalArgumentException(name + " refers to " + property + ", which it does not have");
		}
	}

	@Override
	public String toString() {
		return "Schema[" + name + "]";
	}
}
