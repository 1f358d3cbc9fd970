package org.liaison.screening.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.liaison.screening.matching.PersonDetails.Sex;

/** A person's score: the name score, supported or weakened by date of birth, nationality and sex. */
class PersonMatcherTest {

	private final PersonMatcher matcher = new PersonMatcher();
	private final PersonDetails listed = PersonDetails.named("Muhammad Ali", "Cassius Clay").bornOn("1942-01-17")
			.withNationalities("US").withSex(Sex.MALE);

	private double nameOnly(String name) {
		return matcher.score(PersonDetails.named(name), listed).score();
	}

	@Nested
	class DateOfBirth {

		@Test
		void anExactDateRaisesTheScore() {
			PersonScore score = matcher.score(PersonDetails.named("Muhamad Aly").bornOn("1942-01-17"), listed);
			assertThat(score.birthDate()).isEqualTo(BirthDateAgreement.EXACT);
			assertThat(score.score()).isGreaterThan(nameOnly("Muhamad Aly"));
		}

		@Test
		void aYearAloneSupportsLess() {
			PersonScore year = matcher.score(PersonDetails.named("Muhamad Aly").bornOn("1942"), listed);
			PersonScore exact = matcher.score(PersonDetails.named("Muhamad Aly").bornOn("1942-01-17"), listed);
			assertThat(year.birthDate()).isEqualTo(BirthDateAgreement.YEAR_ONLY);
			assertThat(year.score()).isGreaterThan(nameOnly("Muhamad Aly")).isLessThan(exact.score());
		}

		@Test
		void recognisesDayAndMonthSwapped() {
			assertThat(BirthDateAgreement.of(BirthDate.parse("1970-03-12"), BirthDate.parse("1970-12-03")))
					.isEqualTo(BirthDateAgreement.DAY_MONTH_SWAPPED);
			assertThat(BirthDateAgreement.of(BirthDate.parse("1970-03-12"), BirthDate.parse("1970-03-13")))
					.isEqualTo(BirthDateAgreement.SAME_YEAR);
			assertThat(BirthDateAgreement.of(BirthDate.parse("1970-03"), BirthDate.parse("1970-03-13")))
					.isEqualTo(BirthDateAgreement.YEAR_ONLY);
		}

		@Test
		void anotherYearTakesABorderlineNameBelowTheThreshold() {
			PersonDetails query = PersonDetails.named("Muhamad Aly");
			assertThat(matcher.score(query, listed).score()).isGreaterThanOrEqualTo(PersonMatcher.THRESHOLD);
			PersonScore score = matcher.score(query.bornOn("1961-05-02"), listed);
			assertThat(score.birthDate()).isEqualTo(BirthDateAgreement.MISMATCH);
			assertThat(score.score()).isLessThan(PersonMatcher.THRESHOLD);
		}

		@Test
		void anExactNameWithAYearOfBirthFurtherThanOneYearOffIsNoHit() {
			PersonDetails exactName = PersonDetails.named("Muhammad Ali").withNationalities("US").withSex(Sex.MALE);
			PersonScore farOff = matcher.score(exactName.bornOn("1945-01-17"), listed);
			assertThat(farOff.birthDate()).isEqualTo(BirthDateAgreement.MISMATCH);
			assertThat(farOff.score()).isLessThan(PersonMatcher.THRESHOLD);
			assertThat(matcher.score(exactName.bornOn("1940-01-17"), listed).score())
				.as("MOST_YEARS_APART + 1, the most support otherwise").isLessThan(PersonMatcher.THRESHOLD);
			PersonScore slip = matcher.score(exactName.bornOn("1943-01-17"), listed);
			assertThat(slip.birthDate()).as("a data-entry slip").isEqualTo(BirthDateAgreement.NEAR_YEAR);
			assertThat(slip.score()).isGreaterThanOrEqualTo(PersonMatcher.THRESHOLD);
		}

		@Test
		void matchSkipsTheNamesOnlyWhenTheEvidenceAloneKeepsACandidateBelowTheThreshold() {
			PersonMatcher.Prepared farOff = matcher.prepare(PersonDetails.named("Muhammad Ali").bornOn("1950"));
			assertThat(matcher.match(farOff, listed, PersonMatcher.THRESHOLD)).isNull();
			PersonMatcher.Prepared slip = matcher.prepare(PersonDetails.named("Muhammad Ali").bornOn("1941-01-17"));
			assertThat(matcher.match(slip, listed, PersonMatcher.THRESHOLD)).isNotNull()
				.satisfies(s -> assertThat(s.score()).isEqualTo(matcher.score(slip, listed).score()));
			assertThat(matcher.match(matcher.prepare(PersonDetails.named("Joe Frazier").bornOn("1942-01-17")), listed,
					PersonMatcher.THRESHOLD)).isNull();
		}

		@Test
		void neverMakesAHitWithoutAName() {
			PersonScore score = matcher.score(PersonDetails.named("Joe Frazier").bornOn("1942-01-17")
					.withNationalities("US").withSex(Sex.MALE), listed);
			assertThat(score.score()).isZero();
		}

		@Test
		void rejectsImpossibleDatesWithoutRepeatingThem() {
			assertThatIllegalArgumentException().isThrownBy(() -> BirthDate.parse("2023-02-30"))
					.withMessageNotContaining("2023");
			assertThatIllegalArgumentException().isThrownBy(() -> BirthDate.parse("17/01/1942"));
			assertThat(BirthDate.parse("1965")).hasToString("1965");
		}
	}

	@Test
	void nationalityAndSexSupportOrWeaken() {
		PersonDetails query = PersonDetails.named("Muhamad Aly");
		double base = matcher.score(query, listed).score();
		assertThat(matcher.score(query.withNationalities("us", "eg"), listed).nationality()).isEqualTo(Evidence.MATCH);
		assertThat(matcher.score(query.withNationalities("US"), listed).score()).isGreaterThan(base);
		assertThat(matcher.score(query.withNationalities("EG"), listed).score()).isLessThan(base);
		assertThat(matcher.score(query.withSex(Sex.FEMALE), listed).sex()).isEqualTo(Evidence.MISMATCH);
		assertThat(matcher.score(query.withSex(Sex.FEMALE), listed).score()).isLessThan(base);
	}

	@Test
	void explainsTheNameAndEveryKnownEvidence() {
		PersonScore score = matcher.score(
				PersonDetails.named("Мухаммед Али").bornOn("1942").withNationalities("US"), listed);
		assertThat(score.explanation())
				.matches("\\d\\.\\d\\d: name \\d\\.\\d\\d \\(Мухаммед~Muhammad spelling, Али=Ali\\), dob year only, "
						+ "nationality match");
	}

	@Test
	void explainsWhatOnlyOneNameHasAndWhenNothingAligns() {
		assertThat(matcher.score(PersonDetails.named("Muhammad Ali Haj"), listed).explanation())
				.contains("(Muhammad=Muhammad, Ali=Ali; query only: Haj)");
		assertThat(matcher.score(PersonDetails.named("Joe Frazier"), listed).explanation())
				.isEqualTo("0.00: name 0.00 (nothing aligned)");
	}

	@Test
	void scoresTheBestOfAllAliases() {
		PersonScore score = matcher.score(PersonDetails.named("Cassius Marcellus Clay"), listed);
		assertThat(score.score()).isGreaterThanOrEqualTo(PersonMatcher.THRESHOLD);
		assertThat(score.explanation()).contains("Cassius=Cassius", "Clay=Clay");
	}
}
