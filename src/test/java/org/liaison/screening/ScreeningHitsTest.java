package org.liaison.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.liaison.support.Api;
import org.liaison.support.Fixtures;
import org.liaison.support.IntegrationTest;

/** Issue 3's hit follow-up and false positives over HTTP. */
class ScreeningHitsTest extends IntegrationTest {

	@Test
	void hitsAreListedForTheOwnerAndFalsePositivesSilenceOnlyTheMarkingAgency() {
		String c1 = Fixtures.freshCountry();
		String c2 = Fixtures.freshCountry();
		String c3 = Fixtures.freshCountry();
		String owner = fixtures.agency(c1, "POLICE");
		String partner = fixtures.agency(c2, "POLICE");
		String third = fixtures.agency(c3, "POLICE");
		Api officer = api.as(fixtures.user(owner, "OFFICER"), Fixtures.PASSWORD);
		Api reviewer = api.as(fixtures.user(owner, "REVIEWER"), Fixtures.PASSWORD);
		Api partnerOfficer = api.as(fixtures.user(partner, "OFFICER"), Fixtures.PASSWORD);
		Api partnerReviewer = api.as(fixtures.user(partner, "REVIEWER"), Fixtures.PASSWORD);
		Api thirdOfficer = api.as(fixtures.user(third, "OFFICER"), Fixtures.PASSWORD);
		String agreement = fixtures.agreement(c1, c2, c3)
			.with("categories", List.of("PERSON"))
			.with("purposes", List.of("TERRORISM"))
			.create();

		Map<String, Object> body = Fixtures.alert("WANTED_PERSON", "Person",
				Map.of("name", List.of("Radovan Kestrelski-Moravec"), "birthDate", List.of("1975-09-21")), "ARREST", agreement);
		Api.Response created = officer.post("/api/v1/alerts", body);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		String id = created.at("/id");
		assertThat(reviewer.post("/api/v1/alerts/" + id + "/review", Map.of("decision", "APPROVE")).status()).isEqualTo(200);

		Map<String, Object> subject = Map.of("schema", "Person", "properties",
				Map.of("name", List.of("Radovan Kestrelski-Moravec"), "birthDate", List.of("1975-09-21")));
		Map<String, Object> query = Map.of("subject", subject);

		Api.Response hit = partnerOfficer.post("/api/v1/screening", query);
		assertThat(hit.status()).as(hit.text()).isEqualTo(200);
		assertThat(hit.at("/result")).isEqualTo("HIT");
		assertThat(hit.at("/hits/0/alert")).isEqualTo(id);

		Api.Response hits = officer.get("/api/v1/alerts/" + id + "/hits");
		assertThat(hits.status()).as(hits.text()).isEqualTo(200);
		assertThat(hits.json().size()).isEqualTo(1);
		assertThat(hits.at("/0/asker")).isEqualTo(partner);
		assertThat(hits.json().at("/0/score").asDouble()).isBetween(0.8, 1.0);
		assertThat(hits.at("/0/overdue")).isEqualTo("false");
		Instant at = Instant.parse(hits.at("/0/at"));
		Instant due = Instant.parse(hits.at("/0/followUpDue"));
		assertThat(Duration.between(at, due)).isEqualTo(Duration.ofHours(12));

		Api.Response notOwner = partnerOfficer.get("/api/v1/alerts/" + id + "/hits");
		assertThat(notOwner.status()).isEqualTo(404);
		Api.Response unknown = partnerOfficer.get("/api/v1/alerts/" + java.util.UUID.randomUUID() + "/hits");
		assertThat(unknown.status()).isEqualTo(404);
		for (String field : List.of("/type", "/title", "/detail")) {
			assertThat(notOwner.at(field)).as(field).isEqualTo(unknown.at(field));
		}

		assertThat(thirdOfficer.post("/api/v1/screening/false-positives", Map.of("alert", id, "subject", subject)).status())
			.as("the third agency never got a hit").isEqualTo(404);
		assertThat(partnerReviewer.post("/api/v1/screening/false-positives", Map.of("alert", id, "subject", subject))
			.status()).as("officers mark").isEqualTo(403);
		Api.Response marked = partnerOfficer.post("/api/v1/screening/false-positives", Map.of("alert", id, "subject", subject));
		assertThat(marked.status()).as(marked.text()).isEqualTo(201);
		String mark = marked.at("/id");

		Api.Response silenced = partnerOfficer.post("/api/v1/screening", query);
		assertThat(silenced.at("/result")).as(silenced.text()).isEqualTo("NO_HIT");
		Api.Response other = thirdOfficer.post("/api/v1/screening", query);
		assertThat(other.at("/result")).as(other.text()).isEqualTo("HIT");
		assertThat(other.at("/hits/0/alert")).isEqualTo(id);

		assertThat(thirdOfficer.delete("/api/v1/screening/false-positives/" + mark).status()).as("not its mark")
			.isEqualTo(404);
		assertThat(partnerOfficer.delete("/api/v1/screening/false-positives/" + mark).status()).isEqualTo(204);
		Api.Response again = partnerOfficer.post("/api/v1/screening", query);
		assertThat(again.at("/result")).as(again.text()).isEqualTo("HIT");

		Api.Response after = officer.get("/api/v1/alerts/" + id + "/hits");
		assertThat(after.json().findValuesAsString("asker")).containsExactly(partner, third, partner);

		auditLog.seal();
		List<String> actions = jdbc.sql("SELECT action FROM audit_entry WHERE agency = ? ORDER BY seq")
			.param(partner)
			.query(String.class)
			.list();
		assertThat(actions).contains("screening.false-positive.mark", "screening.false-positive.unmark");
		List<String> suppressed = jdbc.sql("SELECT detail FROM audit_entry WHERE action = 'screening.query' AND agency = ?")
			.param(partner)
			.query(String.class)
			.list();
		assertThat(suppressed).anyMatch(d -> d.matches(".*\"suppressed\":\"?1\"?.*"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'screening.hits.read' AND agency = ?")
			.param(owner)
			.query(Long.class)
			.single()).isEqualTo(2);
	}
}
