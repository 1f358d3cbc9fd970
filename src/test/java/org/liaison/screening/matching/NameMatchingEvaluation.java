package org.liaison.screening.matching;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.liaison.screening.matching.NameMatchingData.LabelledPair;
import org.liaison.screening.matching.NameMatchingData.Transliteration;

/**
 * Measures name-matching quality on public data: precision, recall and F1 on the Person rows of
 * nomenklatura's {@code cases-dev.csv} at {@link NameMatcher#THRESHOLD} and over a sweep of thresholds;
 * recall of each Latin token against its Korean, Hebrew and katakana spelling from Wikidata, and, as its
 * counterweight, the false-match rate of each script spelling against a Latin token of another row.
 *
 * <p>Run: {@code ./mvnw -B -q test-compile && java -cp "target/test-classes:target/classes:$(cat cp.txt)"
 * org.liaison.screening.matching.NameMatchingEvaluation [--errors]}; the data folder comes from
 * {@code -Dliaison.shared-data=...} or {@code LIAISON_SHARED_DATA} (default {@code ../shared/data}).
 */
public final class NameMatchingEvaluation {

	private static final String[] SCRIPTS = {"korean", "hebrew", "katakana"};

	private NameMatchingEvaluation() {}

	/** Prints the figures; with {@code --errors}, every misclassified pair with its explanation. */
	public static void main(String[] args) throws IOException {
		boolean errors = List.of(args).contains("--errors");
		NameMatcher matcher = new NameMatcher();
		long start = System.nanoTime();
		if (!Files.isReadable(NameMatchingData.cases())) {
			System.out.println("no shared data at " + NameMatchingData.sharedData().toAbsolutePath() + "; nothing to evaluate");
			return;
		}
		List<LabelledPair> pairs = NameMatchingData.personPairs(NameMatchingData.cases());
		double[] scores = pairs.stream().mapToDouble(p -> matcher.score(p.name1(), p.name2()).score()).toArray();
		System.out.printf(Locale.ROOT, "cases-dev.csv, %d Person pairs (%d matches)%n", pairs.size(),
				pairs.stream().filter(LabelledPair::match).count());
		Counts at = Counts.of(pairs, scores, NameMatcher.THRESHOLD);
		System.out.printf(Locale.ROOT, "  at threshold %.3f: %s%n", NameMatcher.THRESHOLD, at);
		for (int parity = 0; parity < 2; parity++) {
			int p0 = parity;
			List<LabelledPair> half = java.util.stream.IntStream.range(0, pairs.size()).filter(i -> i % 2 == p0)
					.mapToObj(pairs::get).toList();
			System.out.printf(Locale.ROOT, "    %s rows: %s%n", parity == 0 ? "even" : "odd ",
					Counts.of(half, half(scores, parity), NameMatcher.THRESHOLD));
		}
		System.out.println("  sweep:");
		for (double t = 0.60; t <= 0.951; t += 0.025) {
			System.out.printf(Locale.ROOT, "    %.3f  %s%n", t, Counts.of(pairs, scores, t));
		}
		if (errors) {
			for (int i = 0; i < pairs.size(); i++) {
				LabelledPair p = pairs.get(i);
				boolean predicted = scores[i] >= NameMatcher.THRESHOLD;
				if (predicted != p.match()) {
					System.out.printf(Locale.ROOT, "  %s  %s | %s  -> %s%n", p.match() ? "FN" : "FP", p.name1(), p.name2(),
							matcher.score(p.name1(), p.name2()).explanation());
				}
			}
		}
		System.out.println("wikidata-translit, Latin token against its spelling in the script:");
		for (String script : SCRIPTS) {
			if (Files.isReadable(NameMatchingData.transliterations(script))) {
				transliterations(matcher, script, errors);
			}
		}
		System.out.printf(Locale.ROOT, "(%.1f s)%n", (System.nanoTime() - start) / 1e9);
	}

	private static void transliterations(NameMatcher matcher, String script, boolean errors) throws IOException {
		List<Transliteration> rows = NameMatchingData.transliterationRows(NameMatchingData.transliterations(script));
		int n = rows.size();
		double[] positive = new double[n];
		double[] negative = new double[n];
		for (int i = 0; i < n; i++) {
			Transliteration row = rows.get(i);
			positive[i] = matcher.score(row.latin(), row.script()).score();
			// A deterministic partner from the other half of the file: almost surely another name.
			Transliteration other = rows.get((i + n / 2) % n);
			negative[i] = other.latin().equals(row.latin()) ? 0.0 : matcher.score(other.latin(), row.script()).score();
		}
		System.out.printf(Locale.ROOT, "  %-8s %5d rows: recall %.3f (even rows %.3f, odd rows %.3f), false matches %.3f at %.3f; sweep",
				script, n, rate(positive, NameMatcher.THRESHOLD), rate(half(positive, 0), NameMatcher.THRESHOLD),
				rate(half(positive, 1), NameMatcher.THRESHOLD), rate(negative, NameMatcher.THRESHOLD), NameMatcher.THRESHOLD);
		for (double t = 0.70; t <= 0.901; t += 0.05) {
			System.out.printf(Locale.ROOT, "  %.2f: %.3f/%.3f", t, rate(positive, t), rate(negative, t));
		}
		System.out.println();
		if (errors) {
			int shown = 0;
			for (int i = 0; i < n && shown < 40; i += 2) { // the tuning half only
				if (positive[i] < NameMatcher.THRESHOLD) {
					Transliteration row = rows.get(i);
					System.out.printf(Locale.ROOT, "    miss %s | %s -> %s%n", row.latin(), row.script(),
							matcher.score(row.latin(), row.script()).explanation());
					shown++;
				}
			}
		}
	}

	/** Every other score, from the first (0) or the second (1): rules were tuned looking at errors of the even rows only. */
	static double[] half(double[] scores, int parity) {
		double[] out = new double[(scores.length + 1 - parity) / 2];
		for (int i = parity, k = 0; i < scores.length; i += 2, k++) {
			out[k] = scores[i];
		}
		return out;
	}

	private static double rate(double[] scores, double threshold) {
		long hits = Arrays.stream(scores).filter(s -> s >= threshold).count();
		return (double) hits / scores.length;
	}

	/** A confusion matrix at one threshold. */
	record Counts(int tp, int fp, int fn, int tn) {
		static Counts of(List<LabelledPair> pairs, double[] scores, double threshold) {
			int tp = 0;
			int fp = 0;
			int fn = 0;
			int tn = 0;
			for (int i = 0; i < pairs.size(); i++) {
				boolean predicted = scores[i] >= threshold;
				boolean actual = pairs.get(i).match();
				if (predicted && actual) {
					tp++;
				} else if (predicted) {
					fp++;
				} else if (actual) {
					fn++;
				} else {
					tn++;
				}
			}
			return new Counts(tp, fp, fn, tn);
		}

		double precision() {
			return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
		}

		double recall() {
			return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
		}

		double f1() {
			double p = precision();
			double r = recall();
			return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "precision %.3f recall %.3f F1 %.3f (tp %d fp %d fn %d tn %d)", precision(),
					recall(), f1(), tp, fp, fn, tn);
		}
	}
}
