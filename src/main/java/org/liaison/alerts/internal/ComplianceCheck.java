package org.liaison.alerts.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Agency;
import org.liaison.alerts.AlertType;
import org.liaison.alerts.NewAlert;
import org.liaison.common.Problem;
import org.liaison.records.Schema;
import org.liaison.records.Schemata;
import org.liaison.records.Vin;
import org.liaison.treaty.Agreement;
import org.liaison.treaty.Purpose;
import org.springframework.http.HttpStatus;

/**
 * The automatic checks an alert passes when it is issued: the subject follows a schema the type allows
 * and validates against it, the type's mandatory data are present, the dates make sense, and the legal
 * basis is an agreement in force that binds the owner and covers the subject's category and the alert's
 * purposes. A failure is a 400 problem. Wording suggesting a political, military, religious or racial
 * character (INTERPOL's Article 3) does not fail: it is returned as flags for the reviewer.
 */
public final class ComplianceCheck {

	/** Stems that suggest the character Article 3 forbids; matched at the start of a word. */
	private static final Pattern ARTICLE_3 = Pattern.compile(
			"\\b(politic\\w*|opposition|protest\\w*|dissident\\w*|activis\\w*|religio\\w*|blasphem\\w*|apostas\\w*|"
					+ "heres\\w*|military|desert(?:ion|er|ers)|conscientious|race|racial\\w*|ethnic\\w*|tribe|tribal)\\b",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

	private static final Set<String> BODY_DESCRIPTION = Set.of("gender", "height", "weight", "appearance", "eyeColor",
			"hairColor", "description", "notes");

	private final Schemata schemata;

	public ComplianceCheck(Schemata schemata) {
		this.schemata = schemata;
	}

	/** What passed: the subject's schema, its properties in canonical form, and the flags for the reviewer. */
	public record Passed(Schema schema, Map<String, List<String>> properties, List<String> flags) {
	}

	/**
	 * Checks a new alert of {@code owner}, with {@code legalBasis} the agreement its {@code legalBasis}
	 * names (null when it names none known), on {@code today}.
	 *
	 * @throws Problem 400: {@code invalid-field} for missing or invalid data, {@code alert-legal-basis}
	 *         when the agreement is unknown, not in force, does not bind the owner or does not cover the alert
	 */
	public Passed check(NewAlert alert, Agency owner, @Nullable Agreement legalBasis, LocalDate today) {
		if (!alert.type().allows(alert.schema())) {
			throw Problem.invalid("subject.schema", "an alert " + alert.type() + " is about one of " + alert.type().schemata());
		}
		Schema schema = schemata.get(alert.schema());
		Map<String, List<String>> properties = vins(schema.validate(alert.properties()));
		mandatoryData(alert.type(), schema.name(), properties);
		if (alert.purposes().isEmpty()) {
			throw Problem.invalid("purposes", "an alert needs at least one purpose");
		}
		dates(alert, today);
		legalBasis(alert, schema, owner, legalBasis, today);
		return new Passed(schema, properties, article3Flags(alert, properties));
	}

	static void mandatoryData(AlertType type, String schema, Map<String, List<String>> p) {
		switch (type) {
			case UNIDENTIFIED_BODY -> {
				if (BODY_DESCRIPTION.stream().noneMatch(p::containsKey)) {
					throw missing("properties", "an unidentified body needs a description (gender, height, appearance, ...)");
				}
			}
			case STOLEN_TRAVEL_DOCUMENT -> {
				if (!p.containsKey("number") && !p.containsKey("passportNumber")) {
					throw missing("properties.number", "a stolen document needs its number");
				}
				if (!p.containsKey("country")) {
					throw missing("properties.country", "a stolen document needs its issuing country");
				}
			}
			case STOLEN_VEHICLE -> {
				if (!p.containsKey("vin") && !p.containsKey("registrationNumber")) {
					throw missing("properties.vin", "a stolen vehicle needs its VIN or its registration number");
				}
			}
			case FIREARM -> {
				if (!p.containsKey("serialNumber")) {
					throw missing("properties.serialNumber", "a firearm alert needs the serial number");
				}
			}
			default -> {
				if (!p.containsKey("name")) {
					throw missing("properties.name", "an alert " + type + " needs a name");
				}
				if (type.isPersonAlert() && schema.equals("Person") && !p.containsKey("birthDate")
						&& !p.containsKey("nationality")) {
					throw missing("properties.birthDate", "a person alert needs a birthDate or a nationality");
				}
			}
		}
	}

	/**
	 * The properties with every VIN in its normalised form; a VIN that is malformed, or North-American with
	 * a check digit that does not match, is refused: a hit on a mistyped VIN would send officers after
	 * the wrong car. Elsewhere position 9 is often not a check digit, so a mismatch there passes.
	 */
	static Map<String, List<String>> vins(Map<String, List<String>> properties) {
		List<String> vins = properties.get("vin");
		if (vins == null) {
			return properties;
		}
		List<String> normalised = new ArrayList<>();
		for (String vin : vins) {
			Vin.Check check = Vin.check(vin);
			if (!check.acceptable()) {
				throw Problem.invalid("properties.vin", check.explanation()).with("check", "vin");
			}
			String v = Vin.normalise(vin);
			if (!normalised.contains(v)) {
				normalised.add(v);
			}
		}
		Map<String, List<String>> out = new LinkedHashMap<>(properties);
		out.put("vin", List.copyOf(normalised));
		return java.util.Collections.unmodifiableMap(out);
	}

	private static void dates(NewAlert alert, LocalDate today) {
		Instant startOfTomorrow = today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		if (alert.expiresAt().isBefore(startOfTomorrow)) {
			throw Problem.invalid("expiresAt", "expiresAt must be after today");
		}
		if (alert.reviewDate().isBefore(today)) {
			throw Problem.invalid("reviewDate", "reviewDate must not be in the past");
		}
		if (alert.reviewDate().atStartOfDay(ZoneOffset.UTC).toInstant().isAfter(alert.expiresAt())) {
			throw Problem.invalid("reviewDate", "reviewDate must not be after expiresAt");
		}
	}

	private static void legalBasis(NewAlert alert, Schema schema, Agency owner, @Nullable Agreement agreement,
			LocalDate today) {
		if (alert.legalBasis() == null || alert.legalBasis().isBlank()) {
			throw legal("an alert needs a legal basis: the id of an agreement");
		}
		if (agreement == null) {
			throw legal("legalBasis names no known agreement");
		}
		if (!agreement.isInForceOn(today)) {
			throw legal("the agreement named as legal basis is not in force today");
		}
		if (!agreement.binds(owner, today)) {
			throw legal("the agreement named as legal basis does not bind the issuing agency");
		}
		if (!agreement.categories().contains(schema.category())) {
			throw legal("the agreement named as legal basis does not cover " + schema.category());
		}
		Set<Purpose> uncovered = new TreeSet<>(alert.purposes());
		uncovered.removeAll(agreement.purposes());
		if (!uncovered.isEmpty()) {
			throw legal("the agreement named as legal basis does not cover the purposes " + uncovered);
		}
	}

	/** One flag per suspicious word and place, for example {@code article-3:political in summary}. */
	static List<String> article3Flags(NewAlert alert, Map<String, List<String>> properties) {
		Set<String> flags = new java.util.LinkedHashSet<>();
		scan(alert.summary(), "summary", flags);
		scan(alert.markings().handlingNote(), "markings.handlingNote", flags);
		properties.forEach((name, values) -> values.forEach(v -> scan(v, "properties." + name, flags)));
		return new ArrayList<>(flags);
	}

	private static void scan(@Nullable String text, String where, Set<String> flags) {
		if (text == null) {
			return;
		}
		Matcher m = ARTICLE_3.matcher(text);
		while (m.find()) {
			flags.add("article-3:" + m.group(1).toLowerCase(Locale.ROOT) + " in " + where);
		}
	}

	private static Problem missing(String field, String detail) {
		return Problem.invalid(field, detail).with("check", "mandatory-data");
	}

	private static Problem legal(String detail) {
		return new Problem(HttpStatus.BAD_REQUEST, "alert-legal-basis", "Invalid request", detail).with("field",
				"legalBasis");
	}
}
