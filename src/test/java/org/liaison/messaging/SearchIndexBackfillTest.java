package org.liaison.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The full-text index is filled, by migration V29, with the cases and messages stored before it existed. */
class SearchIndexBackfillTest {

	@Test
	void casesAndMessagesStoredBeforeTheIndexAreFoundForTheirPartiesOnly() {
		String pg = System.getenv("LIAISON_TEST_PG");
		String schema = "backfill_" + UUID.randomUUID().toString().substring(0, 8);
		DriverManagerDataSource db = pg == null ? new DriverManagerDataSource("jdbc:h2:mem:" + schema
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "")
				: new DriverManagerDataSource(pg + (pg.contains("?") ? "&" : "?") + "currentSchema=" + schema,
						System.getenv().getOrDefault("LIAISON_TEST_PG_USER", "postgres"), "");
		JdbcClient jdbc = JdbcClient.create(db);
		if (pg != null) {
			jdbc.sql("CREATE SCHEMA " + schema).update();
		}
		try {
			migrateWithOldData(db, jdbc);
		}
		finally {
			if (pg != null) {
				jdbc.sql("DROP SCHEMA " + schema + " CASCADE").update();
			}
		}
	}

	private void migrateWithOldData(DriverManagerDataSource db, JdbcClient jdbc) {
		Flyway.configure().dataSource(db).locations("classpath:db/migration").target("28").load().migrate();
		OffsetDateTime now = OffsetDateTime.now();
		for (String a : new String[] { "DE.BKA", "FR.DGPN", "ES.CNP" }) {
			jdbc.sql("INSERT INTO agency (id, name, country, kind, created_at) VALUES (?, ?, ?, 'POLICE', ?)")
				.params(a, a, a.substring(0, 2), now).update();
		}
		jdbc.sql("""
				INSERT INTO msg_case (id, reference, subject, owner, category, purpose, legal_basis, priority, classification, tlp,
				  handling_codes, status, created_by, created_at, last_message_at)
				VALUES ('c1', 'DE.BKA-1', 'Convoy near Zürich', 'DE.BKA', 'PERSON', 'TERRORISM', 'AG', 'HIGH', 'RESTRICTED',
				  'AMBER', '', 'OPEN', 'u', ?, ?)""").params(now, now).update();
		for (String a : new String[] { "DE.BKA", "FR.DGPN", "ES.CNP" }) {
			jdbc.sql("INSERT INTO msg_case_party (case_id, agency) VALUES ('c1', ?)").param(a).update();
		}
		jdbc.sql("""
				INSERT INTO msg_message (id, case_id, message_type, from_agency, sent_by, body, sent_at)
				VALUES ('m1', 'c1', 'NOTIFICATION', 'DE.BKA', 'u', 'Seen with MÜLLER, Müller!', ?)""").param(now).update();
		jdbc.sql("""
				INSERT INTO msg_recipient (message_id, agency, case_id, sent_at, delivered_at)
				VALUES ('m1', 'FR.DGPN', 'c1', ?, ?)""").params(now, now).update();

		Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();

		assertThat(jdbc.sql("SELECT agency FROM msg_search_term WHERE term = 'zurich' ORDER BY agency").query(String.class).list())
			.containsExactly("DE.BKA", "ES.CNP", "FR.DGPN");
		assertThat(jdbc.sql("SELECT agency FROM msg_search_term WHERE term = 'muller' ORDER BY agency").query(String.class).list())
			.as("the message for its sender and recipient, not for the third party").containsExactly("DE.BKA", "FR.DGPN");
		assertThat(jdbc.sql("SELECT weight FROM msg_search_term WHERE term = 'muller' AND agency = 'FR.DGPN'").query(Integer.class)
			.single()).isEqualTo(2);
	}
}
