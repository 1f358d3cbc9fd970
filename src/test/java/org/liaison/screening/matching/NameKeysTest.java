package org.liaison.screening.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Index terms that bring spellings of one name together. */
class NameKeysTest {

	private final NameKeys keys = new NameKeys();

	@Test
	void givesArabicAndLatinSpellingsOfMohammedOneSkeleton() {
		for (String name : new String[] {"Mohammed", "Muhammad", "Mohamed", "محمد", "Мухаммед"}) {
			assertThat(keys.indexTerms(name)).as(name).contains("s:MMT");
		}
	}

	@Test
	void givesTheSameTermsWhateverTheOrderOrScript() {
		Set<String> zhangWei = keys.indexTerms("Zhang Wei");
		assertThat(keys.indexTerms("Wei Zhang")).isEqualTo(zhangWei);
		assertThat(keys.indexTerms("张伟")).isEqualTo(zhangWei);
	}

	@Test
	void indexesAdjacentTokensJoinedSoThatAOneWordQueryFindsThem() {
		assertThat(keys.indexTerms("Vladimir Putin")).contains("t:vladimirputin", "t:putinvladimir");
		assertThat(keys.indexTerms("VladimirPutin")).contains("t:vladimirputin");
	}

	@Test
	void leavesParticlesAndOneLetterCodesOut() {
		Set<String> terms = keys.indexTerms("Osama bin Laden");
		assertThat(terms).contains("t:osama", "t:laden").doesNotContain("t:bin");
		assertThat(keys.indexTerms("Wei")).noneMatch(t -> t.startsWith("p:") && t.length() < 4);
	}

	@Test
	void givesDoubleMetaphonePrimaryAndAlternateCodes() {
		assertThat(NameKeys.phonetic("smith")).containsExactly("SM0", "XMT");
		assertThat(NameKeys.phonetic("muhammad")).containsExactly("MHMT");
	}
}
