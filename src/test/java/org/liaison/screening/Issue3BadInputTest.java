package org.liaison.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.support.Api;
import org.liaison.support.Fixtures;
import org.liaison.support.IntegrationTest;

/**
 * Issue 3's bad input not covered elsewhere, each a problem detail naming the field and never echoing
 * the value: control characters, unknown country codes, a 10 MB name, an agreement that does not cover
 * the alert's category. (Empty and one-letter names, 2023-02-30, the batch limit and malformed lines are
 * in {@link ScreeningJourneyTest}; a missing legal basis, uncovered purposes, review by a non-reviewer
 * and withdrawal by a non-owner in {@code AlertJourneyTest}.)
 */
class Issue3BadInputTest extends IntegrationTest {

	Api officer;
	String agency;
	String agreement;

	@BeforeEach
	void parties() {
		String c1 = Fixtures.freshCountry();
		agency = fixtures.agency(c1, "BORDER");
		officer = api.as(fixtures.user(agency, "OFFICER"), Fixtures.PASSWORD);
		agreement = fixtures.agreement(c1, Fixtures.freshCountry()).create(); // PERSON and TERRORISM only
	}

	static Map<String, Object> person(Map<String, List<String>> properties) {
		return Map.of("subject", Map.of("schema", "Person", "properties", properties));
	}

	void expectInvalid(Api.Response r, String field, String value) {
		assertThat(r.status()).as(r.text()).isEqualTo(400);
		assertThat(r.contentType()).contains("application/problem+json");
		assertThat(r.at("/type")).isEqualTo("urn:liaison:problem:invalid-field");
		assertThat(r.at("/field")).isEqualTo(field);
		assertThat(r.text()).doesNotContain(value);
	}

	@Test
	void screeningRefusesControlCharactersAndUnknownCountries() {
		expectInvalid(officer.post("/api/v1/screening", person(Map.of("name", List.of("Ivan\u0000Petrov")))),
				"subject.properties.name", "Petrov");
		expectInvalid(officer.post("/api/v1/screening", person(Map.of("name", List.of("Ivan\u001bPetrov")))),
				"subject.properties.name", "Petrov");
		expectInvalid(officer.post("/api/v1/screening",
				person(Map.of("name", List.of("Ivan Petrov"), "nationality", List.of("QQ")))), "subject.properties.nationality", "QQ");
		expectInvalid(officer.post("/api/v1/screening", Map.of("subject", Map.of("schema", "Passport", "properties",
				Map.of("number", List.of("AB12345"), "country", List.of("XX"))))), "subject.properties.country", "AB12345");
		expectInvalid(officer.post("/api/v1/screening", Map.of("subject", Map.of("schema", "Vehicle", "properties",
				Map.of("registrationNumber", List.of("B-AB 123"), "country", List.of("Germany"))))), "subject.properties.country",
				"Germany");
		Api.Response alpha3 = officer.post("/api/v1/screening",
				person(Map.of("name", List.of("Ivan Petrov"), "nationality", List.of("RUS"))));
		assertThat(alpha3.status()).as("alpha-3 is a known code: " + alpha3.text()).isEqualTo(200);
	}

	@Test
	void aTenMegabyteNameIsRefusedWhole() {
		String huge = "{\"subject\":{\"schema\":\"Person\",\"properties\":{\"name\":[\"" + "x".repeat(10 * 1024 * 1024) + "\"]}}}";
		Api.Response screening = officer.postBytes("/api/v1/screening", "application/json", huge.getBytes(StandardCharsets.UTF_8));
		assertThat(screening.status()).isEqualTo(413);
		assertThat(screening.at("/type")).isEqualTo("urn:liaison:problem:body-too-large");
		Api.Response alert = officer.postBytes("/api/v1/alerts", "application/json", huge.getBytes(StandardCharsets.UTF_8));
		assertThat(alert.status()).isEqualTo(413);
	}

	@Test
	void alertsRefuseControlCharactersUnknownCountriesAndAnAgreementNotCoveringTheCategory() {
		Api.Response control = officer.post("/api/v1/alerts", Fixtures.alert("WANTED_PERSON", "Person",
				Map.of("name", List.of("Ivan\u0007Petrov"), "birthDate", List.of("1980-05-01")), "ARREST", agreement));
		assertThat(control.status()).as(control.text()).isEqualTo(400);
		assertThat(control.at("/field")).isEqualTo("properties.name");
		Api.Response country = officer.post("/api/v1/alerts", Fixtures.alert("WANTED_PERSON", "Person",
				Map.of("name", List.of("Ivan Petrov"), "nationality", List.of("qq")), "ARREST", agreement));
		assertThat(country.status()).as(country.text()).isEqualTo(400);
		assertThat(country.at("/field")).isEqualTo("properties.nationality");

		Map<String, Object> vehicle = Fixtures.alert("STOLEN_VEHICLE", "Vehicle",
				Map.of("vin", List.of("1M8GDM9AXKP042788")), "SEIZE", agreement);
		Api.Response uncovered = officer.post("/api/v1/alerts", vehicle);
		assertThat(uncovered.status()).as(uncovered.text()).isEqualTo(400);
		assertThat(uncovered.at("/type")).isEqualTo("urn:liaison:problem:alert-legal-basis");
		assertThat(uncovered.at("/detail")).contains("does not cover VEHICLE");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM alert WHERE owner = ?").param(agency).query(Long.class).single())
			.as("nothing stored").isZero();
	}
}
