package org.liaison.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.agency.Actor;
import org.liaison.agency.AgencyId;
import org.liaison.agency.Role;
import org.liaison.records.InformationCredibility;
import org.liaison.records.Markings;
import org.liaison.records.SourceReliability;
import org.liaison.support.Api;
import org.liaison.support.Fixtures;
import org.liaison.support.IntegrationTest;
import org.liaison.treaty.Classification;
import org.liaison.treaty.Purpose;
import org.liaison.treaty.Tlp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Issue 3's alert contract over HTTP: issue, review, visibility under the agreements, withdrawal, expiry. */
@RecordApplicationEvents
class AlertJourneyTest extends IntegrationTest {

	@Autowired
	Alerts alerts;

	@Autowired
	ApplicationEvents events;

	String owner;
	String partner;
	String outsider;
	String agreement;
	String officerName;
	Api officer;
	Api otherOfficer;
	Api reviewer;
	Api partnerOfficer;
	Api partnerReviewer;
	Api outsiderOfficer;

	@BeforeEach
	void parties() {
		String c1 = Fixtures.freshCountry();
		String c2 = Fixtures.freshCountry();
		owner = fixtures.agency(c1, "POLICE");
		partner = fixtures.agency(c2, "POLICE");
		outsider = fixtures.agency(Fixtures.freshCountry(), "POLICE");
		officerName = fixtures.user(owner, "OFFICER");
		officer = api.as(officerName, Fixtures.PASSWORD);
		otherOfficer = api.as(fixtures.user(owner, "OFFICER"), Fixtures.PASSWORD);
		reviewer = api.as(fixtures.user(owner, "REVIEWER"), Fixtures.PASSWORD);
		partnerOfficer = api.as(fixtures.user(partner, "OFFICER"), Fixtures.PASSWORD);
		partnerReviewer = api.as(fixtures.user(partner, "REVIEWER"), Fixtures.PASSWORD);
		outsiderOfficer = api.as(fixtures.user(outsider, "OFFICER"), Fixtures.PASSWORD);
		agreement = fixtures.agreement(c1, c2)
			.with("categories", List.of("PERSON", "VEHICLE"))
			.with("purposes", List.of("TERRORISM", "PROPERTY_CRIME"))
			.create();
	}

	Map<String, Object> personAlert(String summary) {
		Map<String, Object> body = Fixtures.alert("WANTED_PERSON", "Person",
				Map.of("name", List.of("Ivan Petrov"), "birthDate", List.of("1980-05-01"), "nationality", List.of("ru")),
				"ARREST", agreement);
		body.put("summary", summary);
		return body;
	}

	Map<String, Object> vehicleAlert() {
		Map<String, Object> body = personAlert("Stolen at night from a car park");
		body.put("type", "STOLEN_VEHICLE");
		body.put("subject", Map.of("schema", "Vehicle", "properties",
				Map.of("vin", List.of("WVWZZZ1JZXW000001"), "registrationNumber", List.of("B-AB 123"))));
		body.put("action", "SEIZE");
		body.put("purposes", List.of("PROPERTY_CRIME"));
		return body;
	}

	String create(Map<String, Object> body, String expectedStatus) {
		Api.Response r = officer.post("/api/v1/alerts", body);
		assertThat(r.status()).as(r.text()).isEqualTo(201);
		assertThat(r.at("/status")).isEqualTo(expectedStatus);
		return r.at("/id");
	}

	@Test
	void personAlertIsReviewedPublishedSeenByThePartnerOnlyAndWithdrawn() {
		String id = create(personAlert("Sought for a bombing"), "UNDER_REVIEW");
		assertThat(partnerOfficer.get("/api/v1/alerts/" + id).status()).as("not yet published").isEqualTo(404);

		Api.Response byOfficer = otherOfficer.post("/api/v1/alerts/" + id + "/review", Map.of("decision", "APPROVE"));
		assertThat(byOfficer.status()).isEqualTo(403);

		Api.Response approved = reviewer.post("/api/v1/alerts/" + id + "/review", Map.of("decision", "APPROVE"));
		assertThat(approved.status()).as(approved.text()).isEqualTo(200);
		assertThat(approved.at("/status")).isEqualTo("PUBLISHED");
		assertThat(approved.at("/reviewedBy")).isNotBlank();
		assertThat(reviewer.post("/api/v1/alerts/" + id + "/review", Map.of("decision", "APPROVE")).status())
			.as("a published alert is not reviewed again").isEqualTo(409);

		Api.Response seen = partnerOfficer.get("/api/v1/alerts/" + id);
		assertThat(seen.status()).as(seen.text()).isEqualTo(200);
		assertThat(seen.at("/subject")).isNull();
		assertThat(seen.at("/properties/name/0")).isEqualTo("Ivan Petrov");
		assertThat(seen.at("/owner")).isEqualTo(owner);
		assertThat(partnerOfficer.get("/api/v1/alerts?status=PUBLISHED").json().findValuesAsString("id")).contains(id);

		Api.Response hidden = outsiderOfficer.get("/api/v1/alerts/" + id);
		Api.Response missing = outsiderOfficer.get("/api/v1/alerts/00000000-0000-0000-0000-000000000000");
		assertThat(hidden.status()).isEqualTo(404);
		assertThat(withoutInstance(hidden)).isEqualTo(withoutInstance(missing));
		assertThat(outsiderOfficer.get("/api/v1/alerts").json().findValuesAsString("id")).doesNotContain(id);

		assertThat(partnerOfficer.post("/api/v1/alerts/" + id + "/withdraw", "").status()).isEqualTo(403);
		Api.Response outsiderWithdraw = outsiderOfficer.post("/api/v1/alerts/" + id + "/withdraw", "");
		assertThat(outsiderWithdraw.status()).isEqualTo(404);
		assertThat(withoutInstance(outsiderWithdraw))
			.isEqualTo(withoutInstance(outsiderOfficer.post("/api/v1/alerts/00000000-0000-0000-0000-000000000000/withdraw", "")));

		Api.Response withdrawn = otherOfficer.post("/api/v1/alerts/" + id + "/withdraw", "");
		assertThat(withdrawn.status()).as(withdrawn.text()).isEqualTo(200);
		assertThat(withdrawn.at("/status")).isEqualTo("WITHDRAWN");
		assertThat(partnerOfficer.get("/api/v1/alerts/" + id).status()).isEqualTo(404);
		assertThat(officer.get("/api/v1/alerts/" + id).at("/status")).isEqualTo("WITHDRAWN");
		assertThat(officer.post("/api/v1/alerts/" + id + "/withdraw", "").status()).isEqualTo(409);
		assertThat(auditCount("alert.withdraw", id, "WITHDRAWN")).isEqualTo(1);
		assertThat(auditCount("alert.withdraw", id, "NOT_FOUND")).as("the outsider's attempt").isEqualTo(1);
		assertThat(auditCount("alert.read", id, "NOT_FOUND")).as("partner before publication, outsider, partner after")
			.isEqualTo(3);
	}

	@Test
	void reviewerOfAnotherAgencyMayRefuseWithAReasonOnly() {
		String id = create(personAlert("Member of the political opposition"), "UNDER_REVIEW");
		assertThat(officer.get("/api/v1/alerts/" + id).json().get("flags").toString()).contains("article-3:political",
				"article-3:opposition");
		assertThat(partnerReviewer.get("/api/v1/alerts?status=UNDER_REVIEW").json().findValuesAsString("id")).contains(id);

		Api.Response noReason = partnerReviewer.post("/api/v1/alerts/" + id + "/review", Map.of("decision", "REFUSE"));
		assertThat(noReason.status()).isEqualTo(400);
		Api.Response refused = partnerReviewer.post("/api/v1/alerts/" + id + "/review",
				Map.of("decision", "REFUSE", "reason", "Article 3: political character"));
		assertThat(refused.status()).as(refused.text()).isEqualTo(200);
		assertThat(refused.at("/status")).isEqualTo("REFUSED");
		assertThat(refused.at("/reviewReason")).isEqualTo("Article 3: political character");
		assertThat(partnerOfficer.get("/api/v1/alerts/" + id).status()).isEqualTo(404);
	}

	@Test
	void nobodyReviewsAnAlertTheyIssued() {
		Api both = api.as(fixtures.user(owner, "OFFICER", "REVIEWER"), Fixtures.PASSWORD);
		Api.Response created = both.post("/api/v1/alerts", personAlert("Sought for a bombing"));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		String id = created.at("/id");
		assertThat(both.post("/api/v1/alerts/" + id + "/review", Map.of("decision", "APPROVE")).status()).isEqualTo(403);
		assertThat(reviewer.post("/api/v1/alerts/" + id + "/review", Map.of("decision", "APPROVE")).at("/status"))
			.isEqualTo("PUBLISHED");
	}

	@Test
	void vehicleAlertPublishesDirectlyAndExpiresOnTime() {
		String id = create(vehicleAlert(), "PUBLISHED");
		assertThat(partnerOfficer.get("/api/v1/alerts/" + id).status()).isEqualTo(200);

		jdbc.sql("UPDATE alert SET expires_at = ? WHERE id = ?")
			.params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), id)
			.update();
		alerts.expireDue();

		assertThat(officer.get("/api/v1/alerts/" + id).at("/status")).isEqualTo("EXPIRED");
		assertThat(partnerOfficer.get("/api/v1/alerts/" + id).status()).isEqualTo(404);
		assertThat(auditCount("alert.expire", id, "EXPIRED")).isEqualTo(1);
		assertThat(events.stream(AlertExpired.class).filter(e -> e.alertId().toString().equals(id))).hasSize(1);
	}

	/** Events are recorded on the test's thread only, so this test calls the service itself. */
	@Test
	void publicationAndWithdrawalAreAnnouncedForScreening() {
		Actor actor = new Actor(officerName, AgencyId.of(owner), Set.of(Role.OFFICER));
		NewAlert vehicle = new NewAlert(AlertType.STOLEN_VEHICLE, "Vehicle", Map.of("vin", List.of("WVWZZZ1JZXW000002")),
				RequestedAction.SEIZE, Set.of(Purpose.PROPERTY_CRIME), agreement, LocalDate.now().plusMonths(6),
				Instant.now().plus(Duration.ofDays(365)), new Markings(Classification.RESTRICTED, Tlp.AMBER, Set.of(), null,
						SourceReliability.B, InformationCredibility.of("2")), null);
		Alert alert = alerts.create(actor, vehicle);
		assertThat(events.stream(AlertPublished.class).filter(e -> e.alertId().equals(alert.id())))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.owner().value()).isEqualTo(owner);
				assertThat(e.type()).isEqualTo(AlertType.STOLEN_VEHICLE);
			});
		alerts.withdraw(actor, alert.id().toString());
		assertThat(events.stream(AlertWithdrawn.class).filter(e -> e.alertId().equals(alert.id()))).hasSize(1);
	}

	@Test
	void acceptsAnExpiryDateTimeWithOffset() {
		Map<String, Object> body = vehicleAlert();
		body.put("expiresAt", LocalDate.now().plusYears(1) + "T12:30:00+02:00");
		Api.Response r = officer.post("/api/v1/alerts", body);
		assertThat(r.status()).as(r.text()).isEqualTo(201);
		assertThat(r.at("/expiresAt")).startsWith(LocalDate.now().plusYears(1) + "T10:30:00");
	}

	@Test
	void badInputIsRefusedAndStoresNothing() {
		long before = ownAlerts();
		Map<String, Object> noBasis = personAlert("x");
		noBasis.remove("legalBasis");
		expectBadRequest(noBasis, "alert-legal-basis");

		Map<String, Object> notCovering = personAlert("x");
		notCovering.put("purposes", List.of("FRAUD"));
		expectBadRequest(notCovering, "alert-legal-basis");

		Map<String, Object> unknownAgreement = personAlert("x");
		unknownAgreement.put("legalBasis", "NO-SUCH-AGREEMENT");
		expectBadRequest(unknownAgreement, "alert-legal-basis");

		Map<String, Object> badDate = personAlert("x");
		badDate.put("reviewDate", "2023-02-30");
		expectBadRequest(badDate, "invalid-field");

		Map<String, Object> badExpiry = personAlert("x");
		badExpiry.put("expiresAt", "2023-02-30");
		expectBadRequest(badExpiry, "invalid-field");

		Map<String, Object> badType = personAlert("x");
		badType.put("type", "PURPLE_UNICORN");
		expectBadRequest(badType, "invalid-field");

		Map<String, Object> noBirthData = personAlert("x");
		noBirthData.put("subject", Map.of("schema", "Person", "properties", Map.of("name", List.of("Ivan Petrov"))));
		expectBadRequest(noBirthData, "invalid-field");

		assertThat(reviewer.post("/api/v1/alerts", personAlert("x")).status()).as("only officers issue alerts")
			.isEqualTo(403);
		assertThat(ownAlerts()).isEqualTo(before);
	}

	private void expectBadRequest(Map<String, Object> body, String slug) {
		Api.Response r = officer.post("/api/v1/alerts", body);
		assertThat(r.status()).as(r.text()).isEqualTo(400);
		assertThat(r.at("/type")).isEqualTo("urn:liaison:problem:" + slug);
	}

	private long ownAlerts() {
		return jdbc.sql("SELECT COUNT(*) FROM alert WHERE owner = ?").param(owner).query(Long.class).single();
	}

	private long auditCount(String action, String id, String outcome) {
		auditLog.seal();
		return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND subject_id = ? AND outcome = ?")
			.params(action, id, outcome)
			.query(Long.class)
			.single();
	}

	private static JsonNode withoutInstance(Api.Response r) {
		ObjectNode copy = (ObjectNode) r.json().deepCopy();
		copy.remove("instance");
		return copy;
	}
}
