package org.liaison.federation.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.liaison.federation.NodeId;
import org.liaison.federation.Outbox;
import org.liaison.support.Api;
import org.liaison.support.Fixtures;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Envelopes per second between two real nodes on loopback, each durable (H2 in file mode, or its own
 * PostgreSQL database): a German node discloses records to an agency on a French node, which decides
 * again and stores each record, its disclosure and its audit entry. Every envelope is signed,
 * encrypted, posted, verified, decrypted and applied in a transaction on the receiver, and marked
 * delivered on the sender.
 * <p>
 * One real disclosure makes the payload template; the benchmark then writes copies with fresh record
 * and disclosure ids into the sender's outbox (as {@code DisclosureForwarding} would) in two phases:
 * <ol>
 * <li><b>drain</b>: {@code count} messages at once; throughput = count / time until the last is applied;</li>
 * <li><b>paced</b>: {@code rate} messages per second for {@code seconds}, in batches every 10 ms;
 * latency per message from the sender's {@code created_at} to the sender's {@code delivered_at} (same
 * clock, same machine), reported as p50, p99 and max (see {@link #report}).</li>
 * </ol>
 * Both phases also print the process's CPU time per envelope, which the load of a shared machine
 * inflates far less than it does the rates, and how much of it the JIT compilers took.
 * Arguments: {@code h2|postgres [count=20000] [rate=1000] [seconds=20]}. On PostgreSQL the databases
 * {@code <pg.prefix>de} and {@code <pg.prefix>fr} ({@code -Dpg.prefix}, default {@code liaison_fed_}) are
 * (re)made by {@code bench/run-federation.sh}.
 */
public final class FederationThroughput {

	public static void main(String[] args) throws Exception {
		String db = args.length > 0 ? args[0] : "h2";
		int count = args.length > 1 ? Integer.parseInt(args[1]) : 20000;
		int rate = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
		int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
		Path dir = Files.createTempDirectory("liaison-fed-bench");
		TestNode de = node("de", db, dir).start();
		TestNode fr = node("fr", db, dir).start();
		try {
			String template = setUp(de, fr);
			System.out.printf("%nwarm-up: 2000 envelopes%n");
			run(de, fr, template, 2000);
			long t0 = System.nanoTime();
			long cpu0 = cpuNanos();
			long jit0 = jitMillis();
			List<String> ids = run(de, fr, template, count);
			double s = (System.nanoTime() - t0) / 1e9;
			long cpu = cpuNanos() - cpu0;
			System.out.printf("drain: %d envelopes in %.2f s = %.0f envelopes/s (%s); CPU %.3f ms per envelope "
					+ "(both nodes and the load generator), of which JIT compiling %.3f ms%n", count, s, count / s, db,
					cpu / 1e6 / count, (jitMillis() - jit0) / (double) count);
			report("drain latency (queueing included)", de, fr, ids);

			List<String> paced = new ArrayList<>();
			int perTick = Math.max(1, rate / 100);
			long start = System.nanoTime();
			long pacedCpu0 = cpuNanos();
			long pacedJit0 = jitMillis();
			for (int tick = 0; tick < seconds * 100; tick++) {
				long due = start + tick * 10_000_000L;
				long wait = due - System.nanoTime();
				if (wait > 0) {
					Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
				}
				paced.addAll(enqueue(de, template, perTick));
			}
			awaitApplied(fr, paced);
			double ps = (System.nanoTime() - start) / 1e9;
			long pacedCpu = cpuNanos() - pacedCpu0;
			System.out.printf("paced: %d envelopes offered at %d/s, all applied after %.2f s (%s); CPU %.3f ms per "
					+ "envelope, %.0f%% of one core, of which JIT compiling %.3f ms per envelope%n", paced.size(),
					perTick * 100, ps, db, pacedCpu / 1e6 / paced.size(), pacedCpu / 1e7 / ps,
					(jitMillis() - pacedJit0) / (double) paced.size());
			report("paced latency", de, fr, paced);
		}
		finally {
			de.stop();
			fr.stop();
		}
		System.exit(0);
	}

	static TestNode node(String id, String db, Path dir) {
		TestNode n;
		try {
			n = new TestNode(id);
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
		n.with("liaison.federation.allow-plain-http", true)
			.with("liaison.federation.max-attempts", 1000)
			.with("logging.level.root", "WARN")
			.with("spring.datasource.hikari.maximum-pool-size", 8)
			// the production defaults, not the tests' shortened timings
			.with("liaison.federation.dispatch-interval", System.getProperty("dispatch.interval", "PT0.2S"));
		if (db.equals("postgres")) {
			n.with("spring.profiles.active", "postgres")
				.with("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/" + System.getProperty("pg.prefix", "liaison_fed_") + id)
				.with("spring.datasource.username", System.getProperty("pg.user", "postgres"))
				.with("spring.datasource.password", System.getProperty("pg.password", ""));
		}
		else {
			n.with("spring.datasource.url", "jdbc:h2:file:" + dir.resolve(id) + "/liaison;MODE=PostgreSQL;"
					+ "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000");
		}
		return n;
	}

	/** Agencies, an agreement, pinned peers, and one real disclosure whose outbox payload is the template. */
	static String setUp(TestNode de, TestNode fr) {
		String deAgency = "TV.BENCHA";
		String frAgency = "TW.BENCHB";
		for (TestNode n : List.of(de, fr)) {
			Api admin = Api.at(n.port).as("admin", TestNode.ADMIN_PASSWORD);
			for (String a : List.of(deAgency, frAgency)) {
				admin.post("/api/v1/agencies", Map.of("id", a, "name", a, "country", a.substring(0, 2), "kind", "POLICE"));
			}
		}
		Api deAdmin = Api.at(de.port).as("admin", TestNode.ADMIN_PASSWORD);
		Fixtures.AgreementSpec agreement = Fixtures.using(deAdmin).agreement("TV", "TW")
			.with("categories", List.of("PERSON", "TRAVEL_DOCUMENT"));
		agreement.create();
		Api.at(fr.port).as("admin", TestNode.ADMIN_PASSWORD).post("/api/v1/agreements", agreement.body);
		pin(de, fr, frAgency);
		pin(fr, de, deAgency);
		Api officer = Api.at(de.port).as(Fixtures.using(deAdmin).user(deAgency, "OFFICER"), Fixtures.PASSWORD);
		String record = officer.post("/api/v1/records", Fixtures.person("Ivan Petrov", "AMBER", "RESTRICTED", List.of()))
			.at("/id");
		Api.Response shared = officer.post("/api/v1/records/" + record + "/disclosures",
				Map.of("to", frAgency, "purpose", "TERRORISM"));
		if (shared.status() != 201) {
			throw new IllegalStateException("the template disclosure failed: " + shared.text());
		}
		String id = de.jdbc().sql("SELECT message_id FROM federation_outbox WHERE payload LIKE ?").param("%" + record + "%")
			.query(String.class).single();
		awaitApplied(fr, List.of(id));
		return de.jdbc().sql("SELECT payload FROM federation_outbox WHERE message_id = ?").param(id).query(String.class)
			.single();
	}

	static void pin(TestNode at, TestNode peer, String agency) {
		JsonNode doc = Api.at(peer.port).anonymous().get("/.well-known/liaison-node").json();
		Api.Response r = Api.at(at.port).as("admin", TestNode.ADMIN_PASSWORD).post("/api/v1/federation/peers",
				Map.of("nodeId", peer.id, "baseUrl", "http://127.0.0.1:" + peer.port, "fingerprints",
						doc.get("fingerprints").findValuesAsString("fingerprint"), "agencies", List.of(agency)));
		if (r.status() != 201) {
			throw new IllegalStateException(r.text());
		}
	}

	static List<String> run(TestNode de, TestNode fr, String template, int count) {
		List<String> ids = new ArrayList<>();
		for (int done = 0; done < count; done += 1000) {
			ids.addAll(enqueue(de, template, Math.min(1000, count - done)));
		}
		awaitApplied(fr, ids);
		return ids;
	}

	/** Copies of the template with fresh record and disclosure ids, written in one transaction. */
	static List<String> enqueue(TestNode de, String template, int n) {
		JsonNode base = Api.JSON.readTree(template);
		return de.bean(TransactionTemplate.class).execute(s -> {
			List<String> ids = new ArrayList<>(n);
			for (int i = 0; i < n; i++) {
				ObjectNode p = (ObjectNode) base.deepCopy();
				String record = UUID.randomUUID().toString();
				((ObjectNode) p.get("transfer").get("record")).put("id", record);
				ObjectNode d = (ObjectNode) p.get("transfer").get("disclosure");
				d.put("id", UUID.randomUUID().toString());
				d.put("record", record);
				ids.add(de.bean(Outbox.class).enqueue(NodeId.of("fr"), DisclosureForwarding.TYPE, p));
			}
			return ids;
		});
	}

	static void awaitApplied(TestNode fr, List<String> ids) {
		String last = ids.get(ids.size() - 1);
		long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
		while (true) {
			String outcome = fr.jdbc().sql("SELECT outcome FROM federation_inbox WHERE message_id = ?").param(last)
				.query(String.class).optional().orElse(null);
			if (outcome != null) {
				if (!outcome.equals("APPLIED")) {
					throw new IllegalStateException("envelope " + last + " was " + outcome);
				}
				long applied = fr.jdbc().sql("SELECT COUNT(*) FROM federation_inbox WHERE outcome = 'APPLIED'")
					.query(Long.class).single();
				if (applied >= ids.size()) {
					return;
				}
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("not applied within 10 minutes");
			}
			try {
				Thread.sleep(5);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/**
	 * Latency per message from the sender's outbox insert ({@code created_at}) to the receiver's inbox row
	 * ({@code received_at}, written in the applying transaction before it commits: the earlier figures'
	 * measure) and to the sender's {@code delivered_at} (after the receiver committed and answered: durable
	 * on both sides), both in the one JVM's clock.
	 */
	static void report(String what, TestNode de, TestNode fr, List<String> ids) {
		awaitDelivered(de);
		Map<String, long[]> sent = new HashMap<>();
		de.jdbc().sql("SELECT message_id, created_at, delivered_at FROM federation_outbox").query(rs -> {
			sent.put(rs.getString(1), new long[] { micros(rs.getObject(2, OffsetDateTime.class)),
					micros(rs.getObject(3, OffsetDateTime.class)) });
		});
		Map<String, Long> received = new HashMap<>();
		fr.jdbc().sql("SELECT message_id, received_at FROM federation_inbox").query(rs -> {
			received.put(rs.getString(1), micros(rs.getObject(2, OffsetDateTime.class)));
		});
		long[] applied = ids.stream().mapToLong(id -> received.get(id) - sent.get(id)[0]).sorted().toArray();
		long[] delivered = ids.stream().mapToLong(id -> sent.get(id)[1] - sent.get(id)[0]).sorted().toArray();
		long rejected = fr.jdbc().sql("SELECT COUNT(*) FROM federation_inbox WHERE outcome <> 'APPLIED'").query(Long.class).single();
		System.out.printf("%s, to received on the receiver: n=%d p50=%.1f ms p99=%.1f ms max=%.1f ms%n", what,
				applied.length, pct(applied, 0.50) / 1000.0, pct(applied, 0.99) / 1000.0, applied[applied.length - 1] / 1000.0);
		System.out.printf("%s, to delivered on the sender (durable on both sides): n=%d p50=%.1f ms p99=%.1f ms "
				+ "max=%.1f ms (rejected so far: %d)%n", what, delivered.length, pct(delivered, 0.50) / 1000.0,
				pct(delivered, 0.99) / 1000.0, delivered[delivered.length - 1] / 1000.0, rejected);
	}

	static void awaitDelivered(TestNode de) {
		long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
		while (de.jdbc().sql("SELECT COUNT(*) FROM federation_outbox WHERE status = 'QUEUED'").query(Long.class).single() > 0) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("not marked delivered within a minute");
			}
			try {
				Thread.sleep(5);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/** CPU time of this process (both nodes, the load generator, JIT and GC). */
	static long cpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/**
	 * Time the JIT compilers spent compiling (summed over their threads): in a short phase after a short
	 * warm-up it is a large part of the process's CPU, and not a cost of the envelopes.
	 */
	static long jitMillis() {
		return java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
	}

	static long pct(long[] sorted, double p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
	}

	static long micros(OffsetDateTime t) {
		return t.toInstant().getEpochSecond() * 1_000_000L + t.toInstant().getNano() / 1000;
	}

	private FederationThroughput() {
	}

}
