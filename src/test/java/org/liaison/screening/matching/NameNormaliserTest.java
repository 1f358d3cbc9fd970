package org.liaison.screening.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.liaison.screening.matching.NameToken.Role;

/** Names in any script become lower-case ASCII tokens, without titles, punctuation or diacritics. */
class NameNormaliserTest {

	private final NameNormaliser normaliser = new NameNormaliser();

	private List<String> tokens(String name) {
		return normaliser.tokens(name);
	}

	@Nested
	class TransliteratesEachScript {

		@Test
		void cyrillicWithTheLettersNamesUseInLatin() {
			assertThat(tokens("Владимир Путин")).containsExactly("vladimir", "putin");
			assertThat(tokens("Виктор Цой")).containsExactly("viktor", "tsoy");
			assertThat(tokens("Никита Хрущёв")).containsExactly("nikita", "khrushchev");
			assertThat(tokens("Олександр")).containsExactly("oleksandr");
		}

		@Test
		void greekAsModernGreekIsSpelt() {
			assertThat(tokens("Κυριάκος Μητσοτάκης")).containsExactly("kyriakos", "mitsotakis");
			assertThat(tokens("Βλαντιμίρ")).containsExactly("vlandimir");
		}

		@Test
		void arabicAsConsonantsWithTheArticleSplitOff() {
			assertThat(tokens("محمد")).containsExactly("mhmd");
			assertThat(normaliser.normalise("عبد الفتاح السيسي").tokens())
					.extracting(NameToken::text, NameToken::role)
					.containsExactly(
							tuple("abdul", Role.NAME),
							tuple("ftah", Role.NAME),
							tuple("al", Role.PARTICLE),
							tuple("sysy", Role.NAME));
		}

		@Test
		void persianWithItsOwnLetters() {
			assertThat(tokens("مسعود پزشکیان")).containsExactly("mswd", "pzshkyan");
			assertThat(tokens("حسن روحانی")).containsExactly("hsn", "rwhany");
		}

		@Test
		void hebrewWithGereshForSoundsItLacks() {
			assertThat(tokens("בנימין נתניהו")).containsExactly("bnymyn", "ntnyhw");
			assertThat(tokens("ג'ונסון")).containsExactly("jwnswn");
		}

		@Test
		void chineseAsToneLessPinyinOneSyllableAToken() {
			assertThat(tokens("张伟")).containsExactly("zhang", "wei");
			assertThat(tokens("习近平")).containsExactly("xi", "jin", "ping");
		}

		@Test
		void japaneseKanaWithLongVowelsAndSmallKana() {
			assertThat(tokens("ウラジーミル・プーチン")).containsExactly("urajimiru", "puchin");
			assertThat(tokens("しんぞう あべ")).containsExactly("shinzou", "abe");
			assertThat(tokens("ウィジャヤ")).containsExactly("wijaya");
		}

		@Test
		void japaneseKanjiAsChinesePinyinForIcuHasNoJapaneseReadings() {
			assertThat(tokens("高市早苗")).containsExactly("gao", "shi", "zao", "miao");
		}

		@Test
		void koreanByRevisedRomanizationWithFinalConsonants() {
			assertThat(tokens("김정은")).containsExactly("gimjeongeun");
			assertThat(tokens("페럿")).containsExactly("pereot");
		}

		@Test
		void georgian() {
			assertThat(tokens("მიხეილ სააკაშვილი")).containsExactly("mikheil", "saakashvili");
		}

		@Test
		void armenian() {
			assertThat(tokens("Նիկոլ Փաշինյան")).containsExactly("nikol", "pashinyan");
		}

		@Test
		void thaiWithoutSilentLetters() {
			assertThat(tokens("ทักษิณ ชินวัตร")).containsExactly("thaksin", "chinwatr");
			assertThat(tokens("ปูติน")).containsExactly("putin");
		}

		@Test
		void devanagari() {
			assertThat(tokens("नरेन्द्र मोदी")).containsExactly("narendra", "modi");
		}

		@Test
		void aScriptIcuCannotTransliterateStaysAsWrittenSoItStillEqualsItself() {
			assertThat(tokens("ហ៊ុន ម៉ាណែត")).containsExactly("ហ៊ុន", "ម៉ាណែត");
		}

		@Test
		void recordsTheScriptFamilyAndTheTokenAsWritten() {
			NameToken token = normaliser.normalise("Мухаммед").tokens().get(0);
			assertThat(token.script()).isEqualTo(ScriptFamily.ALPHABET);
			assertThat(token.source()).isEqualTo("Мухаммед");
			assertThat(normaliser.normalise("محمد").tokens().get(0).script()).isEqualTo(ScriptFamily.ABJAD);
			assertThat(normaliser.normalise("김정은").tokens().get(0).script()).isEqualTo(ScriptFamily.HANGUL);
		}
	}

	@Test
	void dropsDiacriticsCaseAndApostrophesAndSpellsHacekLettersAsNamesDo() {
		assertThat(tokens("François HOLLANDE")).containsExactly("francois", "hollande");
		assertThat(tokens("Łódź Ærø ß")).containsExactly("lodz", "aero", "ss");
		assertThat(tokens("Aleksandar Vučić")).containsExactly("aleksandar", "vuchich");
		assertThat(tokens("O'Brien")).containsExactly("obrien");
		assertThat(tokens("ＰＵＴＩＮ")).containsExactly("putin");
	}

	@Test
	void splitsOnPunctuationHyphensAndControlCharacters() {
		assertThat(tokens("Smith, John")).containsExactly("smith", "john");
		assertThat(tokens("Jean-Marie Le Pen")).containsExactly("jean", "marie", "le", "pen");
		assertThat(tokens("Vladimir\u0000Putin\t\n")).containsExactly("vladimir", "putin");
	}

	@Test
	void dropsLeadingTitlesAndTrailingSuffixesButNeverTheWholeName() {
		assertThat(tokens("Mr. John O'Brien Jr.")).containsExactly("john", "obrien");
		assertThat(tokens("Gen. Col. Haji Ahmad Shah")).containsExactly("ahmad", "shah");
		assertThat(tokens("Sheikh Isa bin Tarif")).containsExactly("isa", "bin", "tarif");
		assertThat(tokens("Doctor")).containsExactly("doctor");
		assertThat(tokens("Ahmad Sheikh")).containsExactly("ahmad", "sheikh");
	}

	@Test
	void marksParticlesInsideANameOnlyAndSpellsThemOneWay() {
		assertThat(normaliser.normalise("Usama ibn Laden").tokens())
				.extracting(NameToken::text, NameToken::role)
				.containsExactly(
						tuple("usama", Role.NAME),
						tuple("bin", Role.PARTICLE),
						tuple("laden", Role.NAME));
		assertThat(normaliser.normalise("Ben Stiller").tokens()).extracting(NameToken::role)
				.containsOnly(Role.NAME);
		assertThat(normaliser.normalise("Le Van Thanh").tokens().get(0).role()).isEqualTo(Role.NAME);
	}

	@Test
	void spellsAbdAlCompoundsAsAbdul() {
		assertThat(tokens("Abd al-Rahman")).containsExactly("abdul", "rahman");
		assertThat(tokens("Abdel Rahman")).containsExactly("abdul", "rahman");
		assertThat(tokens("ABD EL KADER")).containsExactly("abdul", "kader");
	}

	@Test
	void marksSingleLatinLettersAsInitials() {
		assertThat(normaliser.normalise("J. R. Smith").tokens()).extracting(NameToken::role)
				.containsExactly(Role.INITIAL, Role.INITIAL, Role.NAME);
	}

	@Test
	void givesNothingForBlankOrPunctuationOnlyInput() {
		assertThat(normaliser.normalise("")).isEqualTo(NormalisedName.EMPTY);
		assertThat(normaliser.normalise("  -- ,. \u0000 ")).isEqualTo(NormalisedName.EMPTY);
	}

	@Test
	void boundsWhatAHugeNameCosts() {
		String huge = "Ivan ".repeat(2_000_000);
		long start = System.nanoTime();
		NormalisedName name = normaliser.normalise(huge);
		assertThat(name.tokens()).hasSizeLessThanOrEqualTo(NameNormaliser.MAX_TOKENS);
		assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
	}

	@Test
	void givesTheSameTokensFromManyThreadsAsFromOne() {
		List<String> names = List.of("Мухаммед Али", "محمد بن سلمان", "张伟", "김정은", "ウラジーミル・プーチン",
				"בנימין נתניהו", "Κυριάκος Μητσοτάκης", "नरेन्द्र मोदी", "ทักษิณ ชินวัตร", "François Hollande");
		List<List<String>> expected = names.stream().map(this::tokens).toList();
		List<Boolean> same = IntStream.range(0, 4_000).parallel()
				.mapToObj(i -> tokens(names.get(i % names.size())).equals(expected.get(i % names.size())))
				.toList();
		assertThat(same).containsOnly(true);
	}
}
