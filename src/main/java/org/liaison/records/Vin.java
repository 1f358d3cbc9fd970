package org.liaison.records;

/**
 * A vehicle identification number after ISO 3779: seventeen letters and digits, never I, O or Q, held
 * upper-case without spaces, hyphens or dots. Position 9 is a check digit under the North-American rule
 * (49 CFR 565); it is mandatory for vehicles made for North America (first character 1 to 5) and
 * elsewhere only advisory, since many makers outside North America put something else there.
 *
 * <p>This is the one place that knows the rule: alerts refuse a VIN that {@link #of} refuses, screening
 * matches any normalised VIN and reports what {@link #check} says of it.
 */
public record Vin(String value) {

	public static final int LENGTH = 17;

	private static final int[] WEIGHTS = { 8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2 };
	private static final int CHECK_POSITION = 8;

	/** What a check of a VIN as written says; only the first two are acceptable on an alert. */
	public enum Check {
		/** Well formed, and the check digit matches. */
		VALID(true, "the VIN is well formed and its check digit matches"),
		/** Well formed, not North-American, and position 9 is not the check digit: common, advisory only. */
		CHECK_DIGIT_ADVISORY(true,
				"the VIN's check digit (position 9) does not match; outside North America it is advisory only"),
		/** A North-American VIN whose check digit does not match: mistyped or forged. */
		CHECK_DIGIT_WRONG(false, "the VIN's check digit (position 9) does not match (ISO 3779, mandatory for North America)"),
		/** Not seventeen letters and digits without I, O and Q. */
		MALFORMED(false, "a VIN has 17 letters and digits, without I, O or Q (ISO 3779)");

		private final boolean acceptable;
		private final String explanation;

		Check(boolean acceptable, String explanation) {
			this.acceptable = acceptable;
			this.explanation = explanation;
		}

		/** Whether a VIN with this result may identify a vehicle in an alert. */
		public boolean acceptable() {
			return acceptable;
		}

		/** One line saying what was found, without the VIN itself. */
		public String explanation() {
			return explanation;
		}
	}

	public Vin {
		Check check = check(value);
		if (!check.acceptable() || !value.equals(normalise(value))) {
			throw new IllegalArgumentException(check.acceptable() ? Check.MALFORMED.explanation() : check.explanation());
		}
	}

	/**
	 * The VIN as written, normalised and checked.
	 *
	 * @throws IllegalArgumentException when it is malformed or a North-American check digit does not
	 *         match; the message never repeats the value
	 */
	public static Vin of(String raw) {
		return new Vin(normalise(raw));
	}

	/** Upper case, letters and digits only: {@code 1m8-gdm9a xkp042788} becomes {@code 1M8GDM9AXKP042788}. */
	public static String normalise(String raw) {
		StringBuilder out = new StringBuilder(raw.length());
		raw.codePoints().filter(Character::isLetterOrDigit).map(Character::toUpperCase).forEach(out::appendCodePoint);
		return out.toString();
	}

	/** Checks a VIN as written (normalised first), never failing. */
	public static Check check(String raw) {
		String vin = normalise(raw);
		if (vin.length() != LENGTH || !vin.chars().allMatch(c -> value(c) >= 0)) {
			return Check.MALFORMED;
		}
		if (vin.charAt(CHECK_POSITION) == checkDigit(vin)) {
			return Check.VALID;
		}
		return northAmerican(vin) ? Check.CHECK_DIGIT_WRONG : Check.CHECK_DIGIT_ADVISORY;
	}

	/** Whether the vehicle was made for North America (first character 1 to 5), where the check digit is mandatory. */
	public boolean northAmerican() {
		return northAmerican(value);
	}

	/** The check digit the other sixteen characters call for: {@code 0}-{@code 9}, or {@code X} for ten. */
	static char checkDigit(String vin) {
		int sum = 0;
		for (int i = 0; i < LENGTH; i++) {
			sum += value(vin.charAt(i)) * WEIGHTS[i];
		}
		int remainder = sum % 11;
		return remainder == 10 ? 'X' : (char) ('0' + remainder);
	}

	private static boolean northAmerican(String vin) {
		return vin.charAt(0) >= '1' && vin.charAt(0) <= '5';
	}

	/** The transliteration value of a VIN character, or -1 for one a VIN may not hold (I, O, Q, others). */
	private static int value(int c) {
		if (c >= '0' && c <= '9') {
			return c - '0';
		}
		return switch (Character.toUpperCase(c)) {
			case 'A', 'J' -> 1;
			case 'B', 'K', 'S' -> 2;
			case 'C', 'L', 'T' -> 3;
			case 'D', 'M', 'U' -> 4;
			case 'E', 'N', 'V' -> 5;
			case 'F', 'W' -> 6;
			case 'G', 'P', 'X' -> 7;
			case 'H', 'Y' -> 8;
			case 'R', 'Z' -> 9;
			default -> -1;
		};
	}

	@Override
	public String toString() {
		return value;
	}
}
