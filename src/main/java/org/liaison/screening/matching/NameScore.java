package org.liaison.screening.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The similarity of two names and why: which tokens were aligned and how, and which were left over.
 *
 * @param score similarity in [0, 1]; the same for (a, b) and (b, a)
 * @param pairs aligned tokens, in the query's order
 * @param unmatchedQuery query tokens aligned with nothing
 * @param unmatchedCandidate candidate tokens aligned with nothing
 */
public record NameScore(
		double score, List<TokenPair> pairs, List<NameToken> unmatchedQuery, List<NameToken> unmatchedCandidate) {

	/** No comparable name on one side. */
	public static final NameScore NONE = new NameScore(0.0, List.of(), List.of(), List.of());

	/** Validates the score and copies the lists. */
	public NameScore {
		if (!(score >= 0.0 && score <= 1.0)) {
			throw new IllegalArgumentException("score out of [0, 1]: " + score);
		}
		pairs = List.copyOf(pairs);
		unmatchedQuery = List.copyOf(unmatchedQuery);
		unmatchedCandidate = List.copyOf(unmatchedCandidate);
	}

	/** Whether the score reaches the threshold. */
	public boolean isMatch(double threshold) {
		return score >= threshold;
	}

	/**
	 * A one-line explanation: the aligned tokens with how they agree, then what either side has that the
	 * other does not, for instance {@code 0.93: Мухаммед~Muhammad phonetic, Ali=Ali; candidate only: bin}.
	 */
	public String explanation() {
		List<String> parts = new ArrayList<>();
		for (TokenPair pair : pairs) {
			parts.add(pair.toString());
		}
		StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%.2f", score));
		out.append(parts.isEmpty() ? ": nothing aligned" : ": " + String.join(", ", parts));
		boolean conflict = unmatchedQuery.stream().anyMatch(t -> t.role() != NameToken.Role.PARTICLE)
				&& unmatchedCandidate.stream().anyMatch(t -> t.role() != NameToken.Role.PARTICLE);
		if (!unmatchedQuery.isEmpty()) {
			out.append(conflict ? "; differs: " : "; query only: ").append(TokenPair.written(unmatchedQuery));
		}
		if (!unmatchedCandidate.isEmpty()) {
			out.append(conflict ? " vs " : "; candidate only: ").append(TokenPair.written(unmatchedCandidate));
		}
		return out.toString();
	}
}
