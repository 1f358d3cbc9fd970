package org.liaison.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.liaison.support.Api;
import org.liaison.support.Fixtures;
import org.liaison.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Changing one stored entry with SQL makes verification fail at exactly that entry. The test repairs
 * what it broke, since the suite shares one database.
 */
class AuditTamperTest extends IntegrationTest {

	@Autowired
	AuditLog audit;

	@Test
	void verificationThroughTheApiIsValidAndNeedsTheAuditorRole() {
		String agency = fixtures.agency(Fixtures.freshCountry(), "POLICE");
		Api auditor = api.as(fixtures.user(agency, "AUDITOR"), Fixtures.PASSWORD);
		Api officer = api.as(fixtures.user(agency, "OFFICER"), Fixtures.PASSWORD);
		Api.Response v = auditor.get("/api/v1/audit/verify");
		assertThat(v.status()).as(v.text()).isEqualTo(200);
		assertThat(v.json().get("valid").asBoolean()).isTrue();
		assertThat(v.json().get("entries").asLong()).isPositive();
		assertThat(officer.get("/api/v1/audit/verify").status()).isEqualTo(403);
		assertThat(officer.get("/api/v1/audit").status()).isEqualTo(403);
		for (int i = 0; i < 3; i++) {
			assertThat(officer.post("/api/v1/records", Fixtures.person("Test Person", "GREEN", "RESTRICTED", java.util.List.of()))
				.status()).isEqualTo(201);
		}
		Api.Response page = auditor.get("/api/v1/audit?size=2");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.json().get("entries").size()).isEqualTo(2);
		assertThat(page.json().get("entries").findValuesAsString("agency")).containsOnly(agency);
		assertThat(page.json().get("entries").findValuesAsString("action")).containsOnly("record.create");
	}

	@Test
	synchronized void changingOneEntryWithSqlBreaksVerificationAtThatEntry() {
		fixtures.agency(Fixtures.freshCountry(), "CUSTOMS");
		long target = audit.size() - 1;
		String original = jdbc.sql("SELECT outcome FROM audit_entry WHERE seq = ?").param(target).query(String.class).single();
		try {
			jdbc.sql("UPDATE audit_entry SET outcome = 'FORGED' WHERE seq = ?").param(target).update();
			AuditVerification v = audit.verify();
			assertThat(v.valid()).isFalse();
			assertThat(v.firstBrokenEntry()).isEqualTo(target);
		}
		finally {
			jdbc.sql("UPDATE audit_entry SET outcome = ? WHERE seq = ?").params(original, target).update();
		}
		assertThat(audit.verify().valid()).isTrue();
	}

	@Test
	void deletingAnEntryIsDetected() {
		fixtures.agency(Fixtures.freshCountry(), "CUSTOMS");
		long target = audit.size() - 1;
		var row = jdbc.sql("SELECT * FROM audit_entry WHERE seq = ?").param(target).query().singleRow();
		try {
			jdbc.sql("DELETE FROM audit_entry WHERE seq = ?").param(target).update();
			AuditVerification v = audit.verify();
			assertThat(v.valid()).isFalse();
			assertThat(v.firstBrokenEntry()).isEqualTo(target);
		}
		finally {
			jdbc.sql("INSERT INTO audit_entry (seq, at, actor, agency, action, subject_type, subject_id, outcome, purpose, legal_basis, detail, prev_hash, hash) VALUES (:seq, :at, :actor, :agency, :action, :subject_type, :subject_id, :outcome, :purpose, :legal_basis, :detail, :prev_hash, :hash)")
				.params(row)
				.update();
		}
	}
}
