package org.liaison.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.support.Api;
import org.liaison.support.Fixtures;
import org.liaison.support.IntegrationTest;

/**
 * The review workflow's transitions over HTTP, each legal move once and the illegal ones refused with a
 * 409 that leaves the alert as it was; and an outsider that can neither hit nor tell the alert exists.
 */
class AlertReviewWorkflowTest extends IntegrationTest {

	Api officer;
	Api reviewer;
	Api ownerReviewer;
	Api outsiderOfficer;
	String agreement;

	@BeforeEach
	void parties() {
		String c1 = Fixtures.freshCountry();
		String c2 = Fixtures.freshCountry();
		String owner = fixtures.agency(c1, "POLICE");
		fixtures.agency(c2, "POLICE");
		officer = api.as(fixtures.user(owner, "OFFICER"), Fixtures.PASSWORD);
		ownerReviewer = api.as(fixtures.user(owner, "REVIEWER"), Fixtures.PASSWORD);
		reviewer = api.as(fixtures.user(fixtures.agency(Fixtures.freshCountry(), "INTERNATIONAL_ORG"), "REVIEWER"),
				Fixtures.PASSWORD);
		outsiderOfficer = api.as(fixtures.user(fixtures.agency(Fixtures.freshCountry(), "POLICE"), "OFFICER"),
				Fixtures.PASSWORD);
		agreement = fixtures.agreement(c1, c2).create();
	}

	String underReview(String name) {
		Api.Response r = officer.post("/api/v1/alerts", Fixtures.alert("WANTED_PERSON", "Person",
				Map.of("name", List.of(name), "birthDate", List.of("1971-01-17")), "ARREST", agreement));
		assertThat(r.status()).as(r.text()).isEqualTo(201);
		assertThat(r.at("/status")).isEqualTo("UNDER_REVIEW");
		return r.at("/id");
	}

	Api.Response review(Api who, String id, String decision, String reason) {
		return who.post("/api/v1/alerts/" + id + "/review", reason == null ? Map.of("decision", decision)
				: Map.of("decision", decision, "reason", reason));
	}

	void expectConflict(Api.Response r) {
		assertThat(r.status()).as(r.text()).isEqualTo(409);
		assertThat(r.at("/type")).isEqualTo("urn:liaison:problem:invalid-state");
	}

	@Test
	void underReviewGoesToPublishedOrRefusedAndNoFurther() {
		String published = underReview("Aurelio Montenegro-Quispe");
		assertThat(officer.post("/api/v1/alerts/" + published + "/withdraw", "").status())
			.as("withdrawal is for published alerts only").isEqualTo(409);
		assertThat(officer.post("/api/v1/alerts/" + published + "/review", Map.of("decision", "APPROVE")).status())
			.as("an officer is no reviewer").isEqualTo(403);
		Api.Response approved = review(reviewer, published, "APPROVE", null);
		assertThat(approved.at("/status")).as(approved.text()).isEqualTo("PUBLISHED");
		expectConflict(review(ownerReviewer, published, "APPROVE", null));
		expectConflict(review(ownerReviewer, published, "REFUSE", "too late"));
		assertThat(review(reviewer, published, "REFUSE", "too late").status())
			.as("a reviewer of another agency sees an alert only while under review").isEqualTo(404);
		assertThat(officer.get("/api/v1/alerts/" + published).at("/status")).isEqualTo("PUBLISHED");

		String refused = underReview("Aurelio Montenegro-Quispe Jr");
		Api.Response r = review(reviewer, refused, "REFUSE", "legal basis does not cover the offence");
		assertThat(r.at("/status")).as(r.text()).isEqualTo("REFUSED");
		assertThat(r.at("/reviewReason")).isEqualTo("legal basis does not cover the offence");
		expectConflict(review(ownerReviewer, refused, "APPROVE", null));
		expectConflict(officer.post("/api/v1/alerts/" + refused + "/withdraw", ""));
		Api.Response still = officer.get("/api/v1/alerts/" + refused);
		assertThat(still.at("/status")).isEqualTo("REFUSED");
		assertThat(still.at("/reviewReason")).as("the refusal stands").isEqualTo("legal basis does not cover the offence");

		Api.Response withdrawn = officer.post("/api/v1/alerts/" + published + "/withdraw", "");
		assertThat(withdrawn.at("/status")).isEqualTo("WITHDRAWN");
		expectConflict(review(ownerReviewer, published, "APPROVE", null));
		expectConflict(officer.post("/api/v1/alerts/" + published + "/withdraw", ""));
	}

	@Test
	void anAgencyOutsideTheAgreementsGetsNoHitAndTheSame404AsForNothing() {
		String id = underReview("Ferdinand Oyelaran-Whitcombe");
		assertThat(review(reviewer, id, "APPROVE", null).at("/status")).isEqualTo("PUBLISHED");
		Map<String, Object> query = Map.of("subject", Map.of("schema", "Person", "properties",
				Map.of("name", List.of("Ferdinand Oyelaran-Whitcombe"), "birthDate", List.of("1971-01-17"))));
		assertThat(officer.post("/api/v1/screening", query).at("/result")).as("the owner hits").isEqualTo("HIT");

		Api.Response screened = outsiderOfficer.post("/api/v1/screening", query);
		assertThat(screened.status()).isEqualTo(200);
		assertThat(screened.at("/result")).isEqualTo("NO_HIT");
		assertThat(screened.json().get("hits").size()).isZero();
		String nothing = java.util.UUID.randomUUID().toString();
		for (String path : List.of("", "/hits")) {
			Api.Response hidden = outsiderOfficer.get("/api/v1/alerts/" + id + path);
			Api.Response missing = outsiderOfficer.get("/api/v1/alerts/" + nothing + path);
			assertThat(hidden.status()).isEqualTo(404);
			for (String field : List.of("/type", "/title", "/detail", "/status")) {
				assertThat(hidden.at(field)).as(path + field).isEqualTo(missing.at(field));
			}
		}
		assertThat(outsiderOfficer.get("/api/v1/alerts").json().findValuesAsString("id")).doesNotContain(id);
		assertThat(outsiderOfficer.get("/api/v1/screening/hits").json().findValuesAsString("alert")).doesNotContain(id);
	}
}
