package org.liaison.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ISO 3779 VINs: their form, and the North-American check digit, mandatory there and advisory elsewhere. */
class VinTest {

	@ParameterizedTest
	@ValueSource(strings = { "1M8GDM9AXKP042788", "11111111111111111", "1HGCM82633A004352", "JH4KA7561PC008269",
			"WBA3A5G59DNP26082" })
	void acceptsRealVinsWhoseCheckDigitMatches(String vin) {
		assertThat(Vin.check(vin)).isEqualTo(Vin.Check.VALID);
		assertThat(Vin.of(vin).value()).isEqualTo(vin);
	}

	@Test
	void computesTheCheckDigitWithXForTen() {
		assertThat(Vin.checkDigit("1M8GDM9AXKP042788")).isEqualTo('X');
		assertThat(Vin.checkDigit("11111111111111111")).isEqualTo('1');
		assertThat(Vin.checkDigit("1HGCM82633A004352")).isEqualTo('3');
	}

	@Test
	void normalisesCaseSpacesHyphensAndDots() {
		assertThat(Vin.of(" 1m8-gdm9a xkp.042788 ").value()).isEqualTo("1M8GDM9AXKP042788");
		assertThat(Vin.normalise("wvw zzz-1jz.xw000001")).isEqualTo("WVWZZZ1JZXW000001");
	}

	@Test
	void refusesANorthAmericanVinWhoseCheckDigitDoesNotMatch() {
		assertThat(Vin.check("1M8GDM9AYKP042788")).isEqualTo(Vin.Check.CHECK_DIGIT_WRONG);
		assertThat(Vin.check("1HGCM82643A004352")).as("one digit mistyped").isEqualTo(Vin.Check.CHECK_DIGIT_WRONG);
		assertThatIllegalArgumentException().isThrownBy(() -> Vin.of("1M8GDM9A1KP042788"))
			.withMessageContaining("check digit")
			.withMessageNotContaining("1M8GDM9A1KP042788");
	}

	@Test
	void treatsAMismatchOutsideNorthAmericaAsAdvisoryOnly() {
		assertThat(Vin.check("WP0ZZZ99ZTS392124")).isEqualTo(Vin.Check.CHECK_DIGIT_ADVISORY);
		assertThat(Vin.check("WVWZZZ1JZXW000001")).isEqualTo(Vin.Check.CHECK_DIGIT_ADVISORY);
		Vin porsche = Vin.of("WP0ZZZ99ZTS392124");
		assertThat(porsche.northAmerican()).isFalse();
		assertThat(Vin.of("1M8GDM9AXKP042788").northAmerican()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1M8GDM9AXKP04278", "1M8GDM9AXKP0427881", "1M8GDM9AXKP04278O", "IM8GDM9AXKP042788",
			"1M8GDM9AXKP0427Q8", "", "1M8GDM9AXKP04278Ä", "1M8GDM9AXKP04278٣" })
	void refusesWhatIsNotSeventeenVinCharacters(String vin) {
		assertThat(Vin.check(vin)).isEqualTo(Vin.Check.MALFORMED);
		assertThatIllegalArgumentException().isThrownBy(() -> Vin.of(vin)).withMessageContaining("17 letters and digits");
	}

	@Test
	void theRecordHoldsOnlyTheNormalisedForm() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Vin("1m8gdm9axkp042788"));
		assertThat(new Vin("1M8GDM9AXKP042788")).isEqualTo(Vin.of("1m8gdm9axkp042788"));
	}
}
