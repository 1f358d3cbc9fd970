package org.liaison.screening.matching;

import java.util.ArrayList;
import java.util.List;
import org.liaison.screening.matching.NameToken.Role;
import org.liaison.screening.matching.TokenComparison.Prepared;
import org.liaison.screening.matching.TokenComparison.TokenMatch;

/**
 * Aligns the tokens of two names, regardless of order, and turns the alignment into a score.
 *
 * <p>The alignment maximises the weighted similarity of aligned pairs ({@link Assignment}), then tries joining two or three adjacent tokens on
 * one side against one token on the other (Ramimakhlouf, Rami Makhlouf) while that raises the score.
 *
 * <p>In "A bin B" the tokens after bin are the father's and forefathers' names: when both names have
 * that structure, a given name never aligns with a father's name (Salman bin Muhammad is not Muhammad
 * bin Salman). The score of an alignment is {@link AlignmentScore}'s.
 */
final class TokenAligner {

	static final double ACCEPT = 0.75;
	/** Joined tokens must agree more closely than single ones: a join must not swallow an extra token. */
	static final double ACCEPT_JOINED = 0.85;
	private static final int MAX_JOIN = 3;
	private static final int MAX_JOIN_LENGTH_DIFFERENCE = 4;

	private final Prepared[] q;
	private final Prepared[] c;
	private final List<Pair> pairs = new ArrayList<>();

	/** Tokens [qFrom, qTo) of the query aligned with tokens [cFrom, cTo) of the candidate. */
	record Pair(int qFrom, int qTo, int cFrom, int cTo, TokenMatch match) {
		boolean coversQuery(int i) {
			return i >= qFrom && i < qTo;
		}

		boolean coversCandidate(int j) {
			return j >= cFrom && j < cTo;
		}
	}

	private TokenAligner(NormalisedName query, NormalisedName candidate) {
		q = query.tokens().stream().map(Prepared::new).toArray(Prepared[]::new);
		c = candidate.tokens().stream().map(Prepared::new).toArray(Prepared[]::new);
	}

	static NameScore align(NormalisedName query, NormalisedName candidate) {
		if (query.isEmpty() || candidate.isEmpty()) {
			return NameScore.NONE;
		}
		TokenAligner aligner = new TokenAligner(query, candidate);
		aligner.assign();
		double score = aligner.evaluate(aligner.pairs);
		for (int round = 0; round < 3 && score < 1.0 && aligner.somethingLeftOver(); round++) {
			double joined = aligner.improveByJoining(score);
			if (joined <= score) {
				break;
			}
			score = joined;
		}
		return aligner.result(score);
	}

	private void assign() {
		TokenMatch[][] sim = new TokenMatch[q.length][c.length];
		double[][] value = new double[q.length][c.length];
		boolean[] qFather = patronymics(q);
		boolean[] cFather = patronymics(c);
		boolean ordered = qFather != null && cFather != null;
		for (int i = 0; i < q.length; i++) {
			for (int j = 0; j < c.length; j++) {
				// In "A bin B" B is the father: A bin B and B bin A are father and son, not one person.
				boolean sameRole = !ordered || qFather[i] == cFather[j];
				sim[i][j] = sameRole ? TokenComparison.compare(q[i], c[j]) : TokenMatch.NONE;
				double s = sim[i][j].similarity();
				value[i][j] = s >= ACCEPT ? s * (AlignmentScore.weight(q[i].token) + AlignmentScore.weight(c[j].token)) / 2 : 0.0;
			}
		}
		int[] matchOfQuery = Assignment.best(value);
		for (int i = 0; i < q.length; i++) {
			int j = matchOfQuery[i];
			if (j >= 0) {
				pairs.add(new Pair(i, i + 1, j, j + 1, sim[i][j]));
			}
		}
	}

	/** Which tokens follow a bin or bint (father's and forefathers' names); null without one. */
	private static boolean[] patronymics(Prepared[] side) {
		boolean[] father = new boolean[side.length];
		boolean seen = false;
		for (int i = 1; i < side.length; i++) {
			NameToken t = side[i].token;
			if (t.role() == Role.PARTICLE && (t.text().equals("bin") || t.text().equals("bint"))) {
				seen = true;
			} else if (seen && t.role() != Role.PARTICLE) {
				father[i] = true;
			}
		}
		return seen ? father : null;
	}

	private boolean somethingLeftOver() {
		int covered = 0;
		for (Pair p : pairs) {
			covered += (p.qTo - p.qFrom) + (p.cTo - p.cFrom);
		}
		return covered < q.length + c.length;
	}

	private boolean covered(boolean query, int index) {
		for (Pair p : pairs) {
			if (query ? p.coversQuery(index) : p.coversCandidate(index)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Tries every join of adjacent tokens against every token of the other side, where the join or the
	 * other token is left over now and their lengths are close; keeps the best if better.
	 */
	private double improveByJoining(double current) {
		double bestScore = current;
		List<Pair> bestPairs = null;
		for (boolean joinQuery : new boolean[] {true, false}) {
			Prepared[] side = joinQuery ? q : c;
			Prepared[] other = joinQuery ? c : q;
			for (int from = 0; from < side.length; from++) {
				for (int to = from + 2; to <= Math.min(side.length, from + MAX_JOIN); to++) {
					boolean runLeftOver = false;
					boolean initial = false;
					int length = 0;
					for (int i = from; i < to; i++) {
						runLeftOver |= !covered(joinQuery, i);
						initial |= side[i].token.role() == Role.INITIAL;
						length += side[i].token.text().length();
					}
					if (initial) {
						continue; // an initial stands for a word of its own: A. Putin is not Aputin
					}
					Prepared joined = null;
					for (int k = 0; k < other.length; k++) {
						if (!runLeftOver && covered(!joinQuery, k)
								|| Math.abs(length - other[k].token.text().length()) > MAX_JOIN_LENGTH_DIFFERENCE) {
							continue;
						}
						joined = joined == null ? join(side, from, to) : joined;
						TokenMatch match = joinQuery
								? TokenComparison.compare(joined, other[k])
								: TokenComparison.compare(other[k], joined);
						if (match.similarity() < ACCEPT_JOINED || !eachPartRecognisable(match, side, from, to, joined, other[k])) {
							continue;
						}
						Pair pair = joinQuery ? new Pair(from, to, k, k + 1, match) : new Pair(k, k + 1, from, to, match);
						List<Pair> candidate = replace(pair);
						double score = evaluate(candidate);
						if (score > bestScore + 1e-9) {
							bestScore = score;
							bestPairs = candidate;
						}
					}
				}
			}
		}
		if (bestPairs != null) {
			pairs.clear();
			pairs.addAll(bestPairs);
		}
		return bestScore;
	}

	/**
	 * Whether a spelling agreement of joined tokens is close enough for the shortest of them to be
	 * recognised on its own: Ahmed Lu is not Ahmedou, although one letter in seven differs, since it is
	 * half of Lu.
	 */
	private static boolean eachPartRecognisable(TokenMatch match, Prepared[] side, int from, int to, Prepared joined,
			Prepared other) {
		if (match.how() != TokenAgreement.SPELLING && match.how() != TokenAgreement.PHONETIC || other.token.script().lossy()) {
			return true; // a name in hangul, kana or an abjad is one word, judged whole
		}
		int shortest = Integer.MAX_VALUE;
		for (int i = from; i < to; i++) {
			shortest = Math.min(shortest, side[i].token.text().length());
		}
		return SpellingDistance.between(joined.token.text(), other.token.text()) <= SpellingDistance.budget(shortest);
	}

	private List<Pair> replace(Pair added) {
		List<Pair> out = new ArrayList<>(pairs.size() + 1);
		for (Pair p : pairs) {
			boolean overlaps = p.qFrom < added.qTo && added.qFrom < p.qTo || p.cFrom < added.cTo && added.cFrom < p.cTo;
			if (!overlaps) {
				out.add(p);
			}
		}
		out.add(added);
		return out;
	}

	private static Prepared join(Prepared[] side, int from, int to) {
		StringBuilder text = new StringBuilder();
		StringBuilder source = new StringBuilder();
		ScriptFamily script = side[from].token.script();
		for (int i = from; i < to; i++) {
			NameToken t = side[i].token;
			text.append(t.text());
			if (i > from && !script.syllabic()) {
				source.append(' ');
			}
			source.append(t.source());
		}
		return new Prepared(new NameToken(text.toString(), Role.NAME, script, source.toString()));
	}

	private double evaluate(List<Pair> candidatePairs) {
		return AlignmentScore.of(q, c, candidatePairs);
	}

	private NameScore result(double score) {
		List<Pair> ordered = new ArrayList<>(pairs);
		ordered.sort((a, b) -> Integer.compare(a.qFrom, b.qFrom));
		List<TokenPair> tokenPairs = new ArrayList<>(ordered.size());
		boolean[] qCovered = new boolean[q.length];
		boolean[] cCovered = new boolean[c.length];
		for (Pair p : ordered) {
			List<NameToken> qs = new ArrayList<>();
			List<NameToken> cs = new ArrayList<>();
			for (int i = p.qFrom; i < p.qTo; i++) {
				qs.add(q[i].token);
				qCovered[i] = true;
			}
			for (int j = p.cFrom; j < p.cTo; j++) {
				cs.add(c[j].token);
				cCovered[j] = true;
			}
			tokenPairs.add(new TokenPair(qs, cs, p.match.similarity(), p.match.how()));
		}
		List<NameToken> qLeft = new ArrayList<>();
		List<NameToken> cLeft = new ArrayList<>();
		for (int i = 0; i < q.length; i++) {
			if (!qCovered[i]) {
				qLeft.add(q[i].token);
			}
		}
		for (int j = 0; j < c.length; j++) {
			if (!cCovered[j]) {
				cLeft.add(c[j].token);
			}
		}
		return new NameScore(score, tokenPairs, qLeft, cLeft);
	}
}
