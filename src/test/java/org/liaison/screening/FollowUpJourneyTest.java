package org.liaison.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.support.Api;
import org.liaison.support.Fixtures;
import org.liaison.support.IntegrationTest;

/** Issue 3's follow-up over HTTP: the owner answers a hit once, the asker reads the answer, nobody else sees it. */
class FollowUpJourneyTest extends IntegrationTest {

	String owner;
	String partner;
	String ownerOfficerName;
	Api ownerOfficer;
	Api ownerReviewer;
	Api partnerOfficer;
	Api outsiderOfficer;
	String alert;
	Map<String, Object> query;

	@BeforeEach
	void aHit() {
		String c1 = Fixtures.freshCountry();
		String c2 = Fixtures.freshCountry();
		owner = fixtures.agency(c1, "POLICE");
		partner = fixtures.agency(c2, "BORDER");
		ownerOfficerName = fixtures.user(owner, "OFFICER");
		ownerOfficer = api.as(ownerOfficerName, Fixtures.PASSWORD);
		ownerReviewer = api.as(fixtures.user(owner, "REVIEWER"), Fixtures.PASSWORD);
		partnerOfficer = api.as(fixtures.user(partner, "OFFICER"), Fixtures.PASSWORD);
		outsiderOfficer = api.as(fixtures.user(fixtures.agency(Fixtures.freshCountry(), "POLICE"), "OFFICER"),
				Fixtures.PASSWORD);
		String agreement = fixtures.agreement(c1, c2).create();
		Api.Response created = ownerOfficer.post("/api/v1/alerts", Fixtures.alert("WANTED_PERSON", "Person",
				Map.of("name", List.of("Teodor Vasquez-Lindqvist"), "birthDate", List.of("1969-11-02")), "ARREST", agreement));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		alert = created.at("/id");
		assertThat(ownerReviewer.post("/api/v1/alerts/" + alert + "/review", Map.of("decision", "APPROVE")).status())
			.isEqualTo(200);
		query = Map.of("subject", Map.of("schema", "Person", "properties",
				Map.of("name", List.of("Teodor Vasquez-Lindqvist"), "birthDate", List.of("1969-11-02"))));
		assertThat(partnerOfficer.post("/api/v1/screening", query).at("/result")).isEqualTo("HIT");
	}

	String theHit() {
		Api.Response hits = ownerOfficer.get("/api/v1/alerts/" + alert + "/hits");
		assertThat(hits.status()).as(hits.text()).isEqualTo(200);
		return hits.at("/0/id");
	}

	@Test
	void theOwnerAnswersOnceAndTheAskerReadsTheAnswer() {
		Api.Response open = ownerOfficer.get("/api/v1/screening/follow-ups");
		assertThat(open.status()).as(open.text()).isEqualTo(200);
		assertThat(open.json().findValuesAsString("alert")).containsExactly(alert);
		assertThat(open.at("/0/asker")).isEqualTo(partner);
		String hit = theHit();

		Api.Response answered = ownerOfficer.post("/api/v1/alerts/" + alert + "/hits/" + hit + "/follow-up",
				Map.of("answer", "Confirmed: arrest warrant valid, please detain and call +49 30 000."));
		assertThat(answered.status()).as(answered.text()).isEqualTo(200);
		assertThat(answered.at("/answer")).isEqualTo("Confirmed: arrest warrant valid, please detain and call +49 30 000.");
		assertThat(answered.at("/answeredBy")).isEqualTo(ownerOfficerName);
		assertThat(answered.at("/answeredAt")).isNotBlank();
		assertThat(answered.at("/overdue")).isEqualTo("false");

		Api.Response again = ownerOfficer.post("/api/v1/alerts/" + alert + "/hits/" + hit + "/follow-up",
				Map.of("answer", "Second thoughts"));
		assertThat(again.status()).as(again.text()).isEqualTo(409);
		assertThat(again.at("/type")).isEqualTo("urn:liaison:problem:invalid-state");
		assertThat(ownerOfficer.get("/api/v1/alerts/" + alert + "/hits").at("/0/answer")).as("the first answer stands")
			.startsWith("Confirmed");
		assertThat(ownerOfficer.get("/api/v1/screening/follow-ups").json().findValuesAsString("alert")).doesNotContain(alert);

		Api.Response asked = partnerOfficer.get("/api/v1/screening/hits");
		assertThat(asked.status()).as(asked.text()).isEqualTo(200);
		assertThat(asked.json().size()).isEqualTo(1);
		assertThat(asked.at("/0/alert")).isEqualTo(alert);
		assertThat(asked.at("/0/owner")).isEqualTo(owner);
		assertThat(asked.at("/0/answer")).startsWith("Confirmed");
		assertThat(outsiderOfficer.get("/api/v1/screening/hits").json().size()).as("only its own hits").isZero();

		auditLog.seal();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'screening.follow-up.answer' AND subject_id = ? AND outcome = 'ANSWERED'")
			.param(hit)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void nobodyButTheOwnersOfficerAnswersAndOthersCannotTellTheHitExists() {
		String hit = theHit();
		String path = "/api/v1/alerts/" + alert + "/hits/" + hit + "/follow-up";
		Map<String, String> body = Map.of("answer", "Not ours to answer");
		Api.Response byAsker = partnerOfficer.post(path, body);
		Api.Response byOutsider = outsiderOfficer.post(path, body);
		Api.Response unknown = partnerOfficer.post("/api/v1/alerts/" + alert + "/hits/" + java.util.UUID.randomUUID() + "/follow-up", body);
		Api.Response unknownAlert = outsiderOfficer.post("/api/v1/alerts/" + java.util.UUID.randomUUID() + "/hits/" + hit
				+ "/follow-up", body);
		for (Api.Response r : List.of(byAsker, byOutsider, unknown, unknownAlert)) {
			assertThat(r.status()).as(r.text()).isEqualTo(404);
			assertThat(r.at("/type")).isEqualTo(byAsker.at("/type"));
			assertThat(r.at("/detail")).isEqualTo(byAsker.at("/detail"));
		}
		assertThat(ownerReviewer.post(path, body).status()).as("officers answer").isEqualTo(403);
		assertThat(ownerOfficer.post(path, Map.of("answer", " ")).status()).isEqualTo(400);
		Api.Response control = ownerOfficer.post(path, Map.of("answer", "bell\u0007"));
		assertThat(control.status()).isEqualTo(400);
		assertThat(control.at("/field")).isEqualTo("answer");
		assertThat(ownerOfficer.post(path, Map.of("answer", "x".repeat(4001))).status()).isEqualTo(400);
		assertThat(ownerOfficer.get("/api/v1/alerts/" + alert + "/hits").at("/0/answer")).as("nothing stored").isNull();
	}

	@Test
	void anUnansweredFollowUpBecomesOverdueAfterTwelveHours() {
		String hit = theHit();
		jdbc.sql("UPDATE screening_hit SET at = ?, follow_up_due = ? WHERE id = ?")
			.params(OffsetDateTime.now(ZoneOffset.UTC).minusHours(13), OffsetDateTime.now(ZoneOffset.UTC).minusHours(1), hit)
			.update();
		assertThat(ownerOfficer.get("/api/v1/alerts/" + alert + "/hits").at("/0/overdue")).isEqualTo("true");
		assertThat(partnerOfficer.get("/api/v1/screening/hits").at("/0/overdue")).isEqualTo("true");
		Api.Response late = ownerOfficer.post("/api/v1/alerts/" + alert + "/hits/" + hit + "/follow-up",
				Map.of("answer", "Sorry for the delay: confirmed."));
		assertThat(late.status()).as(late.text()).isEqualTo(200);
		assertThat(late.at("/overdue")).as("answered, even late, is no longer overdue").isEqualTo("false");
	}
}
