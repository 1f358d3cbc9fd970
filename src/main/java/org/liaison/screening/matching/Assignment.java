package org.liaison.screening.matching;

import java.util.Arrays;

/**
 * The assignment of query tokens to candidate tokens that maximises the total value of the pairs: exact,
 * by dynamic programming over the subsets of the shorter side, for names of up to {@value #EXACT_LIMIT}
 * tokens; greedy (best pair first) beyond, where names are not names any more. Deterministic: ties keep
 * the earlier token.
 */
final class Assignment {

	private static final int EXACT_LIMIT = 10;

	private Assignment() {}

	/**
	 * For each query token (row), the candidate token (column) assigned to it, or -1; a pair of value 0
	 * is never assigned.
	 */
	static int[] best(double[][] value) {
		return Math.min(value.length, value[0].length) <= EXACT_LIMIT ? exact(value) : greedy(value);
	}

	/** Best assignment by dynamic programming over subsets of the shorter side. */
	private static int[] exact(double[][] value) {
		int n = value.length;
		int m = value[0].length;
		boolean queryShorter = n <= m;
		int small = queryShorter ? n : m;
		int big = queryShorter ? m : n;
		int states = 1 << small;
		double[] best = new double[states];
		Arrays.fill(best, Double.NEGATIVE_INFINITY);
		best[0] = 0.0;
		int[][] choice = new int[big][states];
		for (int b = 0; b < big; b++) {
			double[] next = best.clone();
			Arrays.fill(choice[b], -1);
			for (int mask = 0; mask < states; mask++) {
				if (best[mask] == Double.NEGATIVE_INFINITY) {
					continue;
				}
				for (int s = 0; s < small; s++) {
					if ((mask & (1 << s)) != 0) {
						continue;
					}
					double v = queryShorter ? value[s][b] : value[b][s];
					int to = mask | (1 << s);
					if (v > 0.0 && best[mask] + v > next[to] + 1e-12) {
						next[to] = best[mask] + v;
						choice[b][to] = s;
					}
				}
			}
			best = next;
		}
		int mask = 0;
		for (int s = 1; s < states; s++) {
			if (best[s] > best[mask] + 1e-12) {
				mask = s;
			}
		}
		int[] matchOfQuery = new int[n];
		Arrays.fill(matchOfQuery, -1);
		for (int b = big - 1; b >= 0; b--) {
			int s = choice[b][mask];
			if (s >= 0) {
				if (queryShorter) {
					matchOfQuery[s] = b;
				} else {
					matchOfQuery[b] = s;
				}
				mask &= ~(1 << s);
			}
		}
		return matchOfQuery;
	}

	private static int[] greedy(double[][] value) {
		int n = value.length;
		int m = value[0].length;
		int[] matchOfQuery = new int[n];
		Arrays.fill(matchOfQuery, -1);
		boolean[] used = new boolean[m];
		while (true) {
			int bi = -1;
			int bj = -1;
			for (int i = 0; i < n; i++) {
				for (int j = 0; j < m; j++) {
					if (matchOfQuery[i] < 0 && !used[j] && value[i][j] > 0.0 && (bi < 0 || value[i][j] > value[bi][bj])) {
						bi = i;
						bj = j;
					}
				}
			}
			if (bi < 0) {
				return matchOfQuery;
			}
			matchOfQuery[bi] = bj;
			used[bj] = true;
		}
	}
}
