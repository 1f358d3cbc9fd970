package org.liaison.screening.matching;

import java.util.Collection;
import java.util.List;

/**
 * Scores how likely two person names, in any script, name the same person.
 *
 * <p>Both names are normalised ({@link NameNormaliser}), their tokens aligned regardless of order (Zhang
 * Wei and Wei Zhang score 1), and the score explains itself ({@link NameScore#explanation()}). The score
 * is symmetric and deterministic. Thread-safe.
 */
public final class NameMatcher {

	/**
	 * The threshold tuned on nomenklatura's labelled person-name pairs (see {@code NameMatchingEvaluation}):
	 * a score at or above it is a match.
	 */
	public static final double THRESHOLD = 0.80;

	private final NameNormaliser normaliser;

	/** A matcher with the standard normaliser. */
	public NameMatcher() {
		this(new NameNormaliser());
	}

	/** A matcher with the given normaliser. */
	public NameMatcher(NameNormaliser normaliser) {
		this.normaliser = normaliser;
	}

	/** Scores two names as written. */
	public NameScore score(String query, String candidate) {
		return score(normaliser.normalise(query), normaliser.normalise(candidate));
	}

	/** Scores two normalised names (a candidate's may come precomputed from an index). */
	public NameScore score(NormalisedName query, NormalisedName candidate) {
		return TokenAligner.align(query, candidate);
	}

	/**
	 * The best score over every pair of a query name and a candidate name (aliases, spellings in several
	 * scripts); {@link NameScore#NONE} when either collection is empty. Ties keep the first pair.
	 */
	public NameScore best(Collection<String> queryNames, Collection<String> candidateNames) {
		return bestOf(queryNames.stream().map(normaliser::normalise).toList(), candidateNames);
	}

	/**
	 * As {@link #best(Collection, Collection)}, with the query's names normalised already: a query is
	 * scored against many candidates and need not be normalised for each.
	 */
	public NameScore bestOf(List<NormalisedName> queryNames, Collection<String> candidateNames) {
		NameScore best = NameScore.NONE;
		for (NormalisedName query : queryNames) {
			for (String candidateName : candidateNames) {
				NameScore s = score(query, normaliser.normalise(candidateName));
				if (s.score() > best.score()) {
					best = s;
				}
			}
		}
		return best;
	}

	/** The normaliser this matcher uses. */
	public NameNormaliser normaliser() {
		return normaliser;
	}
}
