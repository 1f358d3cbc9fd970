package org.liaison.screening.matching;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What screening compares about a person: every name and alias (in any script), the date of birth,
 * nationalities (ISO 3166-1 alpha-2 codes) and sex, each possibly unknown.
 *
 * @param names names and aliases; at least one
 * @param birthDate date of birth, or null when unknown
 * @param nationalities upper-case country codes; empty when unknown
 * @param sex sex, or null when unknown
 */
public record PersonDetails(
		List<String> names, @Nullable BirthDate birthDate, Set<String> nationalities, @Nullable Sex sex) {

	/** Sex as recorded. */
	public enum Sex {
		/** Male. */
		MALE,
		/** Female. */
		FEMALE
	}

	/** Copies the collections, upper-cases nationalities, and requires a name. */
	public PersonDetails {
		names = List.copyOf(names);
		if (names.isEmpty()) {
			throw new IllegalArgumentException("a person needs at least one name");
		}
		nationalities = nationalities.stream().map(c -> c.trim().toUpperCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
	}

	/** A person known by name only. */
	public static PersonDetails named(String... names) {
		return new PersonDetails(List.of(names), null, Set.of(), null);
	}

	/** The same person with a date of birth ({@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}). */
	public PersonDetails bornOn(String isoDate) {
		return new PersonDetails(names, BirthDate.parse(isoDate), nationalities, sex);
	}

	/** The same person with these nationalities. */
	public PersonDetails withNationalities(String... countries) {
		return new PersonDetails(names, birthDate, Set.of(countries), sex);
	}

	/** The same person with this sex. */
	public PersonDetails withSex(Sex value) {
		return new PersonDetails(names, birthDate, nationalities, value);
	}
}
