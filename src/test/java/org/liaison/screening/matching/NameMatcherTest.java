package org.liaison.screening.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.screening.matching.NameMatcher.THRESHOLD;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Name scores across scripts and spellings, what keeps different names apart, and the explanations. */
class NameMatcherTest {

	private final NameMatcher matcher = new NameMatcher();

	private double score(String a, String b) {
		return matcher.score(a, b).score();
	}

	private void assertAllMatch(List<String> spellings) {
		for (String a : spellings) {
			for (String b : spellings) {
				assertThat(score(a, b)).as("%s against %s", a, b).isGreaterThanOrEqualTo(THRESHOLD);
			}
		}
	}

	@Nested
	class HardPairs {

		@Test
		void matchesMohammedAcrossLatinCyrillicAndArabic() {
			assertAllMatch(List.of("Mohammed", "Muhammad", "Мухаммед", "محمد"));
		}

		@Test
		void matchesAleksandrAlexanderAndUkrainianOleksandr() {
			assertAllMatch(List.of("Aleksandr", "Alexander", "Олександр"));
		}

		@Test
		void matchesZhangWeiInEitherOrderAndInHanzi() {
			assertThat(score("Zhang Wei", "张伟")).isEqualTo(1.0);
			assertThat(score("Wei Zhang", "张伟")).isEqualTo(1.0);
			assertThat(score("Zhang Wei", "Wei Zhang")).isEqualTo(1.0);
		}

		@Test
		void matchesPutinInEveryScriptThatSpellsItBySound() {
			for (String spelling : List.of("Владимир Путин", "Βλαντιμίρ Πούτιν", "فلاديمير بوتين", "ולדימיר פוטין",
					"ウラジーミル・プーチン", "블라디미르 푸틴", "Putin, Vladimir", "VladimirPutin")) {
				assertThat(score("Vladimir Putin", spelling)).as(spelling).isGreaterThanOrEqualTo(THRESHOLD);
			}
		}

		@Test
		void matchesKoreanNamesWrittenAsOneWordInHangul() {
			assertThat(score("Kim Jong Un", "김정은")).isGreaterThanOrEqualTo(THRESHOLD);
			assertThat(score("Kim Jong-un", "김정은")).isGreaterThanOrEqualTo(THRESHOLD);
		}

		@Test
		void matchesKoreanSurnamesInEveryRomanisationAgainstHangul() {
			for (List<String> spellings : List.of(List.of("이", "Lee", "Yi", "Rhee", "Ri"), List.of("박", "Park", "Pak", "Bak"),
					List.of("김", "Kim", "Gim"), List.of("최", "Choi", "Choe"), List.of("정", "Jung", "Chung", "Jeong", "Chong"),
					List.of("노", "Roh", "Noh", "No"))) {
				for (String latin : spellings.subList(1, spellings.size())) {
					assertThat(score(latin, spellings.get(0))).as(latin).isGreaterThanOrEqualTo(THRESHOLD);
				}
			}
		}

		@Test
		void matchesKoreanNamesInCustomaryAndMcCuneReischauerSpellings() {
			assertThat(score("Park Chung-hee", "박정희")).isGreaterThanOrEqualTo(THRESHOLD);
			assertThat(score("Lee Jae-myung", "이재명")).isGreaterThanOrEqualTo(THRESHOLD);
			assertThat(score("Roh Moo-hyun", "노무현")).isGreaterThanOrEqualTo(THRESHOLD);
			assertThat(score("Ri Son Gwon", "리선권")).isGreaterThanOrEqualTo(THRESHOLD);
			assertThat(score("Chun Doo-hwan", "전두환")).isGreaterThanOrEqualTo(THRESHOLD);
		}

		@Test
		void matchesForeignNamesInHangulWhereKoreanDropsOrMergesSounds() {
			assertThat(score("Hinds", "하인즈")).isGreaterThanOrEqualTo(THRESHOLD);
			assertThat(score("Palmer", "파머")).isGreaterThanOrEqualTo(THRESHOLD);
			assertThat(score("Gilmar", "지우마르")).isGreaterThanOrEqualTo(THRESHOLD);
		}

		@Test
		void matchesChineseGivenNamesWrittenTogetherInPinyin() {
			assertThat(score("Xi Jinping", "习近平")).isEqualTo(1.0);
		}

		@Test
		void matchesArabicNamesWithParticlesAndArticles() {
			assertThat(score("Osama bin Laden", "Usama ibn Laden")).isGreaterThanOrEqualTo(THRESHOLD);
			assertThat(score("Osama bin Laden", "أسامة بن لادن")).isGreaterThanOrEqualTo(THRESHOLD);
			assertThat(score("Abdel Fattah el-Sisi", "عبد الفتاح السيسي")).isGreaterThanOrEqualTo(THRESHOLD);
			assertThat(score("Ali Al-Sabah", "Ali Alsabah")).isGreaterThanOrEqualTo(THRESHOLD);
		}
	}

	@Nested
	class Tolerance {

		@Test
		void isIndependentOfTokenOrderAndSymmetric() {
			assertThat(score("Lavrov Sergey", "Sergey Lavrov")).isEqualTo(1.0);
			for (List<String> pair : List.of(List.of("Mohammed bin Salman", "محمد بن سلمان"),
					List.of("Vladimir Vladimirovich Putin", "Владимир Путин"), List.of("J. Smith", "John Smyth"))) {
				assertThat(score(pair.get(0), pair.get(1))).isEqualTo(score(pair.get(1), pair.get(0)));
			}
		}

		@Test
		void penalisesAMissingMiddleNameOnlyLightly() {
			double score = score("Vladimir Vladimirovich Putin", "Vladimir Putin");
			assertThat(score).isGreaterThanOrEqualTo(0.9).isLessThan(1.0);
		}

		@Test
		void penalisesAMissingPatronymicLessThanAMissingName() {
			assertThat(score("Sergejs Lavrovs", "Sergey Viktorovich Lavrov")).isGreaterThanOrEqualTo(THRESHOLD);
			assertThat(score("Sergey Lavrov", "Sergey Viktorovich Lavrov"))
					.isGreaterThan(score("Sergey Lavrov", "Sergey Nikolai Lavrov"));
			assertThat(score("Sergey Viktorovich Lavrov", "Sergey Borisovich Lavrov")).isLessThan(THRESHOLD);
		}

		@Test
		void matchesInitialsWithTheNamesTheyStartButNotOthers() {
			assertThat(score("V. Putin", "Vladimir Putin")).isGreaterThanOrEqualTo(THRESHOLD);
			assertThat(score("A. Putin", "Vladimir Putin")).isLessThan(THRESHOLD);
		}

		@Test
		void toleratesTyposWithinTheBudgetForTheirLength() {
			assertThat(score("Friedrich Lindenberg", "Fridrich Lyndenburg")).isGreaterThanOrEqualTo(THRESHOLD);
			assertThat(score("Donlad Trump", "Donald Trump")).isGreaterThanOrEqualTo(THRESHOLD);
		}

		@Test
		void matchesCommonDiminutives() {
			NameScore score = matcher.score("Bill Gates", "William Gates");
			assertThat(score.score()).isGreaterThanOrEqualTo(THRESHOLD);
			assertThat(score.pairs().get(0).how()).isEqualTo(TokenAgreement.NICKNAME);
		}
	}

	@Nested
	class KeepsApart {

		@Test
		void differentSurnamesAndGivenNames() {
			assertThat(score("John Smith", "John Brown")).isLessThan(THRESHOLD);
			assertThat(score("John Smith", "Jane Smith")).isLessThan(THRESHOLD);
			assertThat(score("Bashar al-Assad", "Hafez al-Assad")).isLessThan(THRESHOLD);
			assertThat(score("Raúl Castro", "Fidel Castro")).isLessThan(THRESHOLD);
		}

		@Test
		void aSmitheJonesFromAJohnSmithAtAHighThreshold() {
			assertThat(score("John Smith", "Joan Smythe-Jones")).isLessThan(0.9);
		}

		@Test
		void conflictingPatronymicsEvenWithEverythingElseEqual() {
			assertThat(score("Sergey Viktorovich Lavrov", "Sergey Borisovich Lavrov")).isLessThan(THRESHOLD);
		}

		@Test
		void aFatherFromHisSonInArabicNamingChains() {
			assertThat(score("Salman bin Muhammad al-Rawi", "Muhammad bin Salman al-Rawi")).isLessThan(THRESHOLD);
			assertThat(score("Mohammed bin Salman", "Muhammad bin Salman")).isGreaterThanOrEqualTo(THRESHOLD);
		}

		@Test
		void chineseAndKoreanNamesThatDifferByOneCharacter() {
			assertThat(score("习近平", "习近朋")).isLessThan(THRESHOLD);
			assertThat(score("高市早苗", "高石早苗")).isLessThan(THRESHOLD);
			assertThat(score("김정은", "김종은")).isLessThan(THRESHOLD);
		}

		@Test
		void aSingleSharedTokenOfALongerName() {
			assertThat(score("Walijan", "Walijan Abdul Ghafoor Haqqani")).isLessThan(THRESHOLD);
		}

		@Test
		void aNameOfInitialsOnly() {
			assertThat(score("M. R. O.", "Maricel Romanov")).isLessThan(THRESHOLD);
			assertThat(score("V. V. Putin", "Vladimir Vladimirovich Putin")).isGreaterThanOrEqualTo(THRESHOLD);
		}

		@Test
		void aJoinThatGetsItsShortestPartWrong() {
			assertThat(score("Ahmed Lu", "Ahmedou")).isLessThan(THRESHOLD);
			assertThat(score("Kim Il Sung", "Kim Ilsong")).isGreaterThanOrEqualTo(THRESHOLD);
		}

		@Test
		void aSingleAlignedPairWhileOtherNamesAreLeftOver() {
			assertThat(score("Abdulla Fedorenko", "Abd Allah")).isLessThan(THRESHOLD);
			assertThat(score("Abdulla", "Abd Allah")).isGreaterThanOrEqualTo(THRESHOLD);
		}

		@Test
		void koreanNamesThatDifferInOneSyllableAcrossScripts() {
			assertThat(score("Kim Jong Un", "김정일")).isLessThan(THRESHOLD);
			assertThat(score("Kim Jong Il", "김정은")).isLessThan(THRESHOLD);
		}

		@Test
		void nothingFromAnEmptyName() {
			assertThat(matcher.score("", "John Smith")).isEqualTo(NameScore.NONE);
			assertThat(matcher.score("Mr.", "-")).isEqualTo(NameScore.NONE);
		}
	}

	@Nested
	class Explanations {

		@Test
		void nameTheAlignedTokensAsWrittenAndHowTheyAgree() {
			NameScore score = matcher.score("Мухаммед Али", "Muhammad Ali");
			assertThat(score.pairs()).hasSize(2);
			assertThat(score.pairs().get(0).toString()).isEqualTo("Мухаммед~Muhammad spelling");
			assertThat(score.pairs().get(1).toString()).isEqualTo("Али=Ali");
			assertThat(score.explanation()).startsWith(String.format(Locale.ROOT, "%.2f: ", score.score()))
					.contains("Мухаммед~Muhammad spelling, Али=Ali");
		}

		@Test
		void sayWhichScriptSpellingAgreedBySkeleton() {
			NameScore score = matcher.score("Mohammed", "محمد");
			assertThat(score.pairs().get(0).how()).isEqualTo(TokenAgreement.TRANSLITERATION);
			assertThat(score.explanation()).contains("Mohammed~محمد transliteration");
		}

		@Test
		void listWhatOnlyOneSideHas() {
			assertThat(matcher.score("Vladimir Vladimirovich Putin", "Vladimir Putin").explanation())
					.endsWith("; query only: Vladimirovich");
			assertThat(matcher.score("Vladimir Putin", "Vladimir Vladimirovich Putin").explanation())
					.endsWith("; candidate only: Vladimirovich");
		}

		@Test
		void showConflictsAsDifferences() {
			assertThat(matcher.score("Sergey Viktorovich Lavrov", "Sergey Borisovich Lavrov").explanation())
					.contains("differs: Viktorovich vs Borisovich");
		}

		@Test
		void showTokensJoinedToMatchOneWord() {
			NameScore score = matcher.score("VladimirPutin", "Vladimir Putin");
			assertThat(score.pairs()).singleElement()
					.satisfies(pair -> assertThat(pair.candidate()).extracting(NameToken::text).containsExactly("vladimir", "putin"));
		}
	}

	@Test
	void takesTheBestPairOfAliases() {
		NameScore best = matcher.best(List.of("Abu Bakr", "Ibrahim Awad Ibrahim al-Badri"),
				List.of("Abu Du'a", "Ibrahim Awwad Ibrahim Ali al-Badri"));
		assertThat(best.score()).isGreaterThanOrEqualTo(THRESHOLD);
		assertThat(best.explanation()).contains("Ibrahim=Ibrahim");
		assertThat(matcher.best(List.of(), List.of("Anyone"))).isEqualTo(NameScore.NONE);
	}

	@Test
	void givesTheSameScoreEveryTime() {
		NameScore first = matcher.score("Abdel Fattah el-Sisi", "عبد الفتاح السيسي");
		for (int i = 0; i < 20; i++) {
			assertThat(matcher.score("Abdel Fattah el-Sisi", "عبد الفتاح السيسي")).isEqualTo(first);
		}
	}
}
