package org.liaison.screening.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How well a screened person matches a listed one, and why.
 *
 * @param score the total in [0, 1]: the name score moved up or down by the other evidence
 * @param name the best-scoring pair of names
 * @param birthDate how the dates of birth compare
 * @param nationality whether nationalities overlap
 * @param sex whether sexes agree
 */
public record PersonScore(
		double score, NameScore name, BirthDateAgreement birthDate, Evidence nationality, Evidence sex) {

	/** Validates the score. */
	public PersonScore {
		if (!(score >= 0.0 && score <= 1.0)) {
			throw new IllegalArgumentException("score out of [0, 1]: " + score);
		}
	}

	/** Whether the total reaches the threshold. */
	public boolean isMatch(double threshold) {
		return score >= threshold;
	}

	/**
	 * One line, for instance {@code 0.96: name 0.93 (Мухаммед~Muhammad phonetic, Ali=Ali; candidate only:
	 * Clay), dob year only, nationality match}: the name's explanation ({@link NameScore#explanation()}),
	 * then each piece of evidence that is known.
	 */
	public String explanation() {
		List<String> parts = new ArrayList<>();
		String names = name.explanation();
		parts.add(String.format(Locale.ROOT, "name %.2f (%s)", name.score(), names.substring(names.indexOf(": ") + 2)));
		if (birthDate != BirthDateAgreement.UNKNOWN) {
			parts.add(birthDate.label());
		}
		if (nationality != Evidence.UNKNOWN) {
			parts.add(nationality == Evidence.MATCH ? "nationality match" : "nationality mismatch");
		}
		if (sex != Evidence.UNKNOWN) {
			parts.add(sex == Evidence.MATCH ? "sex match" : "sex mismatch");
		}
		return String.format(Locale.ROOT, "%.2f: ", score) + String.join(", ", parts);
	}
}
