package org.liaison.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.support.Api;
import org.liaison.support.Fixtures;
import org.liaison.support.IntegrationTest;

/** Full-text search of cases: folded terms, every word, prefixes, ranking, and only what the agency may see. */
class CaseSearchTest extends IntegrationTest {

	MessagingFixture f;
	String word;

	@BeforeEach
	void parties() {
		f = new MessagingFixture(api, fixtures);
		fixtures.agreement(f.de.substring(0, 2), f.es.substring(0, 2)).create();
		word = Fixtures.unique("kw").toLowerCase();
	}

	List<String> found(Api officer, String q) {
		Api.Response r = officer.get("/api/v1/cases?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
		assertThat(r.status()).as(r.text()).isEqualTo(200);
		return r.json().findValuesAsString("id");
	}

	@Test
	void findsEveryWordFoldedInAnyCaseAndAccentAndByPrefix() {
		String id = f.open("Convoy " + word, MessagingFixture.request("Herr MÜLLER was seen in Zürich with Мухаммед", false, null))
			.at("/caseFile/id");
		assertThat(found(f.frOfficer, "muller zurich " + word)).containsExactly(id);
		assertThat(found(f.frOfficer, "Müller ZÜRICH мухаммед " + word.toUpperCase())).containsExactly(id);
		assertThat(found(f.deOfficer, "zür* " + word)).containsExactly(id);
		assertThat(found(f.deOfficer, word.substring(0, word.length() - 2) + "*")).containsExactly(id);
		assertThat(found(f.deOfficer, "muller berlin " + word)).as("every word must occur").isEmpty();
		assertThat(found(f.deOfficer, "mull " + word)).as("a word is not a prefix without its star").isEmpty();
		assertThat(found(f.esOfficer, "muller " + word)).as("not a party").isEmpty();
	}

	@Test
	void ranksSubjectAboveTextAndIgnoresMessagesTheAgencyDidNotSendOrReceive() {
		String inText = f.deOfficer.post("/api/v1/cases", f.caseBody("Routine", List.of(f.fr, f.es),
				MessagingFixture.request("the " + word + " again", false, null))).at("/caseFile/id");
		String inSubject = f.open("About " + word, Map.of("type", "NOTIFICATION", "body", "see subject")).at("/caseFile/id");
		assertThat(found(f.frOfficer, word)).containsExactly(inSubject, inText);

		String secret = Fixtures.unique("sx").toLowerCase();
		Api.Response toFrOnly = f.deOfficer.post("/api/v1/cases/" + inText + "/messages",
				Map.of("type", "NOTIFICATION", "to", List.of(f.fr), "body", "only for FR: " + secret));
		assertThat(toFrOnly.status()).as(toFrOnly.text()).isEqualTo(201);
		assertThat(found(f.frOfficer, secret)).containsExactly(inText);
		assertThat(found(f.deOfficer, secret)).containsExactly(inText);
		assertThat(found(f.esOfficer, secret)).as("ES is a party but neither sent nor received it").isEmpty();
		assertThat(found(f.esOfficer, word)).containsExactly(inText);
	}

	@Test
	void combinesWordsWithTheOtherFiltersAndPages() {
		String a = f.open("Page one " + word, MessagingFixture.request("first", false, null)).at("/caseFile/id");
		String b = f.open("Page two " + word, Map.of("type", "NOTIFICATION", "body", "second")).at("/caseFile/id");
		assertThat(found(f.deOfficer, word)).containsExactlyInAnyOrder(a, b);
		assertThat(f.deOfficer.get("/api/v1/cases?size=1&q=" + word).json().findValuesAsString("id")).hasSize(1);
		assertThat(f.deOfficer.get("/api/v1/cases?size=1&page=1&q=" + word).json().findValuesAsString("id")).hasSize(1);
		assertThat(f.deOfficer.get("/api/v1/cases?deadline=OPEN&q=" + word).json().findValuesAsString("id")).containsExactly(a);
		assertThat(f.deOfficer.get("/api/v1/cases?party=" + f.es + "&q=" + word).json()).isEmpty();
		assertThat(found(f.deOfficer, "% *")).as("no searchable word matches nothing").isEmpty();
	}
}
