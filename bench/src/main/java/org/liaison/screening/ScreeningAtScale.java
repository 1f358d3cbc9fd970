package org.liaison.screening;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.liaison.bench.TrigramPeer;
import org.liaison.bench.people.DocumentGenerator;
import org.liaison.bench.people.ListedPerson;
import org.liaison.bench.people.PersonGenerator;
import org.liaison.bench.people.SanctionsLists;
import org.liaison.bench.people.Variants;
import org.liaison.screening.matching.NameNormaliser;

/**
 * Screening at border scale, in one run: the index built from {@code persons} person alerts (generated,
 * plus the individuals of the OFAC and UN lists) and then with {@code documents} document alerts too;
 * heap per million after GC; name screening with {@code threads} threads (throughput, latency
 * percentiles) on travellers, mostly not listed, and noisy variants of listed persons (recall at the
 * production threshold, per kind of variant); document screening; and, with {@code pg} set, the same
 * name queries against PostgreSQL pg_trgm, its threshold tuned for its best F1 on the same variants.
 *
 * <p>In the screening package to use the index and {@link ScreeningMatcher} as {@link Screening} does, minus
 * the database read of a hit, the disclosure decision and the audit. Run with {@code bench/run-screening.sh}.
 * Options ({@code key=value}): persons, documents, travellers, variants, threads, seconds, warmup,
 * candidates, data (default ../shared/data), pg (a JDBC URL; none: no peer), pgSeconds, pgTune (travellers in
 * the tuning set), pgLow (lowest threshold tried).
 */
public final class ScreeningAtScale {

	private final Map<String, String> options = new HashMap<>();
	private final NameNormaliser normaliser = new NameNormaliser();

	public static void main(String[] args) throws Exception {
		ScreeningAtScale bench = new ScreeningAtScale();
		for (String a : args) {
			int eq = a.indexOf('=');
			bench.options.put(a.substring(0, eq).replaceFirst("^--", ""), a.substring(eq + 1));
		}
		bench.run();
		System.exit(0);
	}

	private int opt(String key, int def) {
		return Integer.parseInt(options.getOrDefault(key, Integer.toString(def)).replace("_", ""));
	}

	/** A name query and, for a variant, the listed person it stands for (-1 for a traveller). */
	record NameQuery(ScreeningQuery query, ListedPerson person, long target, Variants.Variant variant) {
	}

	private void run() throws Exception {
		int persons = opt("persons", 1_000_000);
		int documents = opt("documents", 10_000_000);
		int travellers = opt("travellers", 18_000);
		int variantCount = opt("variants", 2_000);
		int threads = opt("threads", 2);
		int seconds = opt("seconds", 30);
		int warmup = opt("warmup", 15);
		Path data = Path.of(options.getOrDefault("data", System.getProperty("liaison.shared-data", "../shared/data")));
		ScreeningProperties properties = new ScreeningProperties(opt("candidates", 50), threads, opt("merge", 4));

		List<ListedPerson> lists = new ArrayList<>(SanctionsLists.ofac(data));
		int ofac = lists.size();
		lists.addAll(SanctionsLists.un(data));
		int generatedCount = persons - lists.size();
		PersonGenerator listed = new PersonGenerator(1);
		print("JVM %s, %d processors, max heap %d MB; %d persons (%d generated, %d OFAC, %d UN), %d documents",
				System.getProperty("java.vm.version"), Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20, persons, generatedCount, ofac, lists.size() - ofac, documents);
		java.util.function.LongFunction<ListedPerson> personAt = i -> i < generatedCount ? listed.generate(i).person()
				: lists.get((int) (i - generatedCount));
		ScreeningIndex.Source personSource = sink -> {
			for (long i = 0; i < persons; i++) {
				sink.accept(BenchAlerts.person(i, personAt.apply(i)));
			}
		};
		DocumentGenerator docs = new DocumentGenerator(11);
		ScreeningIndex.Source documentSource = sink -> {
			for (long i = 0; i < documents; i++) {
				sink.accept(BenchAlerts.document(i, docs.generate(i)));
			}
		};

		// 1. Build: persons alone, then persons and documents in one index, as a node holds them.
		long base = heapAfterGc();
		ScreeningIndex index = new ScreeningIndex(properties);
		long t0 = System.nanoTime();
		index.rebuild(personSource);
		long personBuild = System.nanoTime() - t0;
		long personHeap = heapAfterGc() - base;
		print("index build, %,d persons: %.1f s; heap %,d MB (%,d MB per million); %,d docs", persons, personBuild / 1e9,
				personHeap >> 20, (personHeap >> 20) * 1_000_000L / persons, index.size());
		if (documents > 0) {
			index.close();
			index = null;
			base = heapAfterGc();
			index = new ScreeningIndex(properties);
			AtomicLong personsDone = new AtomicLong();
			t0 = System.nanoTime();
			long start = t0;
			index.rebuild(sink -> {
				personSource.forEach(sink);
				personsDone.set(System.nanoTime() - start);
				documentSource.forEach(sink);
			});
			long allBuild = System.nanoTime() - t0;
			long allHeap = heapAfterGc() - base;
			print("index build, %,d persons + %,d documents: %.1f s (documents read and indexed after the persons: %.1f s,"
					+ " merge included); heap %,d MB, documents %,d MB per million", persons, documents, allBuild / 1e9,
					(allBuild - personsDone.get()) / 1e9, allHeap >> 20,
					((allHeap - personHeap) >> 20) * 1_000_000L / documents);
		}
		ScreeningMatcher matcher = new ScreeningMatcher(index);
		ScreeningIndex searched = index;

		// 2. Queries: travellers (another seed: not listed, homonyms aside) and noisy variants of listed persons.
		List<NameQuery> queries = queries(generatedCount, lists, listed, travellers, variantCount);
		List<ScreeningQuery> nameQueries = queries.stream().map(NameQuery::query).toList();
		print("name queries: %,d travellers, %,d variants of listed persons", travellers, variantCount);

		// 3. Recall and hit rate at the production threshold, then throughput.
		long[] hitsOf = new long[queries.size()];
		int found = 0;
		int travellersHit = 0;
		Map<Variants.Kind, int[]> byKind = new EnumMap<>(Variants.Kind.class);
		boolean[] liaisonFound = new boolean[queries.size()];
		for (int i = 0; i < queries.size(); i++) {
			NameQuery q = queries.get(i);
			List<ScreeningMatcher.Match> matches = matcher.match(q.query());
			hitsOf[i] = matches.size();
			if (q.target() < 0) {
				travellersHit += matches.isEmpty() ? 0 : 1;
				if (!matches.isEmpty() && travellersHit <= opt("debug", 0)) {
					ScreeningMatcher.Match m = matches.get(0);
					print("  traveller %s %s -> %s: %s", q.person().names(), q.person().birthDate(), m.alert(), m.explanation());
				}
				continue;
			}
			boolean hit = matches.stream().anyMatch(m -> m.alert().equals(BenchAlerts.personId(q.target())));
			liaisonFound[i] = hit;
			found += hit ? 1 : 0;
			for (Variants.Kind k : q.variant().kinds()) {
				int[] c = byKind.computeIfAbsent(k, x -> new int[2]);
				c[0] += hit ? 1 : 0;
				c[1]++;
			}
		}
		print("recall at threshold %.2f: %.3f (%d of %d variants); travellers with a hit (homonyms of listed persons): %.3f",
				org.liaison.screening.matching.PersonMatcher.THRESHOLD, found / (double) variantCount, found, variantCount,
				travellersHit / (double) travellers);
		byKind.forEach((k, c) -> print("  recall %-16s %.3f (%d)", k, c[0] / (double) c[1], c[1]));
		measure("warm-up", nameQueries, threads, warmup, matcher::match);
		measure("name screening", nameQueries, threads, seconds, matcher::match);
		if (options.containsKey("profile")) {
			measure("name candidates only", nameQueries, threads, seconds, searched::candidates);
		}

		if (documents > 0) {
			List<ScreeningQuery> docQueries = new ArrayList<>();
			DocumentGenerator travellerDocs = new DocumentGenerator(12);
			SplittableRandom dr = new SplittableRandom(5);
			int listedDocs = 0;
			for (int i = 0; i < 100_000; i++) {
				boolean isListed = dr.nextInt(100) < 5;
				DocumentGenerator.TravelDocument d = isListed ? docs.generate(dr.nextLong(documents)) : travellerDocs.generate(i);
				listedDocs += isListed ? 1 : 0;
				docQueries.add(ScreeningQuery.of(d.schema(), Map.of("number", List.of(d.number()), "country", List.of(d.country()))));
			}
			long docHits = docQueries.stream().filter(q -> !matcher.match(q).isEmpty()).count();
			print("document queries: %,d, %,d of them listed; %,d hit", docQueries.size(), listedDocs, docHits);
			measure("document screening", docQueries, threads, Math.max(10, seconds / 2), matcher::match);
		}

		String pg = options.get("pg");
		if (pg != null && !pg.isBlank()) {
			trigramPeer(pg, persons, personAt, queries, liaisonFound, hitsOf, threads, opt("pgSeconds", 30), opt("pgTune", 1000));
		}
		index.close();
	}

	/**
	 * The name queries, shuffled: {@code travellers} travellers as their passports give them (another
	 * seed: not listed, homonyms aside), and {@code variantCount} noisy variants of listed persons, a
	 * fifth of them from the sanctions lists. The same for the same arguments.
	 */
	static List<NameQuery> queries(long generatedCount, List<ListedPerson> lists, PersonGenerator listed, int travellers,
			int variantCount) {
		List<NameQuery> queries = new ArrayList<>();
		PersonGenerator others = new PersonGenerator(2);
		for (int i = 0; i < travellers; i++) {
			ListedPerson p = others.generate(i).person();
			ListedPerson onPassport = new ListedPerson(List.of(p.names().get(0)), p.birthDate(), p.nationalities(), p.gender());
			queries.add(new NameQuery(ScreeningQuery.of("Person", onPassport.queryProperties()), onPassport, -1, null));
		}
		SplittableRandom r = new SplittableRandom(7);
		for (int i = 0; i < variantCount; i++) {
			long target = r.nextInt(100) < 20 && !lists.isEmpty() ? generatedCount + r.nextInt(lists.size())
					: r.nextLong(generatedCount);
			Variants.Variant v = target < generatedCount ? Variants.of(listed.generate(target), r)
					: Variants.of(lists.get((int) (target - generatedCount)), r);
			try {
				queries.add(new NameQuery(ScreeningQuery.of("Person", v.query().queryProperties()), v.query(), target, v));
			}
			catch (RuntimeException invalid) {
				i--; // a list entry whose variant is no valid query (a one-letter name): draw another
			}
		}
		java.util.Collections.shuffle(queries, new java.util.Random(3));
		return queries;
	}

	private void trigramPeer(String url, int persons, java.util.function.LongFunction<ListedPerson> personAt,
			List<NameQuery> queries, boolean[] liaisonFound, long[] liaisonHits, int threads, int seconds, int tuneTravellers) throws Exception {
		try (TrigramPeer peer = new TrigramPeer(url)) {
			long[] ms = peer.load(persons, i -> personAt.apply(i).names().stream().map(n -> normaliser.normalise(n).toString()).toList());
			print("pg_trgm: %,d persons' normalised names loaded in %.1f s, GIN index built in %.1f s", persons, ms[0] / 1e3,
					ms[1] / 1e3);
			// Tuning set: every variant and the first tuneTravellers travellers, searched once at a low threshold;
			// the similarity of the target and the best similarity of each query give F1 at any higher threshold.
			double low = Double.parseDouble(options.getOrDefault("pgLow", "0.3"));
			List<Integer> tuning = new ArrayList<>();
			int t = 0;
			for (int i = 0; i < queries.size(); i++) {
				if (queries.get(i).target() >= 0 || t++ < tuneTravellers) {
					tuning.add(i);
				}
			}
			List<List<String>> names = queries.stream()
				.map(q -> q.person().names().stream().map(n -> normaliser.normalise(n).toString()).toList())
				.toList();
			double[] targetSim = new double[queries.size()];
			double[] bestSim = new double[queries.size()];
			long tuneStart = System.nanoTime();
			parallel(threads, tuning, names, low, peer, (i, result) -> {
				NameQuery q = queries.get(i);
				bestSim[i] = result.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
				targetSim[i] = q.target() >= 0 ? result.getOrDefault((int) q.target(), 0.0) : 0;
			});
			print("pg_trgm tuning pass at threshold %.2f: %,d queries in %.1f s", low, tuning.size(), (System.nanoTime() - tuneStart) / 1e9);
			double bestT = low;
			double bestF1 = -1;
			int lTp = 0;
			int lFp = 0;
			int lFn = 0;
			for (int i : tuning) {
				boolean isVariant = queries.get(i).target() >= 0;
				lTp += isVariant && liaisonFound[i] ? 1 : 0;
				lFn += isVariant && !liaisonFound[i] ? 1 : 0;
				lFp += !isVariant && liaisonHits[i] > 0 ? 1 : 0;
			}
			for (int step = 0; step <= 13; step++) {
				double th = low + step * 0.05;
				int tp = 0;
				int fp = 0;
				int fn = 0;
				for (int i : tuning) {
					if (queries.get(i).target() >= 0) {
						tp += targetSim[i] >= th ? 1 : 0;
						fn += targetSim[i] >= th ? 0 : 1;
					}
					else {
						fp += bestSim[i] >= th ? 1 : 0;
					}
				}
				double f1 = 2.0 * tp / (2.0 * tp + fp + fn);
				print("  pg_trgm threshold %.2f: recall %.3f, travellers with a result %.3f, F1 %.3f", th, tp / (double) (tp + fn),
						fp / (double) tuneTravellers, f1);
				if (f1 > bestF1) {
					bestF1 = f1;
					bestT = th;
				}
			}
			print("pg_trgm best F1 %.3f at threshold %.2f; Liaison on the same set: recall %.3f, travellers with a hit %.3f, F1 %.3f",
					bestF1, bestT, lTp / (double) (lTp + lFn), lFp / (double) tuneTravellers, 2.0 * lTp / (2.0 * lTp + lFp + lFn));
			double equalRecall = low;
			for (int step = 0; step <= 14; step++) {
				double th = low + step * 0.05;
				int tp = 0;
				int variants = 0;
				for (int i : tuning) {
					if (queries.get(i).target() >= 0) {
						variants++;
						tp += targetSim[i] >= th ? 1 : 0;
					}
				}
				if (tp >= lTp && variants > 0) {
					equalRecall = th;
				}
			}
			print("pg_trgm reaches Liaison's recall up to threshold %.2f", equalRecall);
			timedPeer(peer, queries, threads, seconds, bestT, "best F1");
			if (Math.abs(equalRecall - bestT) > 1e-9) {
				timedPeer(peer, queries, threads, seconds, equalRecall, "equal recall");
			}
		}
	}

	private void timedPeer(TrigramPeer peer, List<NameQuery> queries, int threads, int seconds, double threshold, String why)
			throws InterruptedException {
		{
			List<List<String>> names = queries.stream()
				.map(q -> q.person().names().stream().map(n -> normaliser.normalise(n).toString()).toList())
				.toList();
			ThreadLocal<TrigramPeer.Client> clients = ThreadLocal.withInitial(() -> {
				try {
					return peer.new Client(threshold);
				}
				catch (java.sql.SQLException e) {
					throw new IllegalStateException(e);
				}
			});
			List<Integer> all = new ArrayList<>();
			for (int i = 0; i < queries.size(); i++) {
				all.add(i);
			}
			measure(String.format(Locale.ROOT, "pg_trgm name screening at %.2f (%s)", threshold, why), all, threads, seconds, i -> {
				try {
					return clients.get().search(names.get(i));
				}
				catch (java.sql.SQLException e) {
					throw new IllegalStateException(e);
				}
			});
		}
	}

	private interface Result {
		void accept(int index, Map<Integer, Double> result);
	}

	private static void parallel(int threads, List<Integer> items, List<List<String>> names, double threshold, TrigramPeer peer,
			Result result)
			throws InterruptedException {
		AtomicLong next = new AtomicLong();
		List<Thread> workers = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			Thread w = new Thread(() -> {
				try (TrigramPeer.Client client = peer.new Client(threshold)) {
					for (long k = next.getAndIncrement(); k < items.size(); k = next.getAndIncrement()) {
						int i = items.get((int) k);
						Map<Integer, Double> r = client.search(names.get(i));
						synchronized (result) {
							result.accept(i, r);
						}
					}
				}
				catch (java.sql.SQLException e) {
					throw new IllegalStateException(e);
				}
			});
			workers.add(w);
			w.start();
		}
		for (Thread w : workers) {
			w.join();
		}
	}

	/** Runs the operation on {@code threads} threads over the items in turn for that long; prints rate and latency. */
	private static <T> void measure(String label, List<T> items, int threads, int seconds, java.util.function.Function<T, ?> op)
			throws InterruptedException {
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		long[][] latencies = new long[threads][];
		int[] counts = new int[threads];
		AtomicLong cpu = new AtomicLong();
		List<Thread> workers = new ArrayList<>();
		long start = System.nanoTime();
		for (int t = 0; t < threads; t++) {
			int id = t;
			Thread w = new Thread(() -> {
				long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
				long[] lat = new long[1 << 16];
				int n = 0;
				int i = id;
				while (true) {
					long s = System.nanoTime();
					if (s >= end) {
						break;
					}
					op.apply(items.get(i % items.size()));
					if (n == lat.length) {
						lat = Arrays.copyOf(lat, n * 2);
					}
					lat[n++] = System.nanoTime() - s;
					i += threads;
				}
				latencies[id] = lat;
				counts[id] = n;
				cpu.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart);
			});
			workers.add(w);
			w.start();
		}
		for (Thread w : workers) {
			w.join();
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		int total = Arrays.stream(counts).sum();
		long[] all = new long[total];
		int k = 0;
		for (int t = 0; t < threads; t++) {
			System.arraycopy(latencies[t], 0, all, k, counts[t]);
			k += counts[t];
		}
		Arrays.sort(all);
		double cpuPerOp = total == 0 ? 0 : cpu.get() / 1e3 / total;
		print("%s: %,d in %.1f s on %d threads = %,.0f/s; latency ms p50 %.3f, p90 %.3f, p99 %.3f, p99.9 %.3f, max %.3f;"
				+ " CPU %.1f us each (%,.0f/s on %d cores of its own); load average %.2f", label, total, elapsed, threads,
				total / elapsed, pct(all, 50), pct(all, 90), pct(all, 99), pct(all, 99.9),
				all.length == 0 ? 0 : all[all.length - 1] / 1e6, cpuPerOp, threads * 1e6 / cpuPerOp, threads,
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	private static double pct(long[] sorted, double p) {
		return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
	}

	private static long heapAfterGc() throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(300);
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static void print(String format, Object... args) {
		System.out.println(String.format(Locale.ROOT, "%tT ", System.currentTimeMillis()) + String.format(Locale.ROOT, format, args));
		System.out.flush();
	}

}
