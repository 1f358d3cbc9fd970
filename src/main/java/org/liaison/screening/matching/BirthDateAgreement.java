package org.liaison.screening.matching;

/** How two dates of birth compare. */
public enum BirthDateAgreement {
	/** Both complete and equal. */
	EXACT("dob exact"),
	/** Equal once day and month are swapped (03/12 against 12/03), a common recording error. */
	DAY_MONTH_SWAPPED("dob day and month swapped"),
	/** One gives only the year (or year and month), and what both give agrees. */
	YEAR_ONLY("dob year only"),
	/** Both complete, same year, but day or month differ otherwise. */
	SAME_YEAR("dob same year, day differs"),
	/** Years one apart: a typical slip in data entry, or a year of birth estimated. */
	NEAR_YEAR("dob year one apart"),
	/** Years further apart. */
	MISMATCH("dob mismatch"),
	/** One side gives none. */
	UNKNOWN("dob unknown");

	private final String label;

	BirthDateAgreement(String label) {
		this.label = label;
	}

	/** The phrase used in explanations. */
	public String label() {
		return label;
	}

	/** Compares two dates, either of which may be unknown. */
	public static BirthDateAgreement of(BirthDate a, BirthDate b) {
		if (a.year() != b.year()) {
			return Math.abs(a.year() - b.year()) == 1 ? NEAR_YEAR : MISMATCH;
		}
		if (a.complete() && b.complete()) {
			if (a.equals(b)) {
				return EXACT;
			}
			return a.month() == b.day() && a.day() == b.month() ? DAY_MONTH_SWAPPED : SAME_YEAR;
		}
		boolean monthsAgree = a.month() == 0 || b.month() == 0 || a.month() == b.month();
		boolean swappedMonth = a.complete() != b.complete() && a.month() != 0 && b.month() != 0
				&& (a.complete() ? a.day() == b.month() : b.day() == a.month());
		if (monthsAgree) {
			return YEAR_ONLY;
		}
		return swappedMonth ? DAY_MONTH_SWAPPED : SAME_YEAR;
	}
}
