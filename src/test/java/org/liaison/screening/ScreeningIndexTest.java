package org.liaison.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liaison.agency.AgencyId;
import org.liaison.alerts.Alert;
import org.liaison.alerts.AlertId;
import org.liaison.alerts.AlertStatus;
import org.liaison.alerts.AlertType;
import org.liaison.alerts.RequestedAction;
import org.liaison.records.InformationCredibility;
import org.liaison.records.Markings;
import org.liaison.records.SourceReliability;
import org.liaison.treaty.Category;
import org.liaison.treaty.Classification;
import org.liaison.treaty.Purpose;
import org.liaison.treaty.Tlp;

class ScreeningIndexTest {

	ScreeningIndex index = new ScreeningIndex();

	@AfterEach
	void close() throws Exception {
		index.close();
	}

	static Alert alert(AlertType type, String schema, Category category, Map<String, List<String>> properties) {
		return new Alert(AlertId.random(), type, schema, category, "caption", properties, RequestedAction.ARREST,
				Set.of(Purpose.TERRORISM), "AG-1",
				new Markings(Classification.RESTRICTED, Tlp.AMBER, Set.of(), null, SourceReliability.B,
						InformationCredibility.of("2")),
				"summary", AgencyId.of("DE.POLICE"), AlertStatus.PUBLISHED, LocalDate.now().plusMonths(6),
				Instant.now().plusSeconds(86_400), List.of(), "officer", Instant.now(), null, null, null, null, null, 1);
	}

	static Alert person(String... names) {
		return alert(AlertType.WANTED_PERSON, "Person", Category.PERSON,
				Map.of("name", List.of(names), "birthDate", List.of("1980-05-01")));
	}

	static ScreeningQuery personQuery(String name, String birthDate) {
		return ScreeningQuery.of("Person", Map.of("name", List.of(name), "birthDate", List.of(birthDate)));
	}

	List<AlertId> found(ScreeningQuery q) {
		return index.candidates(q).stream().map(ScreeningIndex.Candidate::id).toList();
	}

	@Test
	void publishedPersonIsFoundAcrossScriptsAndGoneAtOnceWhenRemoved() {
		Alert farsi = person("Mohammed Al-Farsi");
		Alert other = person("Ingrid Johansson");
		index.put(farsi);
		index.put(other);

		assertThat(found(personQuery("Мухаммед Аль-Фарси", "1980-05-01"))).contains(farsi.id()).doesNotContain(other.id());
		assertThat(found(personQuery("Muhammad Alfarsi", "1980"))).contains(farsi.id());

		index.remove(farsi.id());
		assertThat(found(personQuery("Мухаммед Аль-Фарси", "1980-05-01"))).doesNotContain(farsi.id());
		assertThat(index.size()).isEqualTo(1);
	}

	@Test
	void republishingReplacesTheDocument() {
		Alert farsi = person("Mohammed Al-Farsi");
		index.put(farsi);
		index.put(farsi);
		assertThat(found(personQuery("Mohammed Al-Farsi", "1980-05-01"))).containsExactly(farsi.id());
	}

	@Test
	void documentNumberIsNormalisedAndMatchedWithItsCountry() {
		Alert passport = alert(AlertType.STOLEN_TRAVEL_DOCUMENT, "Passport", Category.TRAVEL_DOCUMENT,
				Map.of("number", List.of("ab12345"), "country", List.of("de")));
		index.put(passport);

		assertThat(found(ScreeningQuery.of("Passport", Map.of("number", List.of("AB-12 345"), "country", List.of("DE")))))
			.containsExactly(passport.id());
		assertThat(found(ScreeningQuery.of("Identification", Map.of("number", List.of("a.b 123-45")))))
			.as("country unknown to the asker: not matched against one listed with a country").isEmpty();
		assertThat(found(ScreeningQuery.of("Passport", Map.of("number", List.of("AB12345"), "country", List.of("FR")))))
			.as("another issuing country").isEmpty();
		assertThat(found(ScreeningQuery.of("Passport", Map.of("number", List.of("AB12346"), "country", List.of("DE")))))
			.isEmpty();
	}

	@Test
	void vehicleByVinAndByPlate() {
		Alert car = alert(AlertType.STOLEN_VEHICLE, "Vehicle", Category.VEHICLE,
				Map.of("vin", List.of("WVWZZZ1JZXW000001"), "registrationNumber", List.of("B-AB 123")));
		index.put(car);
		assertThat(found(ScreeningQuery.of("Vehicle", Map.of("vin", List.of("wvwzzz1jzxw000001"))))).containsExactly(car.id());
		assertThat(found(ScreeningQuery.of("Vehicle", Map.of("registrationNumber", List.of("BAB123"), "country", List.of("DE")))))
			.as("listed without a country: any country's plate").containsExactly(car.id());
	}

	@Test
	void aDocumentOrVehicleCandidateIsAHitOnlyWhenTheListedAlertCarriesTheNumber() {
		Alert passport = alert(AlertType.STOLEN_TRAVEL_DOCUMENT, "Passport", Category.TRAVEL_DOCUMENT,
				Map.of("number", List.of("ab12345"), "country", List.of("de")));
		assertThat(AlertTerms.lists(passport, ScreeningQuery.of("Passport", Map.of("number", List.of("AB 12345"), "country", List.of("DE")))))
			.isTrue();
		assertThat(AlertTerms.lists(passport, ScreeningQuery.of("Passport", Map.of("number", List.of("AB12346"), "country", List.of("DE")))))
			.as("what a fingerprint collision would bring").isFalse();
		assertThat(AlertTerms.lists(passport, ScreeningQuery.of("Passport", Map.of("number", List.of("AB12345"), "country", List.of("FR")))))
			.isFalse();
		Alert car = alert(AlertType.STOLEN_VEHICLE, "Vehicle", Category.VEHICLE,
				Map.of("vin", List.of("WVWZZZ1JZXW000001"), "registrationNumber", List.of("B-AB 123"), "country", List.of("DE")));
		assertThat(AlertTerms.lists(car, ScreeningQuery.of("Vehicle", Map.of("vin", List.of("wvwzzz1jzxw000001"))))).isTrue();
		assertThat(AlertTerms.lists(car, ScreeningQuery.of("Vehicle", Map.of("vin", List.of("WVWZZZ1JZXW000002"))))).isFalse();
		assertThat(AlertTerms.lists(car, ScreeningQuery.of("Vehicle", Map.of("registrationNumber", List.of("BAB123"), "country", List.of("DE")))))
			.isTrue();
		assertThat(AlertTerms.lists(car, ScreeningQuery.of("Vehicle", Map.of("registrationNumber", List.of("BAB123"), "country", List.of("AT")))))
			.isFalse();
		assertThat(AlertTerms.lists(car, ScreeningQuery.of("Passport", Map.of("number", List.of("BAB123"))))).isFalse();
	}

	@Test
	void republishingADocumentUnderAnotherNumberDropsTheOldNumber() {
		Alert passport = alert(AlertType.STOLEN_TRAVEL_DOCUMENT, "Passport", Category.TRAVEL_DOCUMENT,
				Map.of("number", List.of("AB12345"), "country", List.of("DE")));
		index.put(passport);
		Alert corrected = new Alert(passport.id(), passport.type(), passport.schema(), passport.category(), passport.caption(),
				Map.of("number", List.of("AB12346"), "country", List.of("DE")), passport.action(), passport.purposes(),
				passport.legalBasis(), passport.markings(), passport.summary(), passport.owner(), passport.status(),
				passport.reviewDate(), passport.expiresAt(), passport.flags(), passport.createdBy(), passport.createdAt(),
				null, null, null, null, null, 2);
		index.put(corrected);
		assertThat(found(ScreeningQuery.of("Passport", Map.of("number", List.of("AB12345"), "country", List.of("DE"))))).isEmpty();
		assertThat(found(ScreeningQuery.of("Passport", Map.of("number", List.of("AB12346"), "country", List.of("DE")))))
			.containsExactly(passport.id());
		assertThat(index.size()).isEqualTo(1);
	}

	@Test
	void aSharedBirthYearRanksHomonymsFirstWhenCandidatesAreCapped() throws Exception {
		try (ScreeningIndex capped = new ScreeningIndex(new ScreeningProperties(1, 1, 1))) {
			Alert born1980 = person("Wang Wei");
			Alert born1990 = alert(AlertType.WANTED_PERSON, "Person", Category.PERSON,
					Map.of("name", List.of("Wang Wei"), "birthDate", List.of("1990-02-03")));
			capped.put(born1990);
			capped.put(born1980);
			assertThat(capped.candidates(personQuery("Wei Wang", "1990-02-03"))).extracting(ScreeningIndex.Candidate::id)
				.containsExactly(born1990.id());
			assertThat(capped.candidates(personQuery("Wei Wang", "1980"))).extracting(ScreeningIndex.Candidate::id)
				.containsExactly(born1980.id());
		}
	}

	@Test
	void aQueryWithADateOfBirthLeavesOutPersonsBornTooFarApartButNotThoseWithoutADate() {
		Alert born1980 = person("Wang Wei");
		Alert born1981 = alert(AlertType.WANTED_PERSON, "Person", Category.PERSON,
				Map.of("name", List.of("Wang Wei"), "birthDate", List.of("1981")));
		Alert born1990 = alert(AlertType.WANTED_PERSON, "Person", Category.PERSON,
				Map.of("name", List.of("Wang Wei"), "birthDate", List.of("1990-02-03")));
		Alert undated = alert(AlertType.WANTED_PERSON, "Person", Category.PERSON, Map.of("name", List.of("Wang Wei")));
		List.of(born1980, born1981, born1990, undated).forEach(index::put);
		assertThat(found(personQuery("Wei Wang", "1980-05-01"))).containsExactlyInAnyOrder(born1980.id(), born1981.id(), undated.id());
		assertThat(found(ScreeningQuery.of("Person", Map.of("name", List.of("Wei Wang"))))).hasSize(4);
	}

	@Test
	void keepsWhatTheMatcherComparesAndNothingForDocuments() {
		Alert farsi = person("Mohammed Al-Farsi");
		Alert passport = alert(AlertType.STOLEN_TRAVEL_DOCUMENT, "Passport", Category.TRAVEL_DOCUMENT,
				Map.of("number", List.of("X1234567"), "country", List.of("DE")));
		index.put(farsi);
		index.put(passport);
		assertThat(index.candidates(personQuery("Mohammed Al-Farsi", "1980"))).singleElement()
			.satisfies(c -> assertThat(c.person().names()).containsExactly("Mohammed Al-Farsi"))
			.satisfies(c -> assertThat(c.person().birthDate()).hasToString("1980-05-01"));
		assertThat(index.candidates(ScreeningQuery.of("Passport", Map.of("number", List.of("X1234567"), "country", List.of("DE")))))
			.singleElement()
			.satisfies(c -> assertThat(c.id()).isEqualTo(passport.id()))
			.satisfies(c -> assertThat(c.person()).isNull());
	}

	@Test
	void rebuildLoadsManyAlertsInParallelAndAChangeAfterItIsVisibleAtOnce() {
		List<Alert> many = new java.util.ArrayList<>();
		for (int i = 0; i < 3_000; i++) {
			many.add(alert(AlertType.STOLEN_TRAVEL_DOCUMENT, "Passport", Category.TRAVEL_DOCUMENT,
					Map.of("number", List.of("P" + i), "country", List.of("FR"))));
		}
		index.rebuild(many::forEach);
		assertThat(index.size()).isEqualTo(3_000);
		assertThat(found(ScreeningQuery.of("Passport", Map.of("number", List.of("P2999"), "country", List.of("FR")))))
			.containsExactly(many.get(2_999).id());
		index.remove(many.get(2_999).id());
		assertThat(found(ScreeningQuery.of("Passport", Map.of("number", List.of("P2999"), "country", List.of("FR"))))).isEmpty();
		Alert later = person("Ingrid Johansson");
		index.put(later);
		assertThat(found(personQuery("Ingrid Johansson", "1980"))).containsExactly(later.id());
	}

	@Test
	void rebuildReplacesEverything() {
		Alert a = person("Mohammed Al-Farsi");
		index.put(a);
		Alert b = person("Ingrid Johansson");
		index.rebuild(List.of(b)::forEach);
		assertThat(found(personQuery("Mohammed Al-Farsi", "1980-05-01"))).isEmpty();
		assertThat(found(personQuery("Ingrid Johansson", "1980-05-01"))).containsExactly(b.id());
	}

	@Test
	void rebuildNeitherRevivesAnAlertRemovedMeanwhileNorDropsOnePublishedMeanwhile() {
		Alert withdrawn = person("Mohammed Al-Farsi");
		Alert published = person("Ingrid Johansson");
		index.rebuild(sink -> {
			List<Alert> read = List.of(withdrawn); // read from the database before the withdrawal
			index.remove(withdrawn.id());
			index.put(published);
			read.forEach(sink);
		});
		assertThat(found(personQuery("Mohammed Al-Farsi", "1980-05-01"))).isEmpty();
		assertThat(found(personQuery("Ingrid Johansson", "1980-05-01"))).containsExactly(published.id());
	}
}
