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
 * particles 0.2. A match that rests on a single aligned pair while other name tokens are left over is
 * discounted to {@value #SINGLE_TOKEN} of its score: Walijan alone is weak evidence for Walijan Abdul
 * Ghafoor Haqqani, and so is Timo against Tin Oo when Mollet is left over. So is a match that rests on
 * initials only (M. R. O. against Maricel Romanov): every name shares its initial with many others.
 */
final class AlignmentScore {

	static final double EXTRA = 0.15;
	static final double SINGLE_TOKEN = 0.85;
	/**
	 * A patronymic that only one side has (Sergey Viktorovich Lavrov, Sergejs Lavrovs) weighs less than
	 * another missing name: records outside Russia and its neighbours seldom give one.
	 */
	static final double EXTRA_PATRONYMIC = 0.05;
	private static final double PATRONYMIC_MARK = 1e-6;

	private AlignmentScore() {}

	/** The score of an alignment of the query's tokens q with the candidate's tokens c. */
	static double of(Prepared[] q, Prepared[] c, List<Pair> candidatePairs) {
		boolean[] qCovered = new boolean[q.length];
		boolean[] cCovered = new boolean[c.length];
		double credit = 0.0;
		double total = 0.0;
		int namePairs = 0;
		boolean fullNamesAgree = false;
		for (Pair p : candidatePairs) {
			double w = 0.0;
			boolean qName = false;
			boolean cName = false;
			boolean particles = true;
			for (int i = p.qFrom(); i < p.qTo(); i++) {
				qCovered[i] = true;
				w += weight(q[i].token) / 2;
				qName |= q[i].token.role() == Role.NAME;
				particles &= q[i].token.role() == Role.PARTICLE;
			}
			for (int j = p.cFrom(); j < p.cTo(); j++) {
				cCovered[j] = true;
				w += weight(c[j].token) / 2;
				cName |= c[j].token.role() == Role.NAME;
				particles &= c[j].token.role() == Role.PARTICLE;
			}
			namePairs += particles ? 0 : 1;
			fullNamesAgree |= qName && cName;
			credit += w * p.match().similarity();
			total += w;
		}
		double[] qLeft = leftOver(q, qCovered);
		double[] cLeft = leftOver(c, cCovered);
		int conflicts = Math.min(qLeft.length, cLeft.length);
		total += penalty(qLeft, conflicts) + penalty(cLeft, conflicts) + particlesLeft(q, qCovered) + particlesLeft(c, cCovered);
		double score = total > 0.0 ? credit / total : 0.0;
		if (namePairs <= 1 && qLeft.length + cLeft.length > 0 || !fullNamesAgree) {
			score *= SINGLE_TOKEN;
		}
		return Math.min(1.0, score);
	}

	/**
	 * Weights of uncovered name tokens and initials, heaviest first, a patronymic after the other names:
	 * where one side has more left over, it is the patronymic that the other lacks rather than a name.
	 * A patronymic's weight is given as {@value #PATRONYMIC_MARK} less than a name's.
	 */
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
				weights[k++] = weight(side[i].token) - (NameVocabulary.patronymic(side[i].token.text()) ? PATRONYMIC_MARK : 0.0);
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

	/** Conflicts weigh fully; what only one side has weighs {@value #EXTRA}, a patronymic {@value #EXTRA_PATRONYMIC}. */
	private static double penalty(double[] left, int conflicts) {
		double sum = 0.0;
		for (int i = 0; i < left.length; i++) {
			boolean patronymic = left[i] < 1.0 && left[i] > 1.0 - 2 * PATRONYMIC_MARK;
			double w = patronymic ? 1.0 : left[i];
			sum += i < conflicts ? w : (patronymic ? EXTRA_PATRONYMIC : EXTRA) * w;
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

	static double weight(NameToken token) {
		return switch (token.role()) {
			case NAME -> 1.0;
			case INITIAL -> 0.5;
			case PARTICLE -> 0.2;
		};
	}
}
