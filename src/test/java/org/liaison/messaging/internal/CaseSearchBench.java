package org.liaison.messaging.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.liaison.agency.AgencyId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The full-text search benchmark, not part of the build (the name matches no Surefire pattern): N messages
 * (default 100,000) of 30 words drawn from a 20,000-word vocabulary with Zipf's law (so that the commonest
 * word is in most messages, as "the" is), in cases of 10 messages between two of 20 agencies, written through
 * {@link SearchIndex} in transactions of 1,000 messages, then searches by one agency through {@link CaseStore}
 * (a rare word, a common and a rare word, a prefix, the commonest word), each 200 times; prints the write cost
 * per message and the latency percentiles. On PostgreSQL (a schema {@code bench_search} it recreates) or H2.
 * <pre>
 * ./mvnw -B test -Dtest=CaseSearchBench -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Dbench.url=jdbc:postgresql://127.0.0.1:5432/msgd -Dbench.messages=100000
 * </pre>
 */
class CaseSearchBench {

	static final int AGENCIES = 20;
	static final int VOCABULARY = 20_000;

	@Test
	void search() throws Exception {
		int n = Integer.getInteger("bench.messages", 100_000);
		String url = System.getProperty("bench.url", "jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
		boolean pg = url.startsWith("jdbc:postgresql");
		boolean reuse = Boolean.getBoolean("bench.reuse");
		Connection c = DriverManager.getConnection(url, pg ? "postgres" : "sa", "");
		if (pg && reuse) {
			try (Statement s = c.createStatement()) {
				s.execute("SET search_path TO bench_search");
			}
		}
		else if (pg) {
			try (Statement s = c.createStatement()) {
				s.execute("DROP SCHEMA IF EXISTS bench_search CASCADE");
				s.execute("CREATE SCHEMA bench_search");
				s.execute("SET search_path TO bench_search");
			}
		}
		SingleConnectionDataSource db = new SingleConnectionDataSource(c, true);
		if (!reuse) {
			write(db, n, pg);
		}
		search(JdbcClient.create(db), pg);
		c.close();
	}

	private void write(SingleConnectionDataSource db, int n, boolean pg) {
		Flyway.configure().dataSource(db).schemas(pg ? "bench_search" : "public").locations("classpath:db/migration").load().migrate();
		JdbcClient jdbc = JdbcClient.create(db);
		SearchIndex index = new SearchIndex(new JdbcTemplate(db));
		TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(db));
		OffsetDateTime t0 = OffsetDateTime.now(ZoneOffset.UTC);
		List<AgencyId> agencies = new ArrayList<>();
		for (int i = 0; i < AGENCIES; i++) {
			AgencyId a = AgencyId.of(java.util.Locale.getISOCountries()[i] + ".POLICE");
			agencies.add(a);
			jdbc.sql("INSERT INTO agency (id, name, country, kind, created_at) VALUES (?, ?, ?, 'POLICE', ?)")
				.params(a.value(), a.value(), a.value().substring(0, 2), t0).update();
		}
		Random random = new Random(42);
		String[] words = words(random);
		double[] zipf = new double[VOCABULARY];
		for (int i = 0; i < VOCABULARY; i++) {
			zipf[i] = (i == 0 ? 0 : zipf[i - 1]) + 1.0 / (i + 1);
		}
		double sum = zipf[VOCABULARY - 1];
		long writing = 0;
		for (int from = 0; from < n; from += 1000) {
			int batch = from;
			long start = System.nanoTime();
			tx.executeWithoutResult(s -> {
				for (int m = batch; m < Math.min(batch + 1000, n); m++) {
					String caseId = "case-" + m / 10;
					AgencyId a = agencies.get((m / 10) % AGENCIES);
					AgencyId b = agencies.get((m / 10 * 7 + 3) % AGENCIES == (m / 10) % AGENCIES ? ((m / 10) + 1) % AGENCIES
							: (m / 10 * 7 + 3) % AGENCIES);
					OffsetDateTime at = t0.plusSeconds(m);
					if (m % 10 == 0) {
						jdbc.sql("""
								INSERT INTO msg_case (id, reference, subject, owner, category, purpose, legal_basis, priority,
								  classification, tlp, handling_codes, status, created_by, created_at, last_message_at)
								VALUES (?, ?, ?, ?, 'PERSON', 'TERRORISM', 'AG', 'NORMAL', 'RESTRICTED', 'AMBER', '', 'OPEN', 'u', ?, ?)""")
							.params(caseId, caseId, text(random, zipf, sum, words, 5), a.value(), at, at).update();
						jdbc.sql("INSERT INTO msg_case_party (case_id, agency) VALUES (?, ?), (?, ?)")
							.params(caseId, a.value(), caseId, b.value()).update();
						index.subject(caseId, jdbc.sql("SELECT subject FROM msg_case WHERE id = ?").param(caseId).query(String.class).single(),
								List.of(a, b));
					}
					String body = text(random, zipf, sum, words, 30);
					jdbc.sql("INSERT INTO msg_message (id, case_id, message_type, from_agency, sent_by, body, sent_at) VALUES (?, ?, 'NOTIFICATION', ?, 'u', ?, ?)")
						.params("m-" + m, caseId, a.value(), body, at).update();
					jdbc.sql("INSERT INTO msg_recipient (message_id, agency, case_id, sent_at, delivered_at) VALUES (?, ?, ?, ?, ?)")
						.params("m-" + m, b.value(), caseId, at, at).update();
					long i0 = System.nanoTime();
					index.message(caseId, "m-" + m, body, List.of(a, b));
					indexing[0] += System.nanoTime() - i0;
				}
			});
			writing += System.nanoTime() - start;
		}
		if (pg) {
			jdbc.sql("ANALYZE").update();
		}
		System.out.printf("writing %.0f µs per message, of which indexing %.0f µs%n", writing / 1e3 / n, indexing[0] / 1e3 / n);
	}

	private void search(JdbcClient jdbc, boolean pg) {
		long n = jdbc.sql("SELECT COUNT(*) FROM msg_message").query(Long.class).single();
		long postings = jdbc.sql("SELECT COUNT(*) FROM msg_search_term").query(Long.class).single();
		System.out.printf("%s: %,d messages, %,d postings%n", pg ? "PostgreSQL" : "H2", n, postings);
		List<AgencyId> agencies = jdbc.sql("SELECT id FROM agency ORDER BY id").query((rs, i) -> AgencyId.of(rs.getString(1))).list();
		String[] words = words(new Random(42));
		CaseStore store = new CaseStore(jdbc);
		AgencyId me = agencies.get(0);
		Instant now = Instant.now();
		String[][] queries = { { words[5000] }, { words[3], words[4000] }, { words[1].substring(0, 3) + "*" }, { words[0] },
				{ words[0], words[1] } };
		for (String[] q : queries) {
			List<SearchIndex.Term> terms = SearchIndex.query(String.join(" ", q));
			long[] times = new long[200];
			int found = 0;
			for (int i = 0; i < times.length; i++) {
				long start = System.nanoTime();
				found = store.search(new CaseStore.Query(me, terms, null, null, null, null, now, now, 50, 0)).size();
				times[i] = System.nanoTime() - start;
			}
			Arrays.sort(times);
			long matching = jdbc.sql("SELECT COUNT(DISTINCT case_id) FROM msg_search_term WHERE agency = ? AND term = ?")
				.params(me.value(), terms.get(0).text()).query(Long.class).single();
			System.out.printf("  %-22s first term in %,6d of the agency's cases; page of %2d: p50 %.2f ms, p99 %.2f ms%n",
					String.join(" ", q), matching, found, times[100] / 1e6, times[197] / 1e6);
		}
	}

	private static String[] words(Random random) {
		String[] words = new String[VOCABULARY];
		for (int i = 0; i < VOCABULARY; i++) {
			words[i] = "w" + Integer.toString(i, 36) + (char) ('a' + random.nextInt(26));
		}
		return words;
	}

	private final long[] indexing = new long[1];

	private static String text(Random random, double[] zipf, double sum, String[] words, int count) {
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < count; i++) {
			int w = Arrays.binarySearch(zipf, random.nextDouble() * sum);
			s.append(words[w < 0 ? -w - 1 : w]).append(' ');
		}
		return s.toString();
	}
}
