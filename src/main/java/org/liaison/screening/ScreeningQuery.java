package org.liaison.screening;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.liaison.common.Problem;
import org.liaison.records.PropertyType;
import org.liaison.records.Vin;
import org.liaison.screening.matching.BirthDate;
import org.liaison.screening.matching.PersonDetails;
import org.liaison.treaty.Category;

/**
 * What is screened, validated: a person (names, date of birth, nationalities, sex), a travel document
 * (normalised number and issuing country) or a vehicle (VIN, or plate with country). Built from a
 * FollowTheMoney-style subject ({@code schema} and {@code properties}); bad input is a 400 problem whose
 * detail never repeats the value.
 */
public sealed interface ScreeningQuery {

	int MAX_VALUES = 20;
	int MAX_LENGTH = 200;

	/** The canonical text of the query, hashed for the audit log. */
	String canonical();

	/** What is odd about the query but does not stop it being screened (a VIN's check digit), for the answer. */
	default List<String> notes() {
		return List.of();
	}

	/** The data category of what is screened, which an agreement must cover for the screening to cross borders. */
	default Category category() {
		if (this instanceof Person) {
			return Category.PERSON;
		}
		return this instanceof Vehicle ? Category.VEHICLE : Category.TRAVEL_DOCUMENT;
	}

	/** A person: at least one name of two letters or more. */
	record Person(PersonDetails details) implements ScreeningQuery {
		@Override
		public String canonical() {
			return "Person|" + String.join(";", details.names().stream().sorted().toList()) + "|" + details.birthDate() + "|"
					+ String.join(";", details.nationalities().stream().sorted().toList()) + "|" + details.sex();
		}
	}

	/** A travel document: its normalised number and issuing country (upper-case, or empty when unknown). */
	record Document(String number, String country) implements ScreeningQuery {
		@Override
		public String canonical() {
			return "Document|" + number + "|" + country;
		}
	}

	/**
	 * A vehicle: VINs and plates (normalised), with the registering country (or empty). A VIN is screened
	 * as written even when ISO 3779 finds it malformed or its check digit wrong (a border officer reads
	 * what is stamped on the car, and a forged VIN is worth a hit); the answer notes it.
	 */
	record Vehicle(Set<String> vins, Set<String> plates, String country) implements ScreeningQuery {
		@Override
		public String canonical() {
			return "Vehicle|" + new TreeMap<>(Map.of("vin", String.join(";", vins.stream().sorted().toList()), "plate",
					String.join(";", plates.stream().sorted().toList()))) + "|" + country;
		}

		@Override
		public List<String> notes() {
			return vins.stream().map(Vin::check).filter(c -> c != Vin.Check.VALID).distinct()
				.map(c -> "vin: " + c.explanation())
				.toList();
		}

		/** What matched a listed vehicle's properties: its VIN, or its plate (and country). */
		String explanation(Map<String, List<String>> listed) {
			for (String vin : listed.getOrDefault("vin", List.of())) {
				String v = documentNumber(vin);
				if (vins.contains(v)) {
					Vin.Check check = Vin.check(v);
					return "VIN exact" + (check.acceptable() ? "" : " (" + check.explanation() + ")");
				}
			}
			return "registration number exact" + (country.isEmpty() ? "" : ", country " + country);
		}
	}

	/** Validates a subject; throws a 400 problem naming the field. */
	public static ScreeningQuery of(@Nullable String schema, @Nullable Map<String, List<String>> properties) {
		Map<String, List<String>> props = properties == null ? Map.of() : properties;
		if (schema == null || schema.isBlank()) {
			throw Problem.invalid("subject.schema", "the subject needs a schema: Person, Passport, Identification or Vehicle");
		}
		switch (schema) {
			case "Person":
				return person(props);
			case "Passport":
			case "Identification":
				return document(props);
			case "Vehicle":
				return vehicle(props);
			default:
				throw Problem.invalid("subject.schema",
						"unknown schema; screening accepts Person, Passport, Identification or Vehicle");
		}
	}

	private static Person person(Map<String, List<String>> props) {
		List<String> names = new ArrayList<>();
		for (String name : values(props, "name")) {
			String n = name.strip();
			if (n.codePoints().filter(Character::isLetter).count() < 2) {
				throw Problem.invalid("subject.properties.name", "a name needs at least two letters");
			}
			names.add(n);
		}
		if (names.isEmpty()) {
			throw Problem.invalid("subject.properties.name", "a person is screened by at least one name");
		}
		BirthDate birthDate = null;
		for (String d : values(props, "birthDate")) {
			try {
				birthDate = BirthDate.parse(d);
			}
			catch (IllegalArgumentException e) {
				throw Problem.invalid("subject.properties.birthDate", "not a valid date of birth (yyyy, yyyy-mm or yyyy-mm-dd)");
			}
			break;
		}
		Set<String> nationalities = new LinkedHashSet<>();
		for (String c : values(props, "nationality")) {
			nationalities.add(country(c, "subject.properties.nationality"));
		}
		PersonDetails.Sex sex = null;
		for (String g : values(props, "gender")) {
			sex = switch (g.strip().toLowerCase(Locale.ROOT)) {
				case "male", "m" -> PersonDetails.Sex.MALE;
				case "female", "f" -> PersonDetails.Sex.FEMALE;
				default -> null;
			};
		}
		return new Person(new PersonDetails(names, birthDate, nationalities, sex));
	}

	private static Document document(Map<String, List<String>> props) {
		List<String> numbers = values(props, "number");
		if (numbers.isEmpty()) {
			numbers = values(props, "passportNumber");
		}
		if (numbers.isEmpty()) {
			throw Problem.invalid("subject.properties.number", "a document is screened by its number");
		}
		String number = documentNumber(numbers.get(0));
		if (number.length() < 3) {
			throw Problem.invalid("subject.properties.number", "a document number needs at least three letters or digits");
		}
		List<String> countries = values(props, "country");
		return new Document(number, countries.isEmpty() ? "" : country(countries.get(0), "subject.properties.country"));
	}

	private static Vehicle vehicle(Map<String, List<String>> props) {
		Set<String> vins = new LinkedHashSet<>();
		for (String v : values(props, "vin")) {
			vins.add(documentNumber(v));
		}
		Set<String> plates = new LinkedHashSet<>();
		for (String p : values(props, "registrationNumber")) {
			plates.add(documentNumber(p));
		}
		vins.remove("");
		plates.remove("");
		if (vins.isEmpty() && plates.isEmpty()) {
			throw Problem.invalid("subject.properties.vin", "a vehicle is screened by its VIN or registration number");
		}
		List<String> countries = values(props, "country");
		return new Vehicle(vins, plates, countries.isEmpty() ? "" : country(countries.get(0), "subject.properties.country"));
	}

	/** A document number, VIN or plate as compared: upper-case letters and digits only (no spaces, hyphens, dots). */
	public static String documentNumber(String raw) {
		StringBuilder out = new StringBuilder();
		raw.codePoints().filter(Character::isLetterOrDigit).map(Character::toUpperCase).forEach(out::appendCodePoint);
		return out.toString();
	}

	/** A known country code, read as records read it (ISO 3166-1 alpha-2 or alpha-3, and XK), upper-case. */
	private static String country(String raw, String field) {
		try {
			String c = PropertyType.COUNTRY.normalise(raw);
			if (!c.isEmpty()) {
				return c.toUpperCase(Locale.ROOT);
			}
		}
		catch (IllegalArgumentException e) {
			// the uniform message below
		}
		throw Problem.invalid(field, "a country is an ISO 3166-1 code, such as DE or DEU");
	}

	private static List<String> values(Map<String, List<String>> props, String key) {
		List<String> values = props.getOrDefault(key, List.of());
		if (values == null) {
			return List.of();
		}
		if (values.size() > MAX_VALUES) {
			throw Problem.invalid("subject.properties." + key, "at most " + MAX_VALUES + " values");
		}
		for (String v : values) {
			if (v == null || v.length() > MAX_LENGTH) {
				throw Problem.invalid("subject.properties." + key, "values are text of at most " + MAX_LENGTH + " characters");
			}
			if (v.codePoints().anyMatch(Character::isISOControl)) {
				throw Problem.invalid("subject.properties." + key, "values may not contain control characters");
			}
		}
		return values;
	}
}
