package org.liaison.records;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.liaison.common.Problem;
import org.liaison.treaty.Category;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The schemata records may follow, read once from {@value #MODEL} on the class path. A schema of the
 * model may extend others (as in FollowTheMoney) and inherits their properties; abstract ones
 * ({@code Thing}, {@code Interval}) only lend properties and cannot be used by a record.
 */
@Component
public class Schemata {

	/** The model file on the class path. */
	public static final String MODEL = "/schemata/liaison-schemata.json";

	private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z]{1,40}");

	private final Map<String, Schema> schemata;

	/** Reads the model that ships with Liaison; a broken model stops the node from starting. */
	public Schemata() {
		this(readModel(Schemata.class.getResourceAsStream(MODEL)));
	}

	private Schemata(Map<String, Schema> schemata) {
		this.schemata = schemata;
	}

	/** Reads a model in the format of {@value #MODEL}; for tests and tools. */
	static Schemata read(InputStream model) {
		return new Schemata(readModel(model));
	}

	/**
	 * The schema of this name.
	 *
	 * @throws Problem 400 with field {@code schema} when there is no such schema (or it is abstract)
	 */
	public Schema get(String name) {
		return find(name).orElseThrow(() -> Problem.invalid("schema",
				name != null && PLAIN_NAME.matcher(name).matches() ? "schema: there is no schema " + name
						: "schema: there is no such schema"));
	}

	public Optional<Schema> find(String name) {
		return Optional.ofNullable(schemata.get(name));
	}

	/** Every schema a record may follow, in the order of the model file. */
	public List<Schema> all() {
		return List.copyOf(schemata.values());
	}

	private static Map<String, Schema> readModel(@Nullable InputStream in) {
		if (in == null) {
			throw new IllegalStateException("the schema model " + MODEL + " is not on the class path");
		}
		try (in) {
			JsonNode definitions = new ObjectMapper().readTree(in).path("schemata");
			Map<String, Inherited> inherited = new LinkedHashMap<>();
			Map<String, Schema> schemata = new LinkedHashMap<>();
			for (Map.Entry<String, JsonNode> e : definitions.properties()) {
				Inherited own = resolve(e.getKey(), definitions, inherited, new HashSet<>());
				if (!e.getValue().path("abstract").asBoolean(false)) {
					schemata.put(e.getKey(), schema(e.getKey(), e.getValue(), own));
				}
			}
			if (schemata.isEmpty()) {
				throw new IllegalArgumentException("it defines no schema");
			}
			return schemata;
		}
		catch (IOException | JacksonException | IllegalArgumentException | NullPointerException e) {
			throw new IllegalStateException("the schema model is not valid: " + e.getMessage(), e);
		}
	}

	private static Schema schema(String name, JsonNode def, Inherited resolved) {
		List<List<String>> required = new ArrayList<>();
		def.path("required").forEach(group -> required.add(strings(group)));
		return new Schema(name, text(def, "label"), Category.valueOf(text(def, "category")),
				def.path("ftm").stringValue(null), resolved.ancestors(),
				List.copyOf(resolved.properties().values()), required, strings(def.path("caption")));
	}

	/** The properties and ancestors of a schema, its parents' first. */
	private static Inherited resolve(String name, JsonNode definitions, Map<String, Inherited> done, Set<String> visiting) {
		Inherited known = done.get(name);
		if (known != null) {
			return known;
		}
		JsonNode def = definitions.get(name);
		if (def == null || !visiting.add(name)) {
			throw new IllegalArgumentException(name + " is unknown or extends itself");
		}
		Map<String, PropertySpec> properties = new LinkedHashMap<>();
		Set<String> ancestors = new LinkedHashSet<>();
		for (String parent : strings(def.path("extends"))) {
			Inherited p = resolve(parent, definitions, done, visiting);
			ancestors.add(parent);
			ancestors.addAll(p.ancestors());
			for (PropertySpec spec : p.properties().values()) {
				PropertySpec other = properties.putIfAbsent(spec.name(), spec);
				if (other != null && other.type() != spec.type()) {
					throw new IllegalArgumentException(name + " inherits " + spec.name() + " with two types");
				}
			}
		}
		for (Map.Entry<String, JsonNode> e : def.path("properties").properties()) {
			properties.put(e.getKey(), property(e.getKey(), e.getValue()));
		}
		Inherited resolved = new Inherited(properties, ancestors);
		done.put(name, resolved);
		return resolved;
	}

	private static PropertySpec property(String name, JsonNode def) {
		PropertySpec.TypedBy typedBy = null;
		JsonNode by = def.path("typedBy");
		if (by.isObject()) {
			Map<String, PropertyType> types = new LinkedHashMap<>();
			by.path("types").properties().forEach(t -> types.put(t.getKey(), type(name, t.getValue().asString())));
			typedBy = new PropertySpec.TypedBy(text(by, "property"), types);
		}
		return new PropertySpec(name, text(def, "label"), type(name, text(def, "type")), def.path("range").stringValue(null),
				strings(def.path("values")), typedBy, def.path("extension").asBoolean(false));
	}

	private static PropertyType type(String property, String code) {
		return PropertyType.of(code)
			.orElseThrow(() -> new IllegalArgumentException(property + " has the unknown type " + code));
	}

	private static String text(JsonNode node, String field) {
		String value = node.path(field).stringValue(null);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("a definition lacks its " + field);
		}
		return value;
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(v -> values.add(v.asString()));
		return values;
	}

	private record Inherited(Map<String, PropertySpec> properties, Set<String> ancestors) {
	}
}
