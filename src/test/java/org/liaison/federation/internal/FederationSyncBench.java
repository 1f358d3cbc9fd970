package org.liaison.federation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.liaison.support.Api;
import org.liaison.support.Fixtures;

/**
 * The incremental-sync benchmark, not part of the build (the name matches no Surefire pattern): two
 * nodes on PostgreSQL databases {@code fedbench_de} and {@code fedbench_fr} (made empty beforehand), a
 * German node holding N alert updates written by SQL (90% publications, then 10% withdrawals of some
 * of them), and a French node that is pinned afterwards and catches up from cursor 0. Prints the time
 * from pinning to the cursor reaching the end of the German log.
 * <pre>
 * psql -h 127.0.0.1 -U postgres -c 'drop database if exists fedbench_de' -c 'create database fedbench_de' ...
 * ./mvnw -B test -Dtest=FederationSyncBench -Dsurefire.failIfNoSpecifiedTests=false -Dbench.updates=1000000
 * </pre>
 */
class FederationSyncBench {

	@Test
	void catchUp() throws Exception {
		int updates = Integer.getInteger("bench.updates", 1_000_000);
		String pg = System.getProperty("bench.pg", "jdbc:postgresql://127.0.0.1:5432/");
		LoopbackNode de = new LoopbackNode("de", pg + "fedbench_de", "postgres", "")
			.with("spring.datasource.hikari.maximum-pool-size", 8);
		LoopbackNode fr = new LoopbackNode("fr", pg + "fedbench_fr", "postgres", "")
			.with("spring.datasource.hikari.maximum-pool-size", 8)
			.with("liaison.federation.sync-interval", "PT1S")
			.with("liaison.federation.sync-page-size", Integer.getInteger("bench.page", 1000));
		de.start();
		fr.start();
		try {
			String c1 = Fixtures.freshCountry();
			String c2 = Fixtures.freshCountry();
			String deAgency = c1 + ".POLICE";
			String frAgency = c2 + ".POLICE";
			for (LoopbackNode n : List.of(de, fr)) {
				for (String a : List.of(deAgency, frAgency)) {
					assertThat(n.admin().post("/api/v1/agencies",
							Map.of("id", a, "name", "Agency " + a, "country", a.substring(0, 2), "kind", "POLICE")).status())
						.isEqualTo(201);
				}
			}
			Fixtures.AgreementSpec agreement = Fixtures.using(de.admin()).agreement(c1, c2)
				.with("categories", List.of("PERSON", "TRAVEL_DOCUMENT"));
			agreement.create();
			assertThat(fr.admin().post("/api/v1/agreements", agreement.body).status()).isEqualTo(201);
			Api deOfficer = Api.at(de.port).as(Fixtures.using(de.admin()).user(deAgency, "OFFICER"), Fixtures.PASSWORD);
			Api.Response template = deOfficer.post("/api/v1/alerts", Fixtures.alert("STOLEN_TRAVEL_DOCUMENT", "Passport",
					Map.of("number", List.of("TEMPLATE1"), "country", List.of("DE")), "SEIZE", agreement.id()));
			assertThat(template.status()).as(template.text()).isEqualTo(201);
			String templateId = template.at("/id");

			int published = updates * 9 / 10;
			int withdrawn = updates - published;
			long t0 = System.nanoTime();
			List<String> columns = de.jdbc().sql("SELECT column_name FROM information_schema.columns WHERE table_name = 'alert' "
					+ "AND table_schema = current_schema() ORDER BY ordinal_position").query(String.class).list();
			String select = columns.stream().map(c -> switch (c) {
				case "id" -> "md5('bench' || g)::uuid::text";
				case "properties" -> "'{\"number\":[\"B' || g || '\"],\"country\":[\"DE\"]}'";
				case "caption" -> "'Passport B' || g";
				default -> c;
			}).collect(Collectors.joining(", "));
			de.jdbc().sql("INSERT INTO alert (" + String.join(", ", columns) + ") SELECT " + select
					+ " FROM alert, generate_series(1, " + published + ") g WHERE alert.id = '" + templateId + "'").update();
			de.jdbc().sql("INSERT INTO federation_alert_log (alert_id, version, logged_at) SELECT md5('bench' || g)::uuid::text, "
					+ "1, now() - interval '1 hour' FROM generate_series(1, " + published + ") g ORDER BY g").update();
			de.jdbc().sql("UPDATE alert SET status = 'WITHDRAWN', version = version + 1, closed_at = now(), closed_by = 'bench' "
					+ "WHERE id IN (SELECT md5('bench' || g)::uuid::text FROM generate_series(1, " + withdrawn + ") g)").update();
			de.jdbc().sql("INSERT INTO federation_alert_log (alert_id, version, logged_at) SELECT md5('bench' || g)::uuid::text, "
					+ "2, now() - interval '1 hour' FROM generate_series(1, " + withdrawn + ") g ORDER BY g").update();
			long last = de.jdbc().sql("SELECT MAX(seq) FROM federation_alert_log").query(Long.class).single();
			System.out.printf("BENCH loaded %d alerts and %d log entries on de in %.1f s%n", published + 1, last,
					(System.nanoTime() - t0) / 1e9);

			long start = System.nanoTime();
			FederationSyncTest.pin(de, fr, frAgency);
			FederationSyncTest.pin(fr, de, deAgency);
			long lastPrint = start;
			while (cursor(fr) < last) {
				Thread.sleep(500);
				if (System.nanoTime() - lastPrint > 30e9) {
					lastPrint = System.nanoTime();
					System.out.printf("BENCH %.0f s: cursor %d of %d%n", (lastPrint - start) / 1e9, cursor(fr), last);
				}
				if (System.nanoTime() - start > 30 * 60e9) {
					throw new AssertionError("not caught up in 30 minutes");
				}
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			long replicas = fr.jdbc().sql("SELECT COUNT(*) FROM alert WHERE origin_node = 'de'").query(Long.class).single();
			long gone = fr.jdbc().sql("SELECT COUNT(*) FROM alert WHERE origin_node = 'de' AND status = 'WITHDRAWN'")
				.query(Long.class).single();
			System.out.printf("BENCH caught up with %d updates in %.1f s (%.0f updates/s); fr holds %d replicas, %d withdrawn%n",
					last, seconds, last / seconds, replicas, gone);
			assertThat(replicas).isEqualTo(published + 1);
			assertThat(gone).isEqualTo(withdrawn);
		}
		finally {
			fr.stop();
			de.stop();
		}
	}

	static long cursor(LoopbackNode n) {
		return n.jdbc().sql("SELECT COALESCE(MAX(after_seq), 0) FROM federation_sync_cursor").query(Long.class).single();
	}
}
