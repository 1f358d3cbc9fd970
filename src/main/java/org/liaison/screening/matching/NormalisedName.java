package org.liaison.screening.matching;

import java.util.List;

/**
 * A name after {@link NameNormaliser}: transliterated to ASCII Latin, lower-cased, without titles,
 * punctuation or diacritics, as a list of tokens in their original order.
 */
public record NormalisedName(List<NameToken> tokens) {

	/** The name without any comparable token (empty input, or titles and punctuation only). */
	public static final NormalisedName EMPTY = new NormalisedName(List.of());

	/** Copies the token list. */
	public NormalisedName {
		tokens = List.copyOf(tokens);
	}

	/** The tokens' ASCII texts, in order. */
	public List<String> texts() {
		return tokens.stream().map(NameToken::text).toList();
	}

	/** Whether there is nothing to compare. */
	public boolean isEmpty() {
		return tokens.isEmpty();
	}

	@Override
	public String toString() {
		return String.join(" ", texts());
	}
}
