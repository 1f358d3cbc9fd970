package org.liaison.screening.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.screening.matching.NameMatchingData.LabelledPair;
import org.liaison.screening.matching.NameMatchingData.Transliteration;

/**
 * Quality on the public data beside the project (see {@link NameMatchingEvaluation} for the full report):
 * fails if a change loses more than a little of what the matcher reached when it was tuned. Skipped where
 * {@code ../shared/data} (or {@code liaison.shared-data}, {@code LIAISON_SHARED_DATA}) is absent.
 */
class NameMatchingQualityTest {

	private final NameMatcher matcher = new NameMatcher();

	@Test
	void keepsF1OnNomenklaturaPersonPairs() throws IOException {
		assumeTrue(Files.isReadable(NameMatchingData.cases()),
				() -> "no " + NameMatchingData.cases().toAbsolutePath() + ": shared data absent, skipped");
		List<LabelledPair> pairs = NameMatchingData.personPairs(NameMatchingData.cases());
		double[] scores = pairs.stream().mapToDouble(p -> matcher.score(p.name1(), p.name2()).score()).toArray();
		NameMatchingEvaluation.Counts counts = NameMatchingEvaluation.Counts.of(pairs, scores, NameMatcher.THRESHOLD);
		// Reached 0.920 (precision 0.929, recall 0.911) when tuned.
		assertThat(counts.f1()).as(counts.toString()).isGreaterThanOrEqualTo(0.91);
	}

	@Test
	void keepsRecallOfLatinNamesAgainstKoreanHebrewAndKatakana() throws IOException {
		// Reached 0.832, 0.936 and 0.949 when tuned.
		assertRecall("korean", 0.82);
		assertRecall("hebrew", 0.925);
		assertRecall("katakana", 0.94);
	}

	private void assertRecall(String script, double atLeast) throws IOException {
		assumeTrue(Files.isReadable(NameMatchingData.transliterations(script)),
				() -> "no " + NameMatchingData.transliterations(script).toAbsolutePath() + ": shared data absent, skipped");
		List<Transliteration> rows = NameMatchingData.transliterationRows(NameMatchingData.transliterations(script));
		long found = rows.stream().filter(r -> matcher.score(r.latin(), r.script()).score() >= NameMatcher.THRESHOLD).count();
		long falseMatches = 0;
		for (int i = 0; i < rows.size(); i++) {
			Transliteration other = rows.get((i + rows.size() / 2) % rows.size());
			if (!other.latin().equals(rows.get(i).latin())
					&& matcher.score(other.latin(), rows.get(i).script()).score() >= NameMatcher.THRESHOLD) {
				falseMatches++;
			}
		}
		assertThat((double) found / rows.size()).as(script + " recall").isGreaterThanOrEqualTo(atLeast);
		assertThat((double) falseMatches / rows.size()).as(script + " false matches").isLessThanOrEqualTo(0.01);
	}
}
