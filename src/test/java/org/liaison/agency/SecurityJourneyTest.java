package org.liaison.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.liaison.support.Api;
import org.liaison.support.Fixtures;
import org.liaison.support.IntegrationTest;

/** Authentication, lockout, tokens and authorisation by role and agency, over HTTP. */
class SecurityJourneyTest extends IntegrationTest {

	private long failuresOf(String username) {
		auditLog.seal();
		return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'login.failure' AND actor = ?")
			.param(username).query(Long.class).single();
	}

	@Test
	void everyApiCallNeedsCredentials() {
		Api.Response r = api.anonymous().get("/api/v1/agencies");
		assertThat(r.status()).isEqualTo(401);
		assertThat(r.contentType()).contains("application/problem+json");
		assertThat(r.at("/type")).isEqualTo("urn:liaison:problem:unauthenticated");
		assertThat(api.anonymous().get("/actuator/health").text()).contains("\"status\":\"UP\"");
	}

	@Test
	void wrongPasswordIsRefusedAndAudited() {
		String agency = fixtures.agency(Fixtures.freshCountry(), "POLICE");
		String user = fixtures.user(agency, "OFFICER");
		assertThat(api.as(user, "not-the-password").get("/api/v1/me").status()).isEqualTo(401);
		assertThat(api.as("nobody-" + user, "whatever-pass").get("/api/v1/me").status()).isEqualTo(401);
		assertThat(failuresOf(user)).isEqualTo(1);
		assertThat(failuresOf("nobody-" + user)).isEqualTo(1);
		assertThat(api.as(user, Fixtures.PASSWORD).get("/api/v1/me").at("/agency")).isEqualTo(agency);
	}

	@Test
	void fiveFailuresInARowLockTheAccountEvenForTheRightPassword() {
		String agency = fixtures.agency(Fixtures.freshCountry(), "POLICE");
		String user = fixtures.user(agency, "OFFICER");
		for (int i = 0; i < 5; i++) {
			assertThat(api.as(user, "wrong-password-" + i).get("/api/v1/me").status()).isEqualTo(401);
		}
		assertThat(api.as(user, Fixtures.PASSWORD).get("/api/v1/me").status()).isEqualTo(401);
		assertThat(jdbc.sql("SELECT locked_until FROM user_account WHERE username = ?").param(user).query().singleValue())
			.isNotNull();
		jdbc.sql("UPDATE user_account SET locked_until = NULL WHERE username = ?").param(user).update();
		assertThat(api.as(user, Fixtures.PASSWORD).get("/api/v1/me").status()).isEqualTo(200);
	}

	@Test
	void personalTokensAuthenticateUntilRevokedAndAreStoredHashed() {
		String agency = fixtures.agency(Fixtures.freshCountry(), "POLICE");
		Api officer = api.as(fixtures.user(agency, "OFFICER"), Fixtures.PASSWORD);
		Api.Response issued = officer.post("/api/v1/me/tokens", Map.of("name", "script"));
		assertThat(issued.status()).isEqualTo(201);
		String secret = issued.at("/secret");
		assertThat(secret).startsWith("lia_");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = ?").param(secret).query(Long.class).single())
			.as("the secret itself is never stored").isZero();
		assertThat(api.bearer(secret).get("/api/v1/me").at("/agency")).isEqualTo(agency);
		assertThat(officer.get("/api/v1/me/tokens").text()).doesNotContain(secret);
		assertThat(officer.delete("/api/v1/me/tokens/" + issued.at("/id")).status()).isEqualTo(204);
		assertThat(api.bearer(secret).get("/api/v1/me").status()).isEqualTo(401);
		assertThat(api.bearer("lia_forged").get("/api/v1/me").status()).isEqualTo(401);
	}

	@Test
	void rolesDecideWhoAdministers() {
		String country = Fixtures.freshCountry();
		String other = Fixtures.freshCountry();
		String agency = fixtures.agency(country, "POLICE");
		Api officer = api.as(fixtures.user(agency, "OFFICER"), Fixtures.PASSWORD);
		Api treaty = api.as(fixtures.user(agency, "TREATY_ADMIN"), Fixtures.PASSWORD);
		assertThat(officer.post("/api/v1/agencies", Map.of("id", other + ".X", "name", "x", "country", other, "kind", "POLICE"))
			.status()).isEqualTo(403);
		assertThat(officer.post("/api/v1/agreements", fixtures.agreement(country, other).body).status()).isEqualTo(403);
		assertThat(treaty.post("/api/v1/agreements", fixtures.agreement(other, Fixtures.freshCountry()).body).status())
			.as("a treaty admin manages only its own country's agreements").isEqualTo(403);
		Api.Response own = treaty.post("/api/v1/agreements", fixtures.agreement(country, other).body);
		assertThat(own.status()).as(own.text()).isEqualTo(201);
		assertThat(officer.post("/api/v1/agreements/" + own.at("/id") + "/suspend", "").status()).isEqualTo(403);
	}

	@Test
	void aUserActsOnlyForItsOwnAgency() {
		String mine = fixtures.agency(Fixtures.freshCountry(), "POLICE");
		String theirs = fixtures.agency(Fixtures.freshCountry(), "POLICE");
		Api officer = api.as(fixtures.user(mine, "OFFICER"), Fixtures.PASSWORD);
		Map<String, Object> body = new java.util.LinkedHashMap<>(Fixtures.person("A Person", "GREEN", "RESTRICTED", List.of()));
		body.put("originator", theirs);
		assertThat(officer.post("/api/v1/records", body).status()).isEqualTo(403);
		assertThat(officer.post("/api/v1/decisions/dry-run", Map.of("from", theirs, "to", mine, "purpose", "TERRORISM",
				"category", "PERSON", "markings", Map.of("classification", "RESTRICTED", "tlp", "GREEN"))).status())
			.isEqualTo(403);
	}

	@Test
	void ngoUsersHoldOnlyTheNgoRole() {
		String ngo = fixtures.agency("NGO", "NGO");
		Api.Response r = admin.post("/api/v1/agencies/" + ngo + "/users",
				Map.of("username", Fixtures.unique("ngo").toLowerCase(), "password", Fixtures.PASSWORD, "roles", List.of("OFFICER")));
		assertThat(r.status()).isEqualTo(400);
		assertThat(fixtures.user(ngo, "NGO_MEMBER")).isNotBlank();
	}
}
