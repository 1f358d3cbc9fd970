package org.liaison.agency;

import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An ISO 3166-1 alpha-2 country code, or one of the party codes {@code INT} (international
 * organisations) and {@code NGO}. Always upper case.
 */
public record CountryCode(String value) {

	// ISO first: the constants below are built by the validating constructor, which reads it.
	private static final Set<String> ISO = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

	public static final CountryCode INT = new CountryCode("INT");
	public static final CountryCode NGO = new CountryCode("NGO");

	public CountryCode {
		if (value == null || !(ISO.contains(value) || value.equals("INT") || value.equals("NGO"))) {
			throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 country code, INT or NGO: " + abbreviate(value));
		}
	}

	@JsonCreator
	public static CountryCode of(String value) {
		return new CountryCode(value == null ? null : value.toUpperCase(Locale.ROOT));
	}

	public static boolean isIso(String value) {
		return value != null && ISO.contains(value.toUpperCase(Locale.ROOT));
	}

	private static String abbreviate(String value) {
		if (value == null) {
			return "null";
		}
		return value.length() > 8 ? value.substring(0, 8) + "..." : value;
	}

	@JsonValue
	@Override
	public String toString() {
		return value;
	}
}
