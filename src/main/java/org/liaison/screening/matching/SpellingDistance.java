package org.liaison.screening.matching;

/**
 * Weighted optimal-string-alignment distance (Levenshtein with adjacent transpositions) between ASCII
 * tokens, where the edits that transliteration and careless typing make cost less than arbitrary ones.
 *
 * <p>An x is read as ks, and doubled letters are collapsed first (Mohamed/Mohammed, Hannibal/Hanniball differ by 0.25 in all).
 * Then: a vowel for a vowel 0.5 (Mohammed/Muhammad, Osama/Usama); a letter for a near-equivalent
 * consonant 0.5 (c/k, s/z, v/w, b/p, d/t, g/k, i/j/y); inserting or deleting an h 0.5 (Jonson/Johnson,
 * Mahmud/Mahmoud); inserting a vowel 0.75; a transposition 1; anything else 1.
 *
 * <p>Why not Jaro-Winkler (commons-text): used as the token similarity in this place, at its best
 * threshold, it reached F1 0.80 on nomenklatura's dev pairs against 0.92 for this distance; it rewards
 * shared prefixes, which different surnames have (Castro, Castillo; Albano, Albanese).
 */
final class SpellingDistance {

	private static final double CHEAP = 0.5;
	private static final double VOWEL_INDEL = 0.75;
	/** Substitution costs between ASCII characters, computed once: the distance is the hot loop. */
	private static final double[] SUBSTITUTION = substitutionTable();
	private static final double[] INDEL = indelTable();

	private SpellingDistance() {}

	/** The weighted distance between two ASCII tokens. */
	static double between(String x, String y) {
		return between(x, y, Double.POSITIVE_INFINITY);
	}

	/**
	 * The weighted distance between two ASCII tokens, or some value above {@code limit} as soon as the
	 * distance is sure to exceed it: most token pairs compared are different names, and stop early.
	 */
	static double between(String x, String y, double limit) {
		String a = collapse(x.indexOf('x') >= 0 ? x.replace("x", "ks") : x); // Alexander, Aleksandr
		String b = collapse(y.indexOf('x') >= 0 ? y.replace("x", "ks") : y);
		if (a.equals(b)) {
			return x.equals(y) ? 0.0 : 0.25;
		}
		char[] ca = a.toCharArray();
		char[] cb = b.toCharArray();
		int n = ca.length;
		int m = cb.length;
		double[] indelB = new double[m];
		for (int j = 0; j < m; j++) {
			indelB[j] = cb[j] < 128 ? INDEL[cb[j]] : 1.0;
		}
		double[] prev2 = new double[m + 1];
		double[] prev = new double[m + 1];
		double[] cur = new double[m + 1];
		for (int j = 1; j <= m; j++) {
			prev[j] = prev[j - 1] + indelB[j - 1];
		}
		double previousRowMin = 0.0;
		for (int i = 1; i <= n; i++) {
			char c = ca[i - 1];
			double indelA = c < 128 ? INDEL[c] : 1.0;
			cur[0] = prev[0] + indelA;
			double rowMin = cur[0];
			for (int j = 1; j <= m; j++) {
				char d = cb[j - 1];
				double best = prev[j - 1] + (c < 128 && d < 128 ? SUBSTITUTION[c << 7 | d] : c == d ? 0.0 : 1.0);
				best = Math.min(best, prev[j] + indelA);
				best = Math.min(best, cur[j - 1] + indelB[j - 1]);
				if (i > 1 && j > 1 && c == cb[j - 2] && ca[i - 2] == d && c != d) {
					best = Math.min(best, prev2[j - 2] + 1.0);
				}
				cur[j] = best;
				rowMin = Math.min(rowMin, best);
			}
			if (rowMin > limit && previousRowMin > limit) {
				return rowMin; // costs only grow along a path, and a transposition skips one row at most
			}
			previousRowMin = rowMin;
			double[] t = prev2;
			prev2 = prev;
			prev = cur;
			cur = t;
		}
		return prev[m];
	}

	/**
	 * A lower bound of {@link #between}, in linear time: every edit costs at least 0.5 and changes the
	 * letter counts of the (collapsed) tokens by at most two. Zero where an x might stand for ks.
	 */
	static double lowerBound(String x, String y) {
		if (x.indexOf('x') >= 0 || y.indexOf('x') >= 0) {
			return 0.0;
		}
		int[] counts = new int[27];
		for (int i = 0; i < x.length(); i++) {
			char c = x.charAt(i);
			if (i == 0 || c != x.charAt(i - 1)) {
				counts[c >= 'a' && c <= 'z' ? c - 'a' : 26]++;
			}
		}
		for (int j = 0; j < y.length(); j++) {
			char c = y.charAt(j);
			if (j == 0 || c != y.charAt(j - 1)) {
				counts[c >= 'a' && c <= 'z' ? c - 'a' : 26]--;
			}
		}
		int difference = 0;
		for (int count : counts) {
			difference += Math.abs(count);
		}
		return 0.5 * ((difference + 1) / 2);
	}

	/** The token with runs of one letter reduced to one letter. */
	static String collapse(String s) {
		int n = s.length();
		int i = 1;
		while (i < n && s.charAt(i) != s.charAt(i - 1)) {
			i++;
		}
		if (i >= n) {
			return s;
		}
		StringBuilder out = new StringBuilder(n).append(s, 0, i);
		for (; i < n; i++) {
			if (s.charAt(i) != s.charAt(i - 1)) {
				out.append(s.charAt(i));
			}
		}
		return out.toString();
	}

	/** How many cost units two tokens may differ by and still be spellings of one name, by length. */
	/**
	 * How many cost units two tokens may differ by and still be spellings of one name, by the longer
	 * token's length: half an edit up to two letters, one at three, 1.5 at four, 1.75 up to seven, two up
	 * to ten, 2.25 beyond. Chosen on nomenklatura's dev pairs among monotone schedules; a flat 2 from
	 * five letters on lets through too many different surnames (Castillo, Castro).
	 */
	static double budget(int length) {
		if (length <= 2) {
			return 0.5;
		}
		if (length == 3) {
			return 1.0;
		}
		if (length == 4) {
			return 1.5;
		}
		if (length <= 7) {
			return 1.75;
		}
		return length <= 10 ? 2.0 : 2.25;
	}

	/** Similarity in [0, 1]: 0.8 and above within the budget, falling to 0 at twice the budget. */
	static double similarity(double cost, double budget) {
		if (cost <= budget) {
			return 1.0 - 0.2 * cost / budget;
		}
		return Math.max(0.0, 0.8 - 0.8 * (cost - budget) / budget);
	}

	static boolean vowel(char c) {
		return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
	}

	private static double substitution(char a, char b) {
		if (a == b) {
			return 0.0;
		}
		if (vowel(a) && vowel(b)) {
			return CHEAP;
		}
		return near(a, b) || near(b, a) ? CHEAP : 1.0;
	}

	private static boolean near(char a, char b) {
		return switch (a) {
			case 'c' -> b == 'k' || b == 's' || b == 'q';
			case 'k' -> b == 'q' || b == 'g';
			case 's' -> b == 'z';
			case 'v' -> b == 'w' || b == 'f';
			case 'b' -> b == 'p';
			case 'd' -> b == 't';
			case 'j' -> b == 'y' || b == 'i' || b == 'g';
			default -> false;
		};
	}

	private static double[] substitutionTable() {
		double[] table = new double[128 * 128];
		for (char a = 0; a < 128; a++) {
			for (char b = 0; b < 128; b++) {
				table[a << 7 | b] = substitution(a, b);
			}
		}
		return table;
	}

	private static double[] indelTable() {
		double[] table = new double[128];
		for (char c = 0; c < 128; c++) {
			table[c] = c == 'h' ? CHEAP : vowel(c) ? VOWEL_INDEL : 1.0;
		}
		return table;
	}
}
