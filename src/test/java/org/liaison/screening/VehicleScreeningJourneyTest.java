package org.liaison.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.support.Api;
import org.liaison.support.Fixtures;
import org.liaison.support.IntegrationTest;

/** Stolen vehicles over HTTP: an alert's VIN is checked under ISO 3779; a screened VIN is matched as written. */
class VehicleScreeningJourneyTest extends IntegrationTest {

	String agreement;
	Api officer;
	Api partnerOfficer;

	@BeforeEach
	void parties() {
		String c1 = Fixtures.freshCountry();
		String c2 = Fixtures.freshCountry();
		officer = api.as(fixtures.user(fixtures.agency(c1, "POLICE"), "OFFICER"), Fixtures.PASSWORD);
		partnerOfficer = api.as(fixtures.user(fixtures.agency(c2, "BORDER"), "OFFICER"), Fixtures.PASSWORD);
		agreement = fixtures.agreement(c1, c2)
			.with("categories", List.of("VEHICLE"))
			.with("purposes", List.of("PROPERTY_CRIME"))
			.create();
	}

	Api.Response issue(Map<String, List<String>> vehicle) {
		Map<String, Object> body = Fixtures.alert("STOLEN_VEHICLE", "Vehicle", vehicle, "SEIZE", agreement);
		body.put("purposes", List.of("PROPERTY_CRIME"));
		return officer.post("/api/v1/alerts", body);
	}

	Api.Response screen(Map<String, List<String>> vehicle) {
		Api.Response r = partnerOfficer.post("/api/v1/screening", Map.of("subject", Map.of("schema", "Vehicle", "properties", vehicle)));
		assertThat(r.status()).as(r.text()).isEqualTo(200);
		return r;
	}

	@Test
	void anAlertWhoseNorthAmericanVinFailsItsCheckDigitIsRefusedNamingTheField() {
		Api.Response refused = issue(Map.of("vin", List.of("1M8GDM9AYKP042788")));
		assertThat(refused.status()).as(refused.text()).isEqualTo(400);
		assertThat(refused.contentType()).contains("application/problem+json");
		assertThat(refused.at("/type")).isEqualTo("urn:liaison:problem:invalid-field");
		assertThat(refused.at("/field")).isEqualTo("properties.vin");
		assertThat(refused.at("/detail")).contains("check digit").doesNotContain("1M8GDM9AYKP042788");

		Api.Response malformed = issue(Map.of("vin", List.of("1M8GDM9AXKP04278")));
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.at("/detail")).contains("17 letters and digits");
	}

	@Test
	void aStolenCarIsFoundByItsVinWrittenAnyWayAndByItsPlateWithCountry() {
		Api.Response created = issue(Map.of("vin", List.of("1m8-gdm9a xkp042788"), "registrationNumber", List.of("B-AB 123"),
				"country", List.of("de")));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		assertThat(created.at("/status")).isEqualTo("PUBLISHED");
		assertThat(created.at("/properties/vin/0")).as("stored normalised").isEqualTo("1M8GDM9AXKP042788");
		String id = created.at("/id");

		Api.Response byVin = screen(Map.of("vin", List.of("1M8 GDM9AX KP042788")));
		assertThat(byVin.at("/result")).isEqualTo("HIT");
		assertThat(byVin.at("/hits/0/alert")).isEqualTo(id);
		assertThat(byVin.at("/hits/0/action")).isEqualTo("SEIZE");
		assertThat(byVin.at("/hits/0/explanation")).isEqualTo("VIN exact");
		assertThat(byVin.json().has("notes")).isFalse();

		Api.Response byPlate = screen(Map.of("registrationNumber", List.of("bab123"), "country", List.of("DEU")));
		assertThat(byPlate.at("/hits/0/alert")).isEqualTo(id);
		assertThat(byPlate.at("/hits/0/explanation")).isEqualTo("registration number exact, country DE");
		assertThat(screen(Map.of("registrationNumber", List.of("BAB123"), "country", List.of("FR"))).at("/result"))
			.as("the same plate of another country").isEqualTo("NO_HIT");
	}

	@Test
	void aScreenedVinThatFailsItsCheckIsStillMatchedAndTheAnswerSaysSo() {
		Api.Response created = issue(Map.of("vin", List.of("WP0ZZZ99ZTS392124")));
		assertThat(created.status()).as("outside North America the check digit is advisory: " + created.text())
			.isEqualTo(201);
		Api.Response european = screen(Map.of("vin", List.of("wp0zzz99zts392124")));
		assertThat(european.at("/hits/0/alert")).isEqualTo(created.at("/id"));
		assertThat(european.at("/notes/0")).contains("advisory");

		Api.Response mistyped = screen(Map.of("vin", List.of("1M8GDM9AYKP042788")));
		assertThat(mistyped.at("/result")).isEqualTo("NO_HIT");
		assertThat(mistyped.at("/notes/0")).startsWith("vin: ").contains("check digit", "mandatory");
	}
}
