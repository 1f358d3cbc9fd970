package org.liaison.records;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A date of FollowTheMoney's {@code date} type: ISO 8601 with the precision the source had, from
 * {@code 1980} through {@code 1980-05-01} to {@code 1980-05-01T13:45:10}, always in UTC.
 *
 * <p>{@link #parse} accepts a space for {@code T}, drops fractions of a second and converts an explicit
 * offset ({@code Z}, {@code +02:00}) to UTC. It rejects impossible dates ({@code 2023-02-30}), year 0,
 * unpadded parts ({@code 1980-5-1}), week dates and ranges.
 */
public final class PartialDate {

	/** How much of the date is known. */
	public enum Precision {
		YEAR(4), MONTH(7), DAY(10), HOUR(13), MINUTE(16), SECOND(19);

		private final int length;

		Precision(int length) {
			this.length = length;
		}
	}

	private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2})"
			+ "(?:[T ](\\d{2})(?::(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?)?(Z|[+-]\\d{2}(?::?\\d{2})?)?)?)?)?");

	private final String iso;
	private final Precision precision;

	private PartialDate(String iso, Precision precision) {
		this.iso = iso;
		this.precision = precision;
	}

	/**
	 * Parses a date of any precision from year to second.
	 *
	 * @throws IllegalArgumentException if the text is not such a date; the message never repeats the text
	 */
	public static PartialDate parse(String text) {
		Matcher m = FORM.matcher(text.strip());
		if (!m.matches()) {
			throw new IllegalArgumentException("must be a date: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm:ss (UTC)");
		}
		Precision precision = Precision.values()[count(m) - 1];
		int year = field(m, 1, 1, 9999, 1);
		int month = field(m, 2, 1, 12, 1);
		int day = field(m, 3, 1, YearMonth.of(year, month).lengthOfMonth(), 1);
		LocalDateTime time = LocalDateTime.of(year, month, day, field(m, 4, 0, 23, 0), field(m, 5, 0, 59, 0),
				field(m, 6, 0, 59, 0));
		String zone = m.group(7);
		if (zone != null && !zone.equals("Z")) {
			ZoneOffset offset = offset(zone);
			time = time.minusSeconds(offset.getTotalSeconds());
			if (time.getYear() < 1 || time.getYear() > 9999) {
				throw new IllegalArgumentException("must be a date between the years 1 and 9999");
			}
			if (precision == Precision.HOUR && offset.getTotalSeconds() % 3600 != 0) {
				precision = Precision.MINUTE;
			}
		}
		String full = String.format("%04d-%02d-%02dT%02d:%02d:%02d", time.getYear(), time.getMonthValue(),
				time.getDayOfMonth(), time.getHour(), time.getMinute(), time.getSecond());
		return new PartialDate(full.substring(0, precision.length), precision);
	}

	public Precision precision() {
		return precision;
	}

	/**
	 * Whether the two dates may denote the same moment: one is the other at a finer precision
	 * ({@code 1980} and {@code 1980-05-01} are compatible, {@code 1980-05} and {@code 1980-06-01} are not).
	 */
	public boolean isCompatibleWith(PartialDate other) {
		return iso.startsWith(other.iso) || other.iso.startsWith(iso);
	}

	@Override
	public boolean equals(@Nullable Object o) {
		return o instanceof PartialDate other && iso.equals(other.iso);
	}

	@Override
	public int hashCode() {
		return iso.hashCode();
	}

	/** The canonical form: ISO 8601 truncated to the precision, without a zone. */
	@Override
	public String toString() {
		return iso;
	}

	private static int count(Matcher m) {
		int n = 1;
		while (n < 6 && m.group(n + 1) != null) {
			n++;
		}
		return n;
	}

	private static int field(Matcher m, int group, int min, int max, int absent) {
		String text = m.group(group);
		if (text == null) {
			return absent;
		}
		int value = Integer.parseInt(text);
		if (value < min || value > max) {
			throw new IllegalArgumentException("must be a date that exists in the calendar");
		}
		return value;
	}

	private static ZoneOffset offset(String zone) {
		try {
			return ZoneOffset.of(zone);
		}
		catch (java.time.DateTimeException e) {
			throw new IllegalArgumentException("must have a UTC offset between -18:00 and +18:00");
		}
	}
}
