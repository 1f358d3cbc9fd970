package org.liaison.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.support.Api;
import org.liaison.support.Fixtures;
import org.liaison.support.IntegrationTest;

/** Bad input gets a 4xx problem detail and changes nothing. */
class BadInputTest extends IntegrationTest {

	String agency;
	String country;
	Api officer;

	@BeforeEach
	void officer() {
		country = Fixtures.freshCountry();
		agency = fixtures.agency(country, "POLICE");
		officer = api.as(fixtures.user(agency, "OFFICER"), Fixtures.PASSWORD);
	}

	private long records() {
		return jdbc.sql("SELECT COUNT(*) FROM record WHERE originator = ?").param(agency).query(Long.class).single();
	}

	private Map<String, Object> person() {
		return new LinkedHashMap<>(Fixtures.person("Ivan Petrov", "AMBER", "RESTRICTED", List.of("H1")));
	}

	private void rejected(Map<String, Object> body, int status, String type) {
		long before = records();
		Api.Response r = officer.post("/api/v1/records", body);
		assertThat(r.status()).as(r.text()).isEqualTo(status);
		assertThat(r.contentType()).contains("application/problem+json");
		assertThat(r.at("/type")).isEqualTo(type);
		assertThat(r.text()).doesNotContain("Exception").doesNotContain("at org.");
		assertThat(records()).isEqualTo(before);
	}

	@Test
	void rejectsUnknownSchemaAndProperty() {
		Map<String, Object> body = person();
		body.put("schema", "Spaceship");
		rejected(body, 400, "urn:liaison:problem:invalid-field");
		body = person();
		body.put("properties", Map.of("name", List.of("X Y"), "favouriteColour", List.of("blue")));
		rejected(body, 400, "urn:liaison:problem:invalid-field");
	}

	@Test
	void rejectsInvalidMarkings() {
		Map<String, Object> body = person();
		body.put("markings", Map.of("classification", "RESTRICTED", "tlp", "PURPLE"));
		rejected(body, 400, "urn:liaison:problem:invalid-field");
		body.put("markings", Map.of("classification", "RESTRICTED", "tlp", "AMBER", "handlingCodes", List.of("H9")));
		rejected(body, 400, "urn:liaison:problem:invalid-field");
		body.put("markings", Map.of("classification", "RESTRICTED", "tlp", "AMBER", "handlingCodes", List.of("H3")));
		rejected(body, 400, "urn:liaison:problem:invalid-field");
	}

	@Test
	void rejectsRetentionInThePastAndImpossibleDates() {
		Map<String, Object> body = person();
		body.put("retentionUntil", "2020-01-01");
		rejected(body, 400, "urn:liaison:problem:invalid-field");
		body = person();
		body.put("properties", Map.of("name", List.of("Ivan Petrov"), "birthDate", List.of("2023-02-30")));
		rejected(body, 400, "urn:liaison:problem:invalid-field");
	}

	@Test
	void rejectsMalformedJsonAndOversizedBodies() {
		long before = records();
		Api.Response malformed = officer.post("/api/v1/records", "{\"schema\":\"Person\",");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.at("/type")).isEqualTo("urn:liaison:problem:malformed-json");
		Api.Response latin1 = officer.postBytes("/api/v1/records", "application/json",
				"{\"schema\":\"Person\",\"properties\":{\"name\":[\"J\u00fcrgen\"]}}".getBytes(StandardCharsets.ISO_8859_1));
		assertThat(latin1.status()).isEqualTo(400);
		Map<String, Object> huge = person();
		huge.put("properties", Map.of("name", List.of("x".repeat(400_000))));
		Api.Response big = officer.post("/api/v1/records", huge);
		assertThat(big.status()).isEqualTo(413);
		assertThat(big.at("/type")).isEqualTo("urn:liaison:problem:body-too-large");
		assertThat(records()).isEqualTo(before);
	}

	@Test
	void rejectsUnknownAndMalformedAgencies() {
		Api.Response created = officer.post("/api/v1/records", person());
		String id = created.at("/id");
		Api.Response unknown = officer.post("/api/v1/records/" + id + "/disclosures",
				Map.of("to", country + ".NOBODY", "purpose", "TERRORISM"));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.at("/type")).isEqualTo("urn:liaison:problem:unknown-agency");
		Api.Response malformed = officer.post("/api/v1/records/" + id + "/disclosures",
				Map.of("to", "'; DROP TABLE record; --", "purpose", "TERRORISM"));
		assertThat(malformed.status()).isEqualTo(400);
		Api.Response badId = admin.post("/api/v1/agencies", Map.of("id", "de.bka lower", "name", "x", "country", "DE", "kind", "POLICE"));
		assertThat(badId.status()).isEqualTo(400);
		Api.Response badCountry = admin.post("/api/v1/agencies", Map.of("id", "XX.TEST", "name", "x", "country", "XX", "kind", "POLICE"));
		assertThat(badCountry.status()).isEqualTo(400);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM disclosure WHERE record_id = ?").param(id).query(Long.class).single()).isZero();
	}

	@Test
	void acceptsCodesInAnyCase() {
		Map<String, Object> body = person();
		body.put("markings", Map.of("classification", "restricted", "tlp", "amber+strict", "handlingCodes", List.of("h1"),
				"sourceReliability", "b", "informationCredibility", 2));
		Api.Response r = officer.post("/api/v1/records", body);
		assertThat(r.status()).as(r.text()).isEqualTo(201);
		assertThat(r.at("/markings/tlp")).isEqualTo("AMBER+STRICT");
		assertThat(r.at("/markings/classification")).isEqualTo("RESTRICTED");
	}

	@Test
	void rejectsDuplicates() {
		Api.Response again = admin.post("/api/v1/agencies", Map.of("id", agency, "name", "again", "country", country, "kind", "POLICE"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.at("/type")).isEqualTo("urn:liaison:problem:duplicate-agency");
		var spec = fixtures.agreement(country, Fixtures.freshCountry());
		spec.create();
		Api.Response dup = admin.post("/api/v1/agreements", spec.body);
		assertThat(dup.status()).isEqualTo(409);
	}

	@Test
	void concurrentDisclosuresOfOneRecordLoseNothing() throws Exception {
		List<String> partners = new ArrayList<>();
		List<String> countries = new ArrayList<>(List.of(country));
		for (int i = 0; i < 6; i++) {
			String c = Fixtures.freshCountry();
			countries.add(c);
			partners.add(fixtures.agency(c, "POLICE"));
		}
		fixtures.agreement(countries.toArray(String[]::new)).create();
		String id = officer.post("/api/v1/records", person()).at("/id");
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Callable<Integer>> calls = new ArrayList<>();
			for (String partner : partners) {
				calls.add(() -> officer.post("/api/v1/records/" + id + "/disclosures", Map.of("to", partner, "purpose", "TERRORISM"))
					.status());
				calls.add(() -> officer.post("/api/v1/records/" + id + "/disclosures", Map.of("to", partner, "purpose", "TERRORISM"))
					.status());
			}
			for (Future<Integer> f : pool.invokeAll(calls)) {
				assertThat(f.get()).isIn(200, 201);
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.sql("SELECT COUNT(*) FROM disclosure WHERE record_id = ?").param(id).query(Long.class).single())
			.isEqualTo(6);
		assertThat(officer.get("/api/v1/records/" + id).json().get("disclosures").size()).isEqualTo(6);
	}
}
