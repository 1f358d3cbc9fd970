package org.liaison.screening.matching;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A date of birth as records give it: a year, a year and month, or a full date (FollowTheMoney's
 * {@code 1965}, {@code 1965-03}, {@code 1965-03-12}). Unknown parts are 0.
 *
 * @param year the year, 1 to 9999
 * @param month 1 to 12, or 0 when unknown
 * @param day 1 to the month's length, or 0 when unknown (and then 0 when the month is)
 */
public record BirthDate(int year, int month, int day) {

	/** Validates the parts: a real date where all are known; no day without a month. Messages never repeat the date. */
	public BirthDate {
		if (year < 1 || year > 9999 || month < 0 || month > 12 || day < 0 || (month == 0 && day != 0)) {
			throw new IllegalArgumentException("not a date of birth: year 1-9999, month 0-12, day only with a month");
		}
		if (day != 0) {
			try {
				LocalDate.of(year, month, day);
			} catch (DateTimeException e) {
				throw new IllegalArgumentException("not a date of birth: no such day in that month", e);
			}
		}
	}

	/** Parses {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}; throws IllegalArgumentException otherwise. */
	public static BirthDate parse(String iso) {
		String[] parts = iso.trim().split("-", -1);
		if (parts.length > 3 || parts[0].length() != 4 || (parts.length > 1 && parts[1].length() != 2)
				|| (parts.length > 2 && parts[2].length() != 2)) {
			throw new IllegalArgumentException("a date of birth must be yyyy, yyyy-mm or yyyy-mm-dd");
		}
		try {
			int year = Integer.parseInt(parts[0]);
			int month = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
			int day = parts.length > 2 ? Integer.parseInt(parts[2]) : 0;
			return new BirthDate(year, month, day);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("a date of birth must be yyyy, yyyy-mm or yyyy-mm-dd", e);
		}
	}

	/** A full date. */
	public static BirthDate of(LocalDate date) {
		return new BirthDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
	}

	/** Whether year, month and day are all known. */
	public boolean complete() {
		return day != 0;
	}

	@Override
	public String toString() {
		if (month == 0) {
			return String.format(Locale.ROOT, "%04d", year);
		}
		return day == 0
				? String.format(Locale.ROOT, "%04d-%02d", year, month)
				: String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
	}
}
