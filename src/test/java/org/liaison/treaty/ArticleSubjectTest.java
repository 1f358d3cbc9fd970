package org.liaison.treaty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.treaty.TreatyFixtures.DE_BKA;
import static org.liaison.treaty.TreatyFixtures.NGO_LASTRADA;
import static org.liaison.treaty.TreatyFixtures.agreement;
import static org.liaison.treaty.TreatyFixtures.article;
import static org.liaison.treaty.TreatyFixtures.decide;
import static org.liaison.treaty.TreatyFixtures.item;
import static org.liaison.treaty.TreatyFixtures.request;

import org.junit.jupiter.api.Test;

/** Which untagged article a decision cites for a subject, judged by its wording. */
class ArticleSubjectTest {

	@Test
	void readsEachSubjectFromItsUsualWording() {
		assertThat(ArticleSubject.SCOPE.isSuggestedBy("Exchange of data of persons for the PURPOSES listed")).isTrue();
		assertThat(ArticleSubject.CLASSIFICATION.isSuggestedBy("Information classified SECRET is not exchanged.")).isTrue();
		assertThat(ArticleSubject.ONWARD_TRANSFER.isSuggestedBy("Transfer to third parties needs consent.")).isTrue();
		assertThat(ArticleSubject.RETENTION.isSuggestedBy("Data received are erased after two years.")).isTrue();
		assertThat(ArticleSubject.NGO.isSuggestedBy("Cooperation with NGOs and civil society.")).isTrue();
		assertThat(ArticleSubject.GENERAL.isSuggestedBy("General provisions.")).isFalse();
	}

	@Test
	void doesNotReadNgoIntoOngoingOrCongo() {
		assertThat(ArticleSubject.NGO.isSuggestedBy("The parties support ongoing investigations.")).isFalse();
		assertThat(ArticleSubject.NGO.isSuggestedBy("Done at Kinshasa, Democratic Republic of the Congo.")).isFalse();
	}

	@Test
	void doesNotReadClassificationIntoTheSecretariat() {
		assertThat(ArticleSubject.CLASSIFICATION.isSuggestedBy("The Secretariat keeps the register of parties.")).isFalse();
		assertThat(ArticleSubject.CLASSIFICATION.isSuggestedBy("The Secretary-General is the depositary.")).isFalse();
	}

	@Test
	void ngoDenialCitesTheArticleOnNgosNotOneMentioningOngoingWork() {
		Agreement mou = agreement("MOU-LASTRADA", "DE", "NGO.LASTRADA")
			.articles(article("1", "General provisions."), article("2", "The parties support ongoing investigations."),
					article("3", "Information given to the NGO is TLP:CLEAR or TLP:GREEN."))
			.build();

		DisclosureDecision d = decide(request(item(DE_BKA).tlp(Tlp.AMBER).build(), DE_BKA, NGO_LASTRADA), mou);

		assertThat(d.reason()).isEqualTo(ReasonCode.NGO_TLP_RESTRICTED);
		assertThat(d.article()).isEqualTo("3");
	}
}
