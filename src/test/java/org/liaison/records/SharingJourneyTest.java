package org.liaison.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.support.Api;
import org.liaison.support.Fixtures;
import org.liaison.support.IntegrationTest;

/** The contract, end to end over HTTP: agencies, users, an agreement, a record, its disclosures. */
class SharingJourneyTest extends IntegrationTest {

	String de;
	String fr;
	String es;
	Api deOfficer;
	Api frOfficer;
	Api esOfficer;
	String agreement;

	@BeforeEach
	void parties() {
		String c1 = Fixtures.freshCountry();
		String c2 = Fixtures.freshCountry();
		String c3 = Fixtures.freshCountry();
		de = fixtures.agency(c1, "POLICE");
		fr = fixtures.agency(c2, "POLICE");
		es = fixtures.agency(c3, "POLICE");
		deOfficer = api.as(fixtures.user(de, "OFFICER"), Fixtures.PASSWORD);
		frOfficer = api.as(fixtures.user(fr, "OFFICER"), Fixtures.PASSWORD);
		esOfficer = api.as(fixtures.user(es, "OFFICER"), Fixtures.PASSWORD);
		agreement = fixtures.agreement(c1, c2).create();
	}

	private String createRecord(Api officer, String tlp, List<String> handling) {
		Api.Response r = officer.post("/api/v1/records", Fixtures.person("Ivan Petrov", tlp, "RESTRICTED", handling));
		assertThat(r.status()).as(r.text()).isEqualTo(201);
		return r.at("/id");
	}

	@Test
	void permitsDisclosureUnderAgreementAndCitesIt() {
		String id = createRecord(deOfficer, "AMBER", List.of("H1"));
		Api.Response r = deOfficer.post("/api/v1/records/" + id + "/disclosures", Map.of("to", fr, "purpose", "TERRORISM"));
		assertThat(r.status()).as(r.text()).isEqualTo(201);
		assertThat(r.at("/decision")).isEqualTo("PERMIT");
		assertThat(r.at("/agreement")).isEqualTo(agreement);
		assertThat(r.at("/article")).isEqualTo("5");
		assertThat(r.json().get("obligations").findValuesAsString("value")).contains("H1", "TERRORISM");
	}

	@Test
	void recipientReadsWhatWasDisclosedAndOthersGet404LikeAMissingId() {
		String id = createRecord(deOfficer, "AMBER", List.of());
		assertThat(frOfficer.get("/api/v1/records/" + id).status()).isEqualTo(404);
		deOfficer.post("/api/v1/records/" + id + "/disclosures", Map.of("to", fr, "purpose", "TERRORISM"));

		Api.Response read = frOfficer.get("/api/v1/records/" + id);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.at("/properties/name/0")).isEqualTo("Ivan Petrov");
		assertThat(read.at("/receivedThrough/0/agreement")).isEqualTo(agreement);
		assertThat(read.json().has("disclosures")).as("a recipient does not see other disclosures").isFalse();

		Api.Response other = esOfficer.get("/api/v1/records/" + id);
		Api.Response missing = esOfficer.get("/api/v1/records/00000000-0000-0000-0000-000000000000");
		assertThat(other.status()).isEqualTo(404);
		assertThat(withoutInstance(other)).isEqualTo(withoutInstance(missing));
		assertThat(frOfficer.get("/api/v1/records?scope=received").json().findValuesAsString("id")).contains(id);
	}

	private static tools.jackson.databind.JsonNode withoutInstance(Api.Response r) {
		var copy = (tools.jackson.databind.node.ObjectNode) r.json().deepCopy();
		copy.remove("instance");
		return copy;
	}

	@Test
	void deniesWithoutAgreementAsProblemWithReason() {
		String id = createRecord(deOfficer, "GREEN", List.of());
		Api.Response r = deOfficer.post("/api/v1/records/" + id + "/disclosures", Map.of("to", es, "purpose", "TERRORISM"));
		assertThat(r.status()).isEqualTo(403);
		assertThat(r.contentType()).contains("application/problem+json");
		assertThat(r.at("/type")).isEqualTo("urn:liaison:problem:no-agreement");
		assertThat(r.at("/reason")).isEqualTo("NO_AGREEMENT");
		assertThat(r.json().get("citations").isArray()).isTrue();
		assertThat(esOfficer.get("/api/v1/records/" + id).status()).isEqualTo(404);
	}

	@Test
	void everyDecisionPermitOrDenyIsAudited() {
		String id = createRecord(deOfficer, "GREEN", List.of());
		deOfficer.post("/api/v1/records/" + id + "/disclosures", Map.of("to", fr, "purpose", "TERRORISM"));
		deOfficer.post("/api/v1/records/" + id + "/disclosures", Map.of("to", es, "purpose", "TERRORISM"));
		auditLog.seal();
		List<String> outcomes = jdbc.sql("SELECT outcome FROM audit_entry WHERE action = 'disclosure.decide' AND subject_id = ? ORDER BY seq")
			.param(id).query(String.class).list();
		assertThat(outcomes).containsExactly("PERMIT", "DENY");
		assertThat(jdbc.sql("SELECT legal_basis FROM audit_entry WHERE action = 'disclosure.decide' AND subject_id = ? AND outcome = 'PERMIT'")
			.param(id).query(String.class).single()).isEqualTo(agreement);
	}

	@Test
	void suspendedAgreementDeniesAndResumedPermitsAgain() {
		String id = createRecord(deOfficer, "GREEN", List.of());
		assertThat(admin.post("/api/v1/agreements/" + agreement + "/suspend", "").status()).isEqualTo(200);
		Api.Response denied = deOfficer.post("/api/v1/records/" + id + "/disclosures", Map.of("to", fr, "purpose", "TERRORISM"));
		assertThat(denied.status()).isEqualTo(403);
		assertThat(denied.at("/reason")).isEqualTo("AGREEMENT_SUSPENDED");
		assertThat(denied.at("/citations/0/agreement")).isEqualTo(agreement);
		assertThat(admin.post("/api/v1/agreements/" + agreement + "/suspend", "").status()).isEqualTo(409);
		assertThat(admin.post("/api/v1/agreements/" + agreement + "/resume", "").status()).isEqualTo(200);
		assertThat(deOfficer.post("/api/v1/records/" + id + "/disclosures", Map.of("to", fr, "purpose", "TERRORISM")).status())
			.isEqualTo(201);
	}

	@Test
	void onwardTransferOfH2NeedsTheOriginatorsConsent() {
		String ca = Fixtures.freshCountry();
		String cb = Fixtures.freshCountry();
		String cc = Fixtures.freshCountry();
		String a = fixtures.agency(ca, "POLICE");
		String b = fixtures.agency(cb, "POLICE");
		String c = fixtures.agency(cc, "POLICE");
		Api officerA = api.as(fixtures.user(a, "OFFICER"), Fixtures.PASSWORD);
		Api officerB = api.as(fixtures.user(b, "OFFICER"), Fixtures.PASSWORD);
		fixtures.agreement(ca, cb).with("onwardTransfer", "ALLOWED").create();
		fixtures.agreement(cb, cc).with("onwardTransfer", "ALLOWED").create();
		String id = createRecord(officerA, "GREEN", List.of("H2"));
		assertThat(officerA.post("/api/v1/records/" + id + "/disclosures", Map.of("to", b, "purpose", "TERRORISM")).status())
			.isEqualTo(201);

		Api.Response onward = officerB.post("/api/v1/records/" + id + "/disclosures", Map.of("to", c, "purpose", "TERRORISM"));
		assertThat(onward.status()).isEqualTo(403);
		assertThat(onward.at("/reason")).isEqualTo("HANDLING_CODE_H2");

		Api.Response ask = officerB.post("/api/v1/records/" + id + "/consents", Map.of("to", c, "purpose", "TERRORISM"));
		assertThat(ask.status()).as(ask.text()).isEqualTo(201);
		assertThat(officerB.post("/api/v1/consents/" + ask.at("/id") + "/grant", "{}").status())
			.as("only the originator grants").isEqualTo(403);
		assertThat(officerA.post("/api/v1/consents/" + ask.at("/id") + "/grant", "{}").at("/status")).isEqualTo("GRANTED");

		Api.Response permitted = officerB.post("/api/v1/records/" + id + "/disclosures", Map.of("to", c, "purpose", "TERRORISM"));
		assertThat(permitted.status()).as(permitted.text()).isEqualTo(201);
		assertThat(permitted.at("/from")).isEqualTo(b);
	}

	@Test
	void dryRunDecidesWithoutStoring() {
		Api.Response r = deOfficer.post("/api/v1/decisions/dry-run", Map.of("category", "PERSON", "markings",
				Map.of("classification", "SECRET", "tlp", "GREEN"), "to", fr, "purpose", "TERRORISM"));
		assertThat(r.status()).as(r.text()).isEqualTo(200);
		assertThat(r.at("/decision")).isEqualTo("DENY");
		assertThat(r.at("/reason")).isEqualTo("CLASSIFICATION_EXCEEDED");
		assertThat(r.at("/article")).isEqualTo("5");
	}
}
