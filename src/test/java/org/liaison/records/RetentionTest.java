package org.liaison.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.liaison.support.Api;
import org.liaison.support.Fixtures;
import org.liaison.support.IntegrationTest;

/**
 * The retention job erases what is past its retention, audited. Time is moved by setting the stored
 * retention dates into the past, as the passing of days would.
 */
class RetentionTest extends IntegrationTest {

	@Test
	void purgesExpiredDisclosuresAndRecordsAndAuditsEachErasure() {
		String c1 = Fixtures.freshCountry();
		String c2 = Fixtures.freshCountry();
		String from = fixtures.agency(c1, "POLICE");
		String to = fixtures.agency(c2, "POLICE");
		fixtures.agreement(c1, c2).create();
		Api officer = api.as(fixtures.user(from, "OFFICER"), Fixtures.PASSWORD);
		Api recipient = api.as(fixtures.user(to, "OFFICER"), Fixtures.PASSWORD);
		String kept = officer.post("/api/v1/records", Fixtures.person("Kept Person", "GREEN", "RESTRICTED", List.of())).at("/id");
		String expiring = officer.post("/api/v1/records", Fixtures.person("Old Person", "GREEN", "RESTRICTED", List.of())).at("/id");
		assertThat(officer.post("/api/v1/records/" + kept + "/disclosures", Map.of("to", to, "purpose", "TERRORISM")).status())
			.isEqualTo(201);
		LocalDate yesterday = LocalDate.now().minusDays(1);
		jdbc.sql("UPDATE disclosure SET retention_until = ? WHERE record_id = ?").params(yesterday, kept).update();
		jdbc.sql("UPDATE record SET retention_until = ? WHERE id = ?").params(yesterday, expiring).update();

		assertThat(recipient.get("/api/v1/records/" + kept).status()).as("past its retention, a disclosure no longer shows")
			.isEqualTo(404);
		assertThat(officer.post("/api/v1/retention/purge", "").status()).as("NODE_ADMIN only").isEqualTo(403);
		Api.Response purged = admin.post("/api/v1/retention/purge", "");
		assertThat(purged.status()).isEqualTo(200);
		assertThat(purged.json().get("records").asInt()).isGreaterThanOrEqualTo(1);
		assertThat(purged.json().get("disclosures").asInt()).isGreaterThanOrEqualTo(1);

		assertThat(officer.get("/api/v1/records/" + expiring).status()).isEqualTo(404);
		assertThat(officer.get("/api/v1/records/" + kept).status()).isEqualTo(200);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM disclosure WHERE record_id = ?").param(kept).query(Long.class).single()).isZero();
		auditLog.seal();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'record.purge' AND subject_id = ?").param(expiring)
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'disclosure.purge' AND subject_id = ?").param(kept)
			.query(Long.class).single()).isEqualTo(1);
	}
}
