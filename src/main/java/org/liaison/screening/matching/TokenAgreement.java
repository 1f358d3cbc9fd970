package org.liaison.screening.matching;

/** How two name tokens (or a token and two joined tokens) were found to agree. */
public enum TokenAgreement {
	/** The same token after normalisation (Мухаммед and Muhammed are both "muhammed"). */
	EXACT("exact"),
	/** A diminutive and its full name (Bill, William). */
	NICKNAME("nickname"),
	/** An initial and a name that starts with it. */
	INITIAL("initial"),
	/** Spellings that sound the same (equal Double Metaphone codes) and differ little. */
	PHONETIC("phonetic"),
	/** Spellings within the edit budget for their length (Lindenberg, Lindenburg). */
	SPELLING("spelling"),
	/** Consonant skeletons that agree across a lossy script (محمد "mhmd", Mohammed). */
	TRANSLITERATION("transliteration"),
	/** No agreement. */
	DIFFERENT("different");

	private final String label;

	TokenAgreement(String label) {
		this.label = label;
	}

	/** The word used in explanations. */
	public String label() {
		return label;
	}
}
