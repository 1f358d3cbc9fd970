package org.liaison.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.support.Api;
import org.liaison.support.Fixtures;
import org.liaison.support.IntegrationTest;

/** Issue 3's screening contract over HTTP: hits across scripts, visibility under the agreements, withdrawal. */
class ScreeningJourneyTest extends IntegrationTest {

	@org.springframework.beans.factory.annotation.Autowired
	org.liaison.alerts.Alerts alerts;

	@org.springframework.beans.factory.annotation.Autowired
	ScreeningIndexUpdater updater;

	String owner;
	String partner;
	String agreement;
	Api officer;
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
		String outsider = fixtures.agency(Fixtures.freshCountry(), "POLICE");
		officer = api.as(fixtures.user(owner, "OFFICER"), Fixtures.PASSWORD);
		reviewer = api.as(fixtures.user(owner, "REVIEWER"), Fixtures.PASSWORD);
		partnerOfficer = api.as(fixtures.user(partner, "OFFICER"), Fixtures.PASSWORD);
		partnerReviewer = api.as(fixtures.user(partner, "REVIEWER"), Fixtures.PASSWORD);
		outsiderOfficer = api.as(fixtures.user(outsider, "OFFICER"), Fixtures.PASSWORD);
		agreement = fixtures.agreement(c1, c2)
			.with("categories", List.of("PERSON", "TRAVEL_DOCUMENT"))
			.with("purposes", List.of("TERRORISM"))
			.create();
	}

	Map<String, Object> alert(String type, String schema, Map<String, List<String>> properties, String action) {
		Map<String, Object> body = Fixtures.alert(type, schema, properties, action, agreement);
		body.put("summary", "Sought for a bombing");
		return body;
	}

	String create(Map<String, Object> body) {
		Api.Response r = officer.post("/api/v1/alerts", body);
		assertThat(r.status()).as(r.text()).isEqualTo(201);
		return r.at("/id");
	}

	static Map<String, Object> personSubject(String name, String birthDate) {
		return Map.of("subject", Map.of("schema", "Person", "properties",
				Map.of("name", List.of(name), "birthDate", List.of(birthDate))));
	}

	List<String> hitIds(Api.Response r) {
		assertThat(r.status()).as(r.text()).isEqualTo(200);
		return r.json().get("hits").findValuesAsString("alert");
	}

	@Test
	void partnerHitsAcrossScriptsOutsiderNeverAndNobodyAfterWithdrawal() {
		String id = create(alert("WANTED_PERSON", "Person",
				Map.of("name", List.of("Mohammed Al-Farsi"), "birthDate", List.of("1980-05-01"), "nationality", List.of("ae")),
				"ARREST"));
		Map<String, Object> query = personSubject("Мухаммед Аль-Фарси", "1980-05-01");
		assertThat(hitIds(partnerOfficer.post("/api/v1/screening", query))).as("under review: not screened")
			.doesNotContain(id);

		Api.Response approved = reviewer.post("/api/v1/alerts/" + id + "/review", Map.of("decision", "APPROVE"));
		assertThat(approved.status()).as(approved.text()).isEqualTo(200);

		Api.Response hit = partnerOfficer.post("/api/v1/screening", query);
		assertThat(hitIds(hit)).contains(id);
		assertThat(hit.at("/result")).isEqualTo("HIT");
		assertThat(hit.at("/hits/0/alert")).isEqualTo(id);
		assertThat(hit.at("/hits/0/owner")).isEqualTo(owner);
		assertThat(hit.at("/hits/0/type")).isEqualTo("WANTED_PERSON");
		assertThat(hit.at("/hits/0/action")).isEqualTo("ARREST");
		assertThat(hit.json().at("/hits/0/score").asDouble()).isBetween(0.8, 1.0);
		assertThat(hit.at("/hits/0/explanation")).isNotBlank().contains("dob");
		assertThat(hit.at("/hits/0/summary/text")).isEqualTo("Sought for a bombing");
		assertThat(hit.at("/hits/0/summary/caption")).contains("Al-Farsi");

		assertThat(hitIds(officer.post("/api/v1/screening", query))).as("the owner").contains(id);

		Api.Response outsider = outsiderOfficer.post("/api/v1/screening", query);
		assertThat(hitIds(outsider)).doesNotContain(id);
		assertThat(outsider.at("/result")).isEqualTo("NO_HIT");

		assertThat(partnerReviewer.post("/api/v1/screening", query).status()).as("officers screen").isEqualTo(403);

		Api.Response withdrawn = officer.post("/api/v1/alerts/" + id + "/withdraw", "");
		assertThat(withdrawn.status()).as(withdrawn.text()).isEqualTo(200);
		assertThat(hitIds(partnerOfficer.post("/api/v1/screening", query))).doesNotContain(id);

		auditLog.seal();
		List<String> details = jdbc.sql("SELECT detail FROM audit_entry WHERE action = 'screening.query' AND agency = ?")
			.param(partner)
			.query(String.class)
			.list();
		assertThat(details).hasSize(3).noneMatch(d -> d.contains("Мухаммед") || d.contains("Farsi")).allMatch(d -> d.contains("query"));
	}

	@Test
	void expiryLeavesTheIndexAtOnceAndARebuildKeepsThePublished() {
		String expiring = create(alert("WANTED_PERSON", "Person",
				Map.of("name", List.of("Gulnara Karimova-Tashkentova"), "birthDate", List.of("1972-07-08")), "LOCATE"));
		String staying = create(alert("WANTED_PERSON", "Person",
				Map.of("name", List.of("Bartholomew Quennell-Ashby"), "birthDate", List.of("1966-03-14")), "LOCATE"));
		for (String id : List.of(expiring, staying)) {
			assertThat(reviewer.post("/api/v1/alerts/" + id + "/review", Map.of("decision", "APPROVE")).status()).isEqualTo(200);
		}
		Map<String, Object> first = personSubject("Гульнара Каримова-Ташкентова", "1972-07-08");
		Map<String, Object> second = personSubject("Bartholomew Quennell-Ashby", "1966");
		assertThat(hitIds(partnerOfficer.post("/api/v1/screening", first))).contains(expiring);

		jdbc.sql("UPDATE alert SET expires_at = ? WHERE id = ?")
			.params(java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusMinutes(1), expiring)
			.update();
		alerts.expireDue();
		assertThat(hitIds(partnerOfficer.post("/api/v1/screening", first))).doesNotContain(expiring);

		updater.rebuild();
		assertThat(hitIds(partnerOfficer.post("/api/v1/screening", first))).doesNotContain(expiring);
		assertThat(hitIds(partnerOfficer.post("/api/v1/screening", second))).contains(staying);
	}

	@Test
	void stolenPassportIsFoundByItsNumberWrittenAnyWay() {
		String id = create(alert("STOLEN_TRAVEL_DOCUMENT", "Passport",
				Map.of("number", List.of("AB12345"), "country", List.of("de")), "SEIZE"));
		Api.Response hit = partnerOfficer.post("/api/v1/screening",
				Map.of("subject", Map.of("schema", "Passport", "properties",
						Map.of("number", List.of("ab-12 345"), "country", List.of("DE")))));
		assertThat(hitIds(hit)).containsExactly(id);
		assertThat(hit.at("/hits/0/score")).isEqualTo("1.0");
		Api.Response other = partnerOfficer.post("/api/v1/screening",
				Map.of("subject", Map.of("schema", "Passport", "properties",
						Map.of("number", List.of("AB12345"), "country", List.of("FR")))));
		assertThat(hitIds(other)).doesNotContain(id);
	}

	/** NDJSON is read here line by line: {@link Api} would parse the answer as one JSON value. */
	java.net.http.HttpResponse<String> batch(String username, String body) throws Exception {
		java.net.http.HttpRequest request = java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/screening/batch"))
			.header("Content-Type", "application/x-ndjson")
			.header("Authorization", "Basic " + java.util.Base64.getEncoder()
				.encodeToString((username + ":" + Fixtures.PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
			.build();
		return java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void batchAnswersEveryLineInOrderWithPerLineErrors() throws Exception {
		String id = create(alert("STOLEN_TRAVEL_DOCUMENT", "Passport",
				Map.of("number", List.of("ZX9876543"), "country", List.of("de")), "SEIZE"));
		String screener = fixtures.user(partner, "OFFICER");
		String hitLine = "{\"subject\":{\"schema\":\"Passport\",\"properties\":{\"number\":[\"zx 987-6543\"],\"country\":[\"DE\"]}}}";
		String missLine = "{\"subject\":{\"schema\":\"Passport\",\"properties\":{\"number\":[\"ZX0000000\"],\"country\":[\"DE\"]}}}";
		String badDate = "{\"subject\":{\"schema\":\"Person\",\"properties\":{\"name\":[\"Ivan Petrov\"],\"birthDate\":[\"2023-02-30\"]}}}";
		var r = batch(screener, String.join("\n", hitLine, "{not json", badDate, missLine) + "\n");
		assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
		List<tools.jackson.databind.JsonNode> answers = r.body().lines().map(Api.JSON::readTree).toList();
		assertThat(answers).hasSize(4);
		assertThat(answers).extracting(a -> a.get("line").asInt()).containsExactly(1, 2, 3, 4);
		assertThat(answers.get(0).get("result").asString()).isEqualTo("HIT");
		assertThat(answers.get(0).at("/hits/0/alert").asString()).isEqualTo(id);
		assertThat(answers.get(1).at("/error/type").asString()).isEqualTo("urn:liaison:problem:malformed-json");
		assertThat(answers.get(2).at("/error/type").asString()).isEqualTo("urn:liaison:problem:invalid-field");
		assertThat(answers.get(2).at("/error/detail").asString()).doesNotContain("2023-02-30");
		assertThat(answers.get(3).get("result").asString()).isEqualTo("NO_HIT");

		var tooMany = batch(screener, (missLine + "\n").repeat(10_001));
		assertThat(tooMany.statusCode()).as(tooMany.body()).isEqualTo(400);
		assertThat(tooMany.body()).contains("batch-too-large");

		var byReviewer = batch(fixtures.user(partner, "REVIEWER"), hitLine + "\n");
		assertThat(byReviewer.statusCode()).isEqualTo(403);
	}

	@Test
	void badInputIsA400Problem() {
		expectBadRequest(personSubject("", "1980-05-01"));
		expectBadRequest(personSubject("A", "1980-05-01"));
		expectBadRequest(personSubject("Mohammed Al-Farsi", "2023-02-30"));
		expectBadRequest(Map.of("subject", Map.of("schema", "Unicorn", "properties", Map.of("name", List.of("Al Farsi")))));
		expectBadRequest(Map.of("subject", Map.of("schema", "Person", "properties", Map.of())));
		expectBadRequest(Map.of());
		Api.Response malformed = partnerOfficer.postBytes("/api/v1/screening", "application/json",
				"{\"subject\": {".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(malformed.status()).as(malformed.text()).isEqualTo(400);
		assertThat(partnerOfficer.post("/api/v1/screening", personSubject("x".repeat(400_000), "1980")).status())
			.as("a huge name").isEqualTo(413);
	}

	void expectBadRequest(Object body) {
		Api.Response r = partnerOfficer.post("/api/v1/screening", body);
		assertThat(r.status()).as(r.text()).isEqualTo(400);
		assertThat(r.contentType()).contains("problem");
	}
}
