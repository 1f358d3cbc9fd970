package org.liaison.bench;

import java.util.concurrent.TimeUnit;

import org.liaison.screening.matching.NameMatcher;
import org.liaison.screening.matching.NameNormaliser;
import org.liaison.screening.matching.NameScore;
import org.liaison.screening.matching.NormalisedName;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of name matching per candidate, on one thread: a screened name normalised and scored against
 * one listed name already normalised (as an index keeps them), over 16 pairs in several scripts and
 * naming customs, matches and non-matches, taken in turn. {@link #normalise} is the query's share alone;
 * {@link #normaliseBothAndScore} normalises the candidate too, as without an index.
 *
 * <p>Run with {@code bench/run-jmh.sh NameMatchBenchmark -f 1 -wi 2 -i 3 -w 1s -r 1s}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class NameMatchBenchmark {

	private static final String[][] PAIRS = {
		{"Mohammed bin Salman Al Saud", "محمد بن سلمان آل سعود"},
		{"Vladimir Vladimirovich Putin", "Владимир Путин"},
		{"Zhang Wei", "张伟"},
		{"Kim Jong Un", "김정은"},
		{"John Smith", "Joan Smythe-Jones"},
		{"Abdel Fattah el-Sisi", "عبد الفتاح السيسي"},
		{"Benjamin Netanyahu", "בנימין נתניהו"},
		{"Kyriakos Mitsotakis", "Κυριάκος Μητσοτάκης"},
		{"Sergey Viktorovich Lavrov", "Sergey Borisovich Lavrov"},
		{"Aleksandr Lukashenko", "Аляксандр Лукашэнка"},
		{"Narendra Modi", "नरेन्द्र मोदी"},
		{"Shinzo Abe", "あべ しんぞう"},
		{"Maria Fernanda Gonzalez de la Cruz", "María Fernanda González"},
		{"Osama bin Laden", "Usama ibn Ladin"},
		{"Raul Castro", "Fidel Castro"},
		{"Jean-Marie Le Pen", "Jean Marie LEPEN"}};

	private final NameNormaliser normaliser = new NameNormaliser();
	private final NameMatcher matcher = new NameMatcher(normaliser);
	private NormalisedName[] candidates;
	private int next;

	@Setup
	public void candidates() {
		candidates = new NormalisedName[PAIRS.length];
		for (int i = 0; i < PAIRS.length; i++) {
			candidates[i] = normaliser.normalise(PAIRS[i][1]);
		}
	}

	@Benchmark
	public NormalisedName normalise() {
		int i = turn();
		return normaliser.normalise(PAIRS[i][0]);
	}

	@Benchmark
	public NameScore normaliseAndScore() {
		int i = turn();
		return matcher.score(normaliser.normalise(PAIRS[i][0]), candidates[i]);
	}

	@Benchmark
	public NameScore normaliseBothAndScore() {
		int i = turn();
		return matcher.score(PAIRS[i][0], PAIRS[i][1]);
	}

	private int turn() {
		int i = next;
		next = (next + 1) & (PAIRS.length - 1);
		return i;
	}
}
