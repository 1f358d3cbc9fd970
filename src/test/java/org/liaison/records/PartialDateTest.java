package org.liaison.records;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.liaison.records.PartialDate.Precision;

/** Dates known to a year, a month, a day or a second, and whether two of them can be the same. */
class PartialDateTest {

	@Test
	void knowsItsPrecision() {
		assertThat(PartialDate.parse("1980").precision()).isEqualTo(Precision.YEAR);
		assertThat(PartialDate.parse("1980-05").precision()).isEqualTo(Precision.MONTH);
		assertThat(PartialDate.parse("1980-05-01").precision()).isEqualTo(Precision.DAY);
		assertThat(PartialDate.parse("1980-05-01T10:11:12").precision()).isEqualTo(Precision.SECOND);
	}

	@Test
	void isCompatibleWithTheSameDateAtAnotherPrecision() {
		assertThat(PartialDate.parse("1980").isCompatibleWith(PartialDate.parse("1980-05-01"))).isTrue();
		assertThat(PartialDate.parse("1980-05-01").isCompatibleWith(PartialDate.parse("1980-05"))).isTrue();
		assertThat(PartialDate.parse("1980-05").isCompatibleWith(PartialDate.parse("1980-06-01"))).isFalse();
		assertThat(PartialDate.parse("1981").isCompatibleWith(PartialDate.parse("1980-05-01"))).isFalse();
	}

	@Test
	void equalsByCanonicalForm() {
		assertThat(PartialDate.parse("1980-05-01 00:00Z")).isEqualTo(PartialDate.parse("1980-05-01T02:00+02:00"));
		assertThat(PartialDate.parse("1980")).isNotEqualTo(PartialDate.parse("1980-01"));
	}

	@Test
	void crossesMidnightAndYearsWhenMovingToUtc() {
		assertThat(PartialDate.parse("2000-01-01T01:00+03:00")).hasToString("1999-12-31T22:00");
	}
}
