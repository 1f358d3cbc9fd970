package org.liaison.bench.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A person as an alert or a screening query carries it, FollowTheMoney-style.
 *
 * @param names the name first, then aliases (other spellings, other scripts, kunya...)
 * @param birthDate {@code yyyy}, {@code yyyy-mm-dd}, or null
 * @param nationalities ISO 3166-1 alpha-2 codes, possibly none
 * @param gender {@code male}, {@code female} or null
 */
public record ListedPerson(List<String> names, @Nullable String birthDate, List<String> nationalities,
		@Nullable String gender) {

	public ListedPerson {
		names = List.copyOf(names);
		nationalities = List.copyOf(nationalities);
	}

	/** The properties of an alert or query: name, alias, birthDate, nationality, gender. */
	public Map<String, List<String>> properties() {
		Map<String, List<String>> p = new LinkedHashMap<>();
		p.put("name", List.of(names.get(0)));
		if (names.size() > 1) {
			p.put("alias", new ArrayList<>(names.subList(1, names.size())));
		}
		if (birthDate != null) {
			p.put("birthDate", List.of(birthDate));
		}
		if (!nationalities.isEmpty()) {
			p.put("nationality", nationalities);
		}
		if (gender != null) {
			p.put("gender", List.of(gender));
		}
		return p;
	}

	/** The properties of a query: all names as {@code name} (a query has no aliases). */
	public Map<String, List<String>> queryProperties() {
		Map<String, List<String>> p = properties();
		p.remove("alias");
		p.put("name", names);
		return p;
	}
}
