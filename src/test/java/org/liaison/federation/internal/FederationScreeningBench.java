package org.liaison.federation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.liaison.support.Api;
import org.liaison.support.Fixtures;

/**
 * Remote screening latency with three peers, not part of the build (the name matches no Surefire
 * pattern): an asker and three peers on loopback (in-memory H2), each peer holding
 * {@code bench.alerts} travel-document alerts of its agency that the asker has not replicated. Times,
 * over HTTP as an officer sees it, {@code bench.screenings} screenings of the asker's officer (half of
 * them hits on a peer's alert) with {@code "scope": "FEDERATION"}, then the same subjects screened
 * locally only, and prints p50 and p99 of both, their ratio, and the load average before and after.
 * <pre>
 * ./mvnw -B test -Dtest=FederationScreeningBench -Dsurefire.failIfNoSpecifiedTests=false -Dbench.screenings=400
 * </pre>
 */
class FederationScreeningBench {

	@Test
	void threePeers() throws Exception {
		int alerts = Integer.getInteger("bench.alerts", 200);
		int screenings = Integer.getInteger("bench.screenings", 400);
		LoopbackNode asker = new LoopbackNode("de").with("liaison.federation.sync-interval", "PT1H")
			.with("liaison.federation.sync-initial-delay", "PT1H");
		List<LoopbackNode> peers = List.of(new LoopbackNode("p1"), new LoopbackNode("p2"), new LoopbackNode("p3"));
		asker.start();
		peers.forEach(LoopbackNode::start);
		try {
			String home = Fixtures.freshCountry() + ".POLICE";
			FederationScreeningTest.register(asker, home);
			List<String> numbers = new ArrayList<>();
			for (LoopbackNode peer : peers) {
				String agency = Fixtures.freshCountry() + ".POLICE";
				FederationScreeningTest.register(asker, agency);
				FederationScreeningTest.register(peer, home, agency);
				var agreement = Fixtures.using(asker.admin()).agreement(home.substring(0, 2), agency.substring(0, 2))
					.with("categories", List.of("TRAVEL_DOCUMENT"));
				agreement.create();
				assertThat(peer.admin().post("/api/v1/agreements", agreement.body).status()).isEqualTo(201);
				Api officer = Api.at(peer.port).as(Fixtures.using(peer.admin()).user(agency, "OFFICER"), Fixtures.PASSWORD);
				for (int i = 0; i < alerts; i++) {
					String number = peer.id.toUpperCase() + "B" + (100000 + i);
					Api.Response r = officer.post("/api/v1/alerts", Fixtures.alert("STOLEN_TRAVEL_DOCUMENT", "Passport",
							Map.of("number", List.of(number), "country", List.of("FR")), "SEIZE", agreement.id()));
					assertThat(r.status()).as(r.text()).isEqualTo(201);
					numbers.add(number);
				}
				FederationSyncTest.pin(asker, peer, agency);
				FederationSyncTest.pin(peer, asker, home);
			}
			Api officer = Api.at(asker.port).as(Fixtures.using(asker.admin()).user(home, "OFFICER"), Fixtures.PASSWORD);
			List<Map<String, Object>> subjects = new ArrayList<>();
			for (int i = 0; i < screenings; i++) {
				String number = i % 2 == 0 ? numbers.get((i * 7919) % numbers.size()) : "MISS" + (100000 + i);
				subjects.add(Map.of("schema", "Passport", "properties", Map.of("number", List.of(number), "country", List.of("FR"))));
			}
			for (int i = 0; i < 50; i++) { // warm up both paths
				officer.post("/api/v1/screening", Map.of("scope", "FEDERATION", "subject", subjects.get(i)));
				officer.post("/api/v1/screening", Map.of("subject", subjects.get(i)));
			}
			String loadBefore = load();
			long[] federated = time(officer, subjects, "FEDERATION");
			long[] local = time(officer, subjects, "LOCAL");
			String loadAfter = load();
			System.out.printf("BENCH remote screening, asker + 3 peers, %d alerts per peer, %d screenings each way%n", alerts,
					screenings);
			System.out.printf("BENCH federated: p50 %.2f ms, p99 %.2f ms; local only: p50 %.2f ms, p99 %.2f ms; "
					+ "ratio p50 %.1f, p99 %.1f%n", ms(federated, 50), ms(federated, 99), ms(local, 50), ms(local, 99),
					ms(federated, 50) / ms(local, 50), ms(federated, 99) / ms(local, 99));
			System.out.printf("BENCH load average before: %s; after: %s%n", loadBefore, loadAfter);
		}
		finally {
			for (LoopbackNode n : peers) {
				n.stop();
			}
			asker.stop();
		}
	}

	static long[] time(Api officer, List<Map<String, Object>> subjects, String scope) {
		long[] out = new long[subjects.size()];
		int hits = 0;
		int notAnswered = 0;
		for (int i = 0; i < subjects.size(); i++) {
			long t0 = System.nanoTime();
			Api.Response r = officer.post("/api/v1/screening", Map.of("scope", scope, "subject", subjects.get(i)));
			out[i] = System.nanoTime() - t0;
			assertThat(r.status()).as(r.text()).isEqualTo(200);
			hits += "HIT".equals(r.at("/result")) ? 1 : 0;
			if (scope.equals("FEDERATION")) {
				assertThat(r.json().get("peers").size()).isEqualTo(3);
				notAnswered += (int) r.json().get("peers").valueStream().filter(p -> !p.get("status").asString().equals("ANSWERED"))
					.count();
			}
		}
		System.out.printf("BENCH %s: %d of %d screenings hit; peer answers other than ANSWERED: %d%n", scope, hits,
				subjects.size(), notAnswered);
		Arrays.sort(out);
		return out;
	}

	static double ms(long[] sorted, int percentile) {
		int i = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, i)] / 1e6;
	}

	static String load() throws Exception {
		return Files.readString(Path.of("/proc/loadavg")).strip();
	}
}
