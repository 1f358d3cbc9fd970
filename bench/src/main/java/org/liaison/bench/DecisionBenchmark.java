package org.liaison.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.liaison.treaty.Agreement;
import org.liaison.treaty.AgreementIndex;
import org.liaison.treaty.DisclosureDecision;
import org.liaison.treaty.DisclosurePolicy;
import org.liaison.treaty.DisclosureRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Disclosure decisions per second on one thread, over the {@link DecisionWorld}: 200 agencies, 1,000
 * agreements, 4,096 precomputed requests taken in turn, against an index built once, as {@code Agreements}
 * keeps it between changes. {@link #index} measures the rebuild that follows any change (a suspension,
 * a new party), which the next decision waits for.
 *
 * <p>Run with {@code bench/run-jmh.sh DecisionBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DecisionBenchmark {

	private List<Agreement> agreements;
	private AgreementIndex index;
	private DisclosureRequest[] requests;
	private int next;

	@Setup(Level.Trial)
	public void world() {
		DecisionWorld world = new DecisionWorld(20261126L);
		agreements = world.agreements;
		index = world.index;
		requests = world.requests;
		System.out.println();
		System.out.println("# World: " + world.summary());
	}

	@Benchmark
	public DisclosureDecision decide() {
		DisclosureRequest request = requests[next];
		next = (next + 1) & (DecisionWorld.REQUESTS - 1);
		return DisclosurePolicy.decide(request, index);
	}

	@Benchmark
	public AgreementIndex index() {
		return AgreementIndex.of(agreements);
	}
}
