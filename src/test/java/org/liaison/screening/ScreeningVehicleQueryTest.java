package org.liaison.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A screened vehicle: its VIN is normalised and screened as written, and the answer notes an ISO 3779 failure. */
class ScreeningVehicleQueryTest {

	static ScreeningQuery.Vehicle vehicle(Map<String, List<String>> properties) {
		return (ScreeningQuery.Vehicle) ScreeningQuery.of("Vehicle", properties);
	}

	@Test
	void aValidVinIsNormalisedAndNeedsNoNote() {
		ScreeningQuery.Vehicle v = vehicle(Map.of("vin", List.of("1m8-gdm9a xkp042788")));
		assertThat(v.vins()).containsExactly("1M8GDM9AXKP042788");
		assertThat(v.notes()).isEmpty();
	}

	@Test
	void aVinFailingItsMandatoryCheckDigitIsStillScreenedButNoted() {
		ScreeningQuery.Vehicle v = vehicle(Map.of("vin", List.of("1M8GDM9AYKP042788")));
		assertThat(v.vins()).containsExactly("1M8GDM9AYKP042788");
		assertThat(v.notes()).singleElement().asString().startsWith("vin: ").contains("check digit", "mandatory");
	}

	@Test
	void aMalformedOrAdvisoryVinIsNotedForWhatItIs() {
		assertThat(vehicle(Map.of("vin", List.of("ABC123"))).notes()).singleElement().asString().contains("17 letters");
		assertThat(vehicle(Map.of("vin", List.of("WP0ZZZ99ZTS392124"))).notes()).singleElement().asString()
			.contains("advisory");
		assertThat(vehicle(Map.of("registrationNumber", List.of("B-AB 123"))).notes()).isEmpty();
	}

	@Test
	void theExplanationSaysWhetherTheVinOrThePlateMatched() {
		Map<String, List<String>> listed = Map.of("vin", List.of("1M8GDM9AXKP042788"), "registrationNumber",
				List.of("B-AB 123"));
		assertThat(vehicle(Map.of("vin", List.of("1M8GDM9AXKP042788"))).explanation(listed)).isEqualTo("VIN exact");
		assertThat(vehicle(Map.of("registrationNumber", List.of("bab123"), "country", List.of("de"))).explanation(listed))
			.isEqualTo("registration number exact, country DE");
		Map<String, List<String>> forged = Map.of("vin", List.of("1M8GDM9AYKP042788"));
		assertThat(vehicle(Map.of("vin", List.of("1M8GDM9AYKP042788"))).explanation(forged)).startsWith("VIN exact (")
			.contains("check digit");
	}
}
