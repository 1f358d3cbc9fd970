package org.liaison.screening.matching;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Tokens of the query aligned with tokens of the candidate. Usually one token each; two or three
 * adjacent tokens on one side when they were written as one word on the other (VladimirPutin, Kim Jong
 * Un and 김정은).
 *
 * @param query the query's tokens, in order
 * @param candidate the candidate's tokens, in order
 * @param similarity how alike they are, in [0, 1]
 * @param how what made them agree
 */
public record TokenPair(List<NameToken> query, List<NameToken> candidate, double similarity, TokenAgreement how) {

	/** Copies the lists. */
	public TokenPair {
		query = List.copyOf(query);
		candidate = List.copyOf(candidate);
	}

	/** As written, for instance {@code Мухаммед~Muhammad phonetic} or {@code Putin=Putin}. */
	@Override
	public String toString() {
		String q = written(query);
		String c = written(candidate);
		return how == TokenAgreement.EXACT ? q + "=" + c : q + "~" + c + " " + how.label();
	}

	static String written(List<NameToken> tokens) {
		return tokens.stream().map(NameToken::source).collect(Collectors.joining(" "));
	}
}
