package org.liaison.records;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * One property of a {@link Schema}: its FollowTheMoney name, label and {@link PropertyType}.
 *
 * @param name the property name ({@code birthDate})
 * @param label a human label ({@code Birth date})
 * @param type the type every value must have
 * @param range for {@link PropertyType#ENTITY} properties, the schema the referenced record must be
 *        (or extend), as in FollowTheMoney; Liaison's records module checks it, not this class
 * @param values a closed vocabulary the values must come from (case-insensitive), or empty for any
 * @param typedBy where the type of each value depends on another property of the same record
 * @param extension true when the property is Liaison's own addition to a schema taken from FollowTheMoney
 *        (always false in Liaison's own schemata, all of whose properties are its own)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PropertySpec(String name, String label, PropertyType type, @Nullable String range, List<String> values,
		@Nullable TypedBy typedBy, @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean extension) {

	public PropertySpec {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(type, "type");
		values = List.copyOf(values);
		if (range != null && type != PropertyType.ENTITY) {
			throw new IllegalArgumentException(name + ": only entity properties have a range");
		}
	}

	/** A property of plain type: no range, no vocabulary, as in FollowTheMoney. */
	public static PropertySpec of(String name, String label, PropertyType type) {
		return new PropertySpec(name, label, type, null, List.of(), null, false);
	}

	/**
	 * Checks one value against the type (or one of the {@code types} given, tried in order) and the
	 * vocabulary, and returns its canonical form; an empty string for a blank value.
	 *
	 * @throws IllegalArgumentException naming what was expected, never the value
	 */
	public String normalise(String value, List<PropertyType> types) {
		String canonical = normaliseByType(value, types.isEmpty() ? List.of(type) : types);
		if (values.isEmpty() || canonical.isEmpty()) {
			return canonical;
		}
		return values.stream()
			.filter(v -> v.equalsIgnoreCase(canonical))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("must be one of " + String.join(", ", values)));
	}

	private static String normaliseByType(String value, List<PropertyType> types) {
		IllegalArgumentException first = null;
		for (PropertyType t : types) {
			try {
				return t.normalise(value);
			}
			catch (IllegalArgumentException e) {
				first = first == null ? e : first;
			}
		}
		throw Objects.requireNonNull(first);
	}

	/**
	 * The type of each value of a property follows the value of another property: a cyber indicator's
	 * {@code value} is an IPv4 address when its {@code observableType} is {@code ipv4-addr}.
	 *
	 * @param property the property whose values choose the type
	 * @param types the type for each of that property's values
	 */
	public record TypedBy(String property, Map<String, PropertyType> types) {

		public TypedBy {
			types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
		}
	}
}
