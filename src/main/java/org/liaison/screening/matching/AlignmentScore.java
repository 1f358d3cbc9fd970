package org.liaison.screening.matching;

import java.util.Arrays;
import java.util.List;
import org.liaison.screening.matching.NameToken.Role;
import org.liaison.screening.matching.TokenAligner.Pair;
import org.liaison.screening.matching.TokenComparison.Prepared;

/**
 * The score of an alignment: the weighted mean similarity of aligned pairs, where what is left over
 * also weighs. A token on each side that aligns with nothing is a <em>conflict</em> (Sergey Viktorovich
 * Lavrov, Sergey Borisovich Lavrov) and weighs fully on both sides; a token that only the longer name
 * has (a middle name, a patronymic) weighs {@value #EXTRA} of a token. Names weigh 1, initials 0.5,
 * particles 0.2. A match that rests on a single token of a longer name is discounted to
 * {@value #SINGLE_TOKEN} of its score: Walijan alone is weak evidence for Walijan Abdul Ghafoor Haqqani.
 */
final class AlignmentScore {

	static final double EXTRA = 0.15;
	static final double SINGLE_TOKEN = 0.85;

	private AlignmentScore() {}

	/** The score of an alignment of the query's tokens q with the candidate's tokens c. */
	static double of(Prepared[] q, Prepared[] c, List<Pair> candidatePairs) {
		boolean[] qCovered = new boolean[q.length];
		boolean[] cCovered = new boolean[c.length];
		double credit = 0.0;
		double total = 0.0;
		int qNames = 0;
		int cNames = 0;
		for (Pair p : candidatePairs) {
			double w = 0.0;
			for (int i = p.qFrom(); i < p.qTo(); i++) {
				qCovered[i] = true;
				w += weight(q[i].token) / 2;
				qNames += q[i].token.role() == Role.PARTICLE ? 0 : 1;
			}
			for (int j = p.cFrom(); j < p.cTo(); j++) {
				cCovered[j] = true;
				w += weight(c[j].token) / 2;
				cNames += c[j].token.role() == Role.PARTICLE ? 0 : 1;
			}
			credit += w * p.match().similarity();
			total += w;
		}
		double[] qLeft = leftOver(q, qCovered);
		double[] cLeft = leftOver(c, cCovered);
		int conflicts = Math.min(qLeft.length, cLeft.length);
		total += penalty(qLeft, conflicts) + penalty(cLeft, conflicts) + particlesLeft(q, qCovered) + particlesLeft(c, cCovered);
		double score = total > 0.0 ? credit / total : 0.0;
		int longer = Math.max(names(q), names(c));
		if (Math.max(qNames, cNames) <= 1 && longer >= 2) {
			score *= SINGLE_TOKEN;
		}
		return Math.min(1.0, score);
	}

	/** Weights of uncovered name tokens and initials, heaviest first. */
	private static double[] leftOver(Prepared[] side, boolean[] covered) {
		int count = 0;
		for (int i = 0; i < side.length; i++) {
			if (!covered[i] && side[i].token.role() != Role.PARTICLE) {
				count++;
			}
		}
		double[] weights = new double[count];
		int k = 0;
		for (int i = 0; i < side.length; i++) {
			if (!covered[i] && side[i].token.role() != Role.PARTICLE) {
				weights[k++] = weight(side[i].token);
			}
		}
		Arrays.sort(weights);
		for (int i = 0; i < count / 2; i++) {
			double t = weights[i];
			weights[i] = weights[count - 1 - i];
			weights[count - 1 - i] = t;
		}
		return weights;
	}

	private static double penalty(double[] left, int conflicts) {
		double sum = 0.0;
		for (int i = 0; i < left.length; i++) {
			sum += i < conflicts ? left[i] : EXTRA * left[i];
		}
		return sum;
	}

	private static double particlesLeft(Prepared[] side, boolean[] covered) {
		double sum = 0.0;
		for (int i = 0; i < side.length; i++) {
			if (!covered[i] && side[i].token.role() == Role.PARTICLE) {
				sum += EXTRA * weight(side[i].token);
			}
		}
		return sum;
	}

	private static int names(Prepared[] side) {
		int n = 0;
		for (Prepared p : side) {
			n += p.token.role() == Role.PARTICLE ? 0 : 1;
		}
		return n;
	}

	static double weight(NameToken token) {
		return switch (token.role()) {
			case NAME -> 1.0;
			case INITIAL -> 0.5;
			case PARTICLE -> 0.2;
		};
	}
}
