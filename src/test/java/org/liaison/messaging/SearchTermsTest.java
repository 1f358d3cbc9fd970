package org.liaison.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.liaison.messaging.internal.SearchIndex;

/** How texts and queries become terms of the full-text index. */
class SearchTermsTest {

	@Test
	void foldsCaseAccentsLigaturesAndLettersNfkdLeavesAlone() {
		assertThat(SearchTerms.terms("MÜLLER, Müller and Muller")).containsExactly("muller", "muller", "and", "muller");
		assertThat(SearchTerms.terms("Straße Øresund Łódź ﬁnance ＡＢＣ")).containsExactly("strasse", "oresund", "lodz", "finance", "abc");
		assertThat(SearchTerms.terms("Ἀθῆναι")).containsExactly("αθηναι");
	}

	@Test
	void splitsAtAnythingButLettersAndDigitsInAnyScript() {
		assertThat(SearchTerms.terms("Мухаммед-Аль Фарси; ID#A12-77 <b>x</b>"))
			.containsExactly("мухаммед", "аль", "фарси", "id", "a12", "77");
		assertThat(SearchTerms.terms("محمد العلي")).containsExactly("محمد", "العلي");
		assertThat(SearchTerms.terms("张伟在北京")).containsExactly("张", "伟", "在", "北", "京");
	}

	@Test
	void dropsSingleLettersAndCutsLongWords() {
		assertThat(SearchTerms.terms("a b 7 ok")).containsExactly("ok");
		assertThat(SearchTerms.terms("x".repeat(100)).get(0)).hasSize(SearchTerms.MAX_LENGTH);
		assertThat(SearchTerms.counted("war and war and WAR")).containsEntry("war", 3).containsEntry("and", 2).hasSize(2);
	}

	@Test
	void queryMarksAWordEndingInAStarAsAPrefixAndDropsRepeats() {
		assertThat(SearchIndex.query("  Immig*  smuggling SMUGGLING o'brien*"))
			.containsExactly(new SearchIndex.Term("immig", true), new SearchIndex.Term("smuggling", false),
					new SearchIndex.Term("brien", true));
		assertThat(SearchIndex.query("% _ *")).isEmpty();
	}
}
