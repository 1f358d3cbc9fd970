package org.liaison.screening;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.liaison.alerts.Alert;
import org.liaison.screening.matching.BirthDate;
import org.liaison.screening.matching.PairKeys;
import org.liaison.screening.matching.PersonDetails;

/** What a published alert is found by in the screening index, and what the matcher compares of a person. */
final class AlertTerms {

	private AlertTerms() {}

	/** The (field, value) terms an alert is found by; none for a subject with nothing to screen by. */
	static List<String[]> of(Alert alert, @Nullable PersonDetails person, PairKeys keys) {
		List<String[]> terms = new ArrayList<>();
		if (person != null) {
			Set<String> names = new LinkedHashSet<>();
			for (String name : person.names()) {
				names.addAll(keys.of(name));
			}
			names.forEach(t -> terms.add(new String[] {ScreeningIndex.NAME, t}));
			if (!terms.isEmpty()) {
				terms.add(new String[] {ScreeningIndex.BIRTH_YEAR,
						person.birthDate() == null ? ScreeningIndex.UNKNOWN_YEAR : Integer.toString(person.birthDate().year())});
			}
		}
		else if ("Passport".equals(alert.schema()) || "Identification".equals(alert.schema())) {
			String country = first(alert.properties(), "country").toUpperCase(Locale.ROOT);
			for (String key : List.of("number", "passportNumber")) {
				for (String number : alert.properties().getOrDefault(key, List.of())) {
					String n = ScreeningQuery.documentNumber(number);
					if (!n.isEmpty()) {
						terms.add(new String[] {ScreeningIndex.DOCUMENT, n + "|" + country});
					}
				}
			}
		}
		else if ("Vehicle".equals(alert.schema())) {
			String country = first(alert.properties(), "country").toUpperCase(Locale.ROOT);
			for (String vin : alert.properties().getOrDefault("vin", List.of())) {
				terms.add(new String[] {ScreeningIndex.VIN, ScreeningQuery.documentNumber(vin)});
			}
			for (String plate : alert.properties().getOrDefault("registrationNumber", List.of())) {
				terms.add(new String[] {ScreeningIndex.PLATE, ScreeningQuery.documentNumber(plate) + "|" + country});
			}
		}
		return terms;
	}

	/**
	 * Whether the listed alert carries the screened document's number (with its issuing country, or none)
	 * or one of the vehicle's VINs or plates (with its country, or none), the same rules as the keys of
	 * {@link #of}; always true for a person. The index finds documents and vehicles by fingerprint of the
	 * key, so this turns a fingerprint collision into no hit.
	 */
	static boolean lists(Alert alert, ScreeningQuery query) {
		Map<String, List<String>> props = alert.properties();
		String country = first(props, "country").toUpperCase(Locale.ROOT);
		if (query instanceof ScreeningQuery.Document d) {
			boolean countryAgrees = country.isEmpty() || country.equals(d.country());
			return countryAgrees && ("Passport".equals(alert.schema()) || "Identification".equals(alert.schema()))
					&& Stream.of("number", "passportNumber")
						.flatMap(key -> props.getOrDefault(key, List.of()).stream())
						.anyMatch(n -> ScreeningQuery.documentNumber(n).equals(d.number()));
		}
		if (query instanceof ScreeningQuery.Vehicle v) {
			if (!"Vehicle".equals(alert.schema())) {
				return false;
			}
			boolean vin = props.getOrDefault("vin", List.of()).stream()
				.anyMatch(n -> v.vins().contains(ScreeningQuery.documentNumber(n)));
			boolean plate = (country.isEmpty() || country.equals(v.country())) && props.getOrDefault("registrationNumber", List.of())
				.stream()
				.anyMatch(n -> v.plates().contains(ScreeningQuery.documentNumber(n)));
			return vin || plate;
		}
		return true;
	}

	/** What the matcher compares of a listed person: names and aliases, date of birth, nationalities, sex. */
	static @Nullable PersonDetails personOf(Map<String, List<String>> props) {
		List<String> names = new ArrayList<>();
		for (String key : List.of("name", "alias", "previousName", "weakAlias")) {
			props.getOrDefault(key, List.of()).stream().filter(n -> n != null && !n.isBlank()).forEach(names::add);
		}
		if (names.isEmpty()) {
			return null;
		}
		BirthDate birthDate = null;
		for (String d : props.getOrDefault("birthDate", List.of())) {
			try {
				birthDate = BirthDate.parse(d);
				break;
			}
			catch (IllegalArgumentException e) {
				// a listed date the matcher cannot read counts as unknown
			}
		}
		Set<String> nationalities = new LinkedHashSet<>();
		for (String key : List.of("nationality", "citizenship")) {
			props.getOrDefault(key, List.of()).stream().filter(c -> c != null && !c.isBlank()).forEach(nationalities::add);
		}
		PersonDetails.Sex sex = switch (first(props, "gender").toLowerCase(Locale.ROOT)) {
			case "male", "m" -> PersonDetails.Sex.MALE;
			case "female", "f" -> PersonDetails.Sex.FEMALE;
			default -> null;
		};
		return new PersonDetails(names, birthDate, nationalities, sex);
	}

	private static String first(Map<String, List<String>> props, String key) {
		List<String> values = props.getOrDefault(key, List.of());
		return values.isEmpty() || values.get(0) == null ? "" : values.get(0).strip();
	}
}
