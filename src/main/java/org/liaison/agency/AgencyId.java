package org.liaison.agency;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An agency's identifier, {@code CC.SLUG}: the party code of its country (or {@code INT}, {@code NGO})
 * and an upper-case slug, for example {@code FR.DGPN} or {@code INT.SECRETARIAT}.
 */
public record AgencyId(String value) implements Comparable<AgencyId> {

	private static final Pattern FORM = Pattern.compile("([A-Z]{2}|INT|NGO)\\.[A-Z0-9][A-Z0-9_-]{0,31}");

	public AgencyId {
		if (value == null || !FORM.matcher(value).matches()) {
			throw new IllegalArgumentException("agency id must look like CC.SLUG (for example FR.DGPN)");
		}
		CountryCode.of(value.substring(0, value.indexOf('.')));
	}

	@JsonCreator
	public static AgencyId of(String value) {
		return new AgencyId(value);
	}

	public static boolean isWellFormed(String value) {
		try {
			of(value);
			return true;
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	public CountryCode country() {
		return CountryCode.of(value.substring(0, value.indexOf('.')));
	}

	@JsonValue
	@Override
	public String toString() {
		return value;
	}

	@Override
	public int compareTo(AgencyId other) {
		return value.compareTo(other.value);
	}
}
