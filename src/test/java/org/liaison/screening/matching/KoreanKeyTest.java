package org.liaison.screening.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One key for the Revised, McCune-Reischauer and customary spellings of a Korean name. */
class KoreanKeyTest {

	private static void assertSameKey(String... spellings) {
		List<String> keys = List.of(spellings).stream().map(KoreanKey::of).distinct().toList();
		assertThat(keys).as(String.join(", ", spellings)).hasSize(1);
	}

	@Test
	void givesSurnameSpellingsOneKey() {
		assertSameKey("i", "lee", "yi", "rhee", "ri");
		assertSameKey("bak", "park", "pak");
		assertSameKey("gim", "kim");
		assertSameKey("choe", "choi");
		assertSameKey("jeong", "jung", "chung", "chong");
		assertSameKey("no", "noh", "roh");
		assertSameKey("an", "ahn");
	}

	@Test
	void givesRevisedAndMcCuneReischauerGivenNamesOneKey() {
		assertSameKey("jeongeun", "jongun", "chongun");
		assertSameKey("hui", "hee");
		assertSameKey("myeong", "myong", "myung");
	}

	@Test
	void keepsDifferentVowelsAndConsonantsApart() {
		assertThat(KoreanKey.of("bak")).isNotEqualTo(KoreanKey.of("baek"));
		assertThat(KoreanKey.of("gim")).isNotEqualTo(KoreanKey.of("geum"));
		assertThat(KoreanKey.of("jeongil")).isNotEqualTo(KoreanKey.of("jeongeun"));
	}
}
