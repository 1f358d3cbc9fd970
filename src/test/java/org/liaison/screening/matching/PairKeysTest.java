package org.liaison.screening.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Pair keys: two names share one when two of their tokens resemble each other, and not for one token alone. */
class PairKeysTest {

	private final PairKeys keys = new PairKeys();

	private Set<String> shared(String a, String b) {
		Set<String> s = new HashSet<>(keys.of(a));
		s.retainAll(keys.of(b));
		return s;
	}

	@Test
	void sharesAKeyAcrossTransliterationsScriptsAndOrder() {
		assertThat(shared("Mohammed Al-Farsi", "Muhammad Alfarsi")).isNotEmpty();
		assertThat(shared("Mohammed Al-Farsi", "Мухаммед Аль-Фарси")).isNotEmpty();
		assertThat(shared("Zhang Wei", "Wei Zhang")).isNotEmpty();
		assertThat(shared("Zhang Wei", "张伟")).isNotEmpty();
	}

	@Test
	void sharesNoKeyForACommonGivenNameAlone() {
		assertThat(shared("Mohammed Al-Farsi", "Mohammed Haddad")).isEmpty();
		assertThat(shared("Wang Wei", "Wang Xiaoming")).isEmpty();
	}

	@Test
	void oneTypoInALongTokenLeavesAKey() {
		assertThat(shared("Abdelrahman Haddad", "Abdelrahmn Haddad")).isNotEmpty();
		assertThat(shared("Ekaterina Chebotareva", "Ekaterina Chebtoareva")).isNotEmpty();
	}

	@Test
	void joinedTokensMeetTheirParts() {
		assertThat(shared("Kim Minjun", "Kim Min Jun")).isNotEmpty();
		assertThat(shared("VladimirPutin", "Vladimir Putin")).isNotEmpty();
	}

	@Test
	void oneTokenNamesGetKeysOfTheirToken() {
		assertThat(shared("Madonna", "Madona")).isNotEmpty();
		assertThat(keys.of("Madonna")).allMatch(k -> k.startsWith("u:"));
		assertThat(keys.of("Osama bin Laden")).noneMatch(k -> k.contains("tbin"));
	}
}
