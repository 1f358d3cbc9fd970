package org.liaison.treaty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.treaty.TreatyFixtures.DE_BKA;
import static org.liaison.treaty.TreatyFixtures.DE_ZOLL;
import static org.liaison.treaty.TreatyFixtures.FR_DGPN;
import static org.liaison.treaty.TreatyFixtures.INT_SECRETARIAT;
import static org.liaison.treaty.TreatyFixtures.agreement;
import static org.liaison.treaty.TreatyFixtures.article;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The index finds the agreements naming two agencies, and answers for them as the agreements would. */
class AgreementIndexTest {

	private final Agreement deFr = agreement("AG-DE-FR", "DE", "FR").build();
	private final Agreement bkaFr = agreement("AG-BKA-FR", "DE.BKA", "FR").build();
	private final Agreement withInt = agreement("AG-INT", "INT", "DE", "ES").build();
	private final AgreementIndex index = AgreementIndex.of(List.of(withInt, deFr, bkaFr));

	@Test
	void listsTheAgreementsNamingBothAgenciesById() {
		assertThat(index.naming(DE_BKA, FR_DGPN)).extracting(Agreement::id).containsExactly("AG-BKA-FR", "AG-DE-FR");
		assertThat(index.naming(DE_ZOLL, FR_DGPN)).extracting(Agreement::id).containsExactly("AG-DE-FR");
		assertThat(index.naming(INT_SECRETARIAT, DE_ZOLL)).extracting(Agreement::id).containsExactly("AG-INT");
		assertThat(index.naming(INT_SECRETARIAT, FR_DGPN)).isEmpty();
	}

	@Test
	void keepsAllAgreementsByIdAndFindsThem() {
		assertThat(index.all()).extracting(Agreement::id).containsExactly("AG-BKA-FR", "AG-DE-FR", "AG-INT");
		assertThat(index.find("AG-INT")).contains(withInt);
		assertThat(index.find("AG-NONE")).isEmpty();
		assertThat(AgreementIndex.empty().naming(DE_BKA, FR_DGPN)).isEmpty();
	}

	@Test
	void findsAgreementsPastTheFirstSixtyFourPositions() {
		List<Agreement> many = new ArrayList<>();
		for (int i = 0; i < 150; i++) {
			many.add(agreement("AG-%03d".formatted(i), i % 3 == 0 ? "DE" : "ES", i % 5 == 0 ? "FR.DGPN" : "IT").build());
		}
		Collections.shuffle(many, new java.util.Random(7));

		List<String> expected = many.stream()
			.map(Agreement::id)
			.filter(id -> Integer.parseInt(id.substring(3)) % 15 == 0)
			.sorted()
			.toList();
		assertThat(AgreementIndex.of(many).naming(DE_BKA, FR_DGPN)).extracting(Agreement::id).isEqualTo(expected);
	}

	@Test
	void citesAsTheAgreementWouldWhateverTheOrderOfQuestions() {
		Agreement worded = agreement("AG-DE-FR", "DE", "FR")
			.articles(article("1", "General provisions."), article("2", "Scope: data of persons."),
					article("3", "Cooperation with NGOs."), article("4", "Onward transfer to third parties."))
			.build();
		List<ArticleSubject> subjects = new ArrayList<>(List.of(ArticleSubject.values()));
		for (int round = 0; round < 5; round++) {
			AgreementIndex fresh = AgreementIndex.of(List.of(worded));
			Collections.shuffle(subjects, new java.util.Random(round));
			for (ArticleSubject s : subjects) {
				assertThat(fresh.citation(0, s)).as("%s", s).isEqualTo(Citation.of(worded, s));
				assertThat(fresh.citation("AG-DE-FR", s)).isEqualTo(Citation.of(worded, s));
			}
		}
		assertThat(AgreementIndex.of(List.of(worded)).citation("AG-NONE", ArticleSubject.SCOPE)).isNull();
	}
}
