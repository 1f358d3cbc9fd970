package org.liaison.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.liaison.screening.ScreeningQuery;

/**
 * The screening form: a traveller (names one a line, date of birth, nationality, sex, and a travel
 * document's number with its issuing country) or a vehicle (VIN, plate and its country). A traveller is
 * screened as a person when named and as a document when a number is given; each is its own query.
 */
record ScreeningForm(@Nullable String kind, @Nullable String names, @Nullable String birthDate,
		@Nullable String nationality, @Nullable String sex, @Nullable String documentNumber,
		@Nullable String documentCountry, @Nullable String vin, @Nullable String plate, @Nullable String plateCountry) {

	static final String TRAVELLER = "traveller";
	static final String VEHICLE = "vehicle";

	static ScreeningForm empty() {
		return new ScreeningForm(TRAVELLER, null, null, null, null, null, null, null, null, null);
	}

	public boolean isVehicle() {
		return VEHICLE.equals(kind);
	}

	/**
	 * The queries the form asks, by kind of query ({@code person}, {@code document}, {@code vehicle});
	 * a 400 problem or an {@link IllegalArgumentException} naming what is wrong, never a value.
	 */
	Map<String, ScreeningQuery> queries() {
		Map<String, ScreeningQuery> queries = new LinkedHashMap<>();
		if (isVehicle()) {
			if (blank(vin) && blank(plate)) {
				throw new IllegalArgumentException("give the VIN or the registration plate");
			}
			queries.put("vehicle", query("vehicle"));
			return queries;
		}
		if (blank(names) && blank(documentNumber)) {
			throw new IllegalArgumentException("give at least one name or a document number");
		}
		if (!blank(names)) {
			queries.put("person", query("person"));
		}
		if (!blank(documentNumber)) {
			queries.put("document", query("document"));
		}
		return queries;
	}

	/** One of the queries, rebuilt from the form, as when marking one of its hits a false positive. */
	ScreeningQuery query(String which) {
		Map<String, List<String>> p = new LinkedHashMap<>();
		return switch (which) {
			case "person" -> {
				List<String> lines = new ArrayList<>();
				if (names != null) {
					names.lines().filter(l -> !l.isBlank()).forEach(lines::add);
				}
				p.put("name", lines);
				put(p, "birthDate", birthDate);
				put(p, "nationality", nationality);
				put(p, "gender", sex);
				yield ScreeningQuery.of("Person", p);
			}
			case "document" -> {
				put(p, "number", documentNumber);
				put(p, "country", documentCountry);
				yield ScreeningQuery.of("Passport", p);
			}
			case "vehicle" -> {
				put(p, "vin", vin);
				put(p, "registrationNumber", plate);
				put(p, "country", plateCountry);
				yield ScreeningQuery.of("Vehicle", p);
			}
			default -> throw new IllegalArgumentException("unknown kind of query");
		};
	}

	private static void put(Map<String, List<String>> p, String key, @Nullable String value) {
		if (!blank(value)) {
			p.put(key, List.of(value.strip()));
		}
	}

	private static boolean blank(@Nullable String s) {
		return s == null || s.isBlank();
	}
}
