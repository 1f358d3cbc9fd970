package org.liaison.records;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.liaison.common.Problem;
import tools.jackson.databind.JsonNode;

/**
 * Entity properties as API clients send them, FollowTheMoney style: an object whose every property is
 * a list of strings (a single string is taken as a list of one). Types are checked later, by the schema.
 */
public final class PropertyValues {

	private PropertyValues() {
	}

	/**
	 * The properties of a JSON object; anything else is a 400 problem naming the field under
	 * {@code prefix} (for example {@code subject.properties}), never the value.
	 */
	public static Map<String, List<String>> fromJson(JsonNode node, String prefix) {
		if (!node.isObject()) {
			throw Problem.invalid(prefix, prefix + " must be an object of string lists");
		}
		Map<String, List<String>> out = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> e : node.properties()) {
			String field = prefix + "." + e.getKey();
			JsonNode value = e.getValue();
			List<String> values = new ArrayList<>();
			if (value.isString()) {
				values.add(value.asString());
			}
			else if (value.isArray()) {
				for (JsonNode v : value) {
					if (!v.isString()) {
						throw Problem.invalid(field, "'" + field + "' must hold strings");
					}
					values.add(v.asString());
				}
			}
			else {
				throw Problem.invalid(field, "'" + field + "' must be a list of strings");
			}
			out.put(e.getKey(), values);
		}
		return out;
	}
}
