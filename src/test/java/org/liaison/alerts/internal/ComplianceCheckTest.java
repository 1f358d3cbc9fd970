package org.liaison.alerts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.liaison.agency.Agency;
import org.liaison.agency.AgencyId;
import org.liaison.agency.AgencyKind;
import org.liaison.agency.CountryCode;
import org.liaison.alerts.AlertType;
import org.liaison.alerts.NewAlert;
import org.liaison.alerts.RequestedAction;
import org.liaison.common.Problem;
import org.liaison.records.InformationCredibility;
import org.liaison.records.Markings;
import org.liaison.records.Schemata;
import org.liaison.records.SourceReliability;
import org.liaison.treaty.Agreement;
import org.liaison.treaty.AgreementKind;
import org.liaison.treaty.AgreementStatus;
import org.liaison.treaty.Article;
import org.liaison.treaty.Category;
import org.liaison.treaty.Classification;
import org.liaison.treaty.OnwardTransfer;
import org.liaison.treaty.Party;
import org.liaison.treaty.Purpose;
import org.liaison.treaty.Tlp;

/** The automatic checks at issue: mandatory data, dates, legal basis, and Article 3 flags. */
class ComplianceCheckTest {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
	static final Agency DE = new Agency(AgencyId.of("DE.BKA"), "BKA", CountryCode.of("DE"), AgencyKind.POLICE);
	static final Agency ES = new Agency(AgencyId.of("ES.POLICIA"), "Policia", CountryCode.of("ES"), AgencyKind.POLICE);

	final ComplianceCheck check = new ComplianceCheck(new Schemata());

	static Agreement agreement(AgreementStatus status, LocalDate from, @Nullable LocalDate until, Set<Category> categories,
			Set<Purpose> purposes) {
		return new Agreement("AG-1", "Test", AgreementKind.BILATERAL, status, from, until,
				List.of(new Party("DE", from, null), new Party("FR", from, null)), categories, purposes,
				Classification.CONFIDENTIAL, OnwardTransfer.FORBIDDEN, 365, List.of(new Article("5", "Persons.", null)), 1);
	}

	static final Agreement COVERING = agreement(AgreementStatus.IN_FORCE, LocalDate.of(2020, 1, 1), null,
			Set.of(Category.PERSON, Category.VEHICLE, Category.TRAVEL_DOCUMENT, Category.FIREARM),
			Set.of(Purpose.TERRORISM, Purpose.PROPERTY_CRIME));

	static NewAlert alert(AlertType type, String schema, Map<String, List<String>> properties, @Nullable String summary) {
		return new NewAlert(type, schema, properties, RequestedAction.ARREST, Set.of(Purpose.TERRORISM), "AG-1",
				LocalDate.of(2027, 1, 1), Instant.parse("2028-01-01T00:00:00Z"), new Markings(Classification.RESTRICTED,
						Tlp.AMBER, Set.of(), null, SourceReliability.B, InformationCredibility.of("2")),
				summary);
	}

	static NewAlert person(Map<String, List<String>> properties) {
		return alert(AlertType.WANTED_PERSON, "Person", properties, "Sought for a bombing");
	}

	static final Map<String, List<String>> IVAN = Map.of("name", List.of("Ivan Petrov"), "birthDate", List.of("1980-05-01"));

	private ComplianceCheck.Passed passes(NewAlert alert) {
		return check.check(alert, DE, COVERING, TODAY);
	}

	private void fails(NewAlert alert, @Nullable Agreement basis, String slug, String field) {
		assertThatThrownBy(() -> check.check(alert, DE, basis, TODAY)).isInstanceOfSatisfying(Problem.class, p -> {
			assertThat(p.slug()).isEqualTo(slug);
			assertThat(p.toProblemDetail().getProperties()).containsEntry("field", field);
		});
	}

	@Test
	void personAlertWithNameAndBirthDateOrNationalityPasses() {
		assertThat(passes(person(IVAN)).flags()).isEmpty();
		assertThat(passes(person(Map.of("name", List.of("Ivan Petrov"), "nationality", List.of("ru")))).properties())
			.containsKey("nationality");
	}

	@Test
	void personAlertNeedsBirthDateOrNationality() {
		fails(person(Map.of("name", List.of("Ivan Petrov"))), COVERING, "invalid-field", "properties.birthDate");
	}

	@Test
	void personAlertNeedsAName() {
		fails(person(Map.of("birthDate", List.of("1980-05-01"))), COVERING, "invalid-field", "properties.name");
	}

	@Test
	void unidentifiedBodyNeedsADescription() {
		fails(alert(AlertType.UNIDENTIFIED_BODY, "Person", Map.of("name", List.of("Unknown")), null), COVERING,
				"invalid-field", "properties");
		passes(alert(AlertType.UNIDENTIFIED_BODY, "Person", Map.of("name", List.of("Unknown"), "height", List.of("180")),
				null));
	}

	@Test
	void stolenDocumentNeedsNumberAndCountry() {
		fails(alert(AlertType.STOLEN_TRAVEL_DOCUMENT, "Passport", Map.of("passportNumber", List.of("X123")), null), COVERING,
				"invalid-field", "properties.country");
		fails(alert(AlertType.STOLEN_TRAVEL_DOCUMENT, "Identification", Map.of("country", List.of("de")), null), COVERING,
				"invalid-field", "properties.number");
		passes(alert(AlertType.STOLEN_TRAVEL_DOCUMENT, "Passport",
				Map.of("passportNumber", List.of("X123"), "country", List.of("de")), null));
	}

	@Test
	void stolenVehicleNeedsVinOrRegistration() {
		fails(alert(AlertType.STOLEN_VEHICLE, "Vehicle", Map.of("name", List.of("Blue Golf")), null), COVERING,
				"invalid-field", "properties.vin");
		passes(alert(AlertType.STOLEN_VEHICLE, "Vehicle", Map.of("registrationNumber", List.of("B-AB 123")), null));
	}

	@Test
	void vehicleVinIsNormalisedAndRefusedWhenMalformedOrItsMandatoryCheckDigitFails() {
		assertThat(passes(alert(AlertType.STOLEN_VEHICLE, "Vehicle", Map.of("vin", List.of("1m8-gdm9a xkp042788")), null))
			.properties()).containsEntry("vin", List.of("1M8GDM9AXKP042788"));
		assertThat(passes(alert(AlertType.STOLEN_VEHICLE, "Vehicle", Map.of("vin", List.of("WP0ZZZ99ZTS392124")), null))
			.properties()).as("outside North America the check digit is advisory").containsEntry("vin",
					List.of("WP0ZZZ99ZTS392124"));
		fails(alert(AlertType.STOLEN_VEHICLE, "Vehicle", Map.of("vin", List.of("1M8GDM9AYKP042788")), null), COVERING,
				"invalid-field", "properties.vin");
		fails(alert(AlertType.STOLEN_VEHICLE, "Vehicle", Map.of("vin", List.of("1M8GDM9AXKP04278")), null), COVERING,
				"invalid-field", "properties.vin");
		fails(alert(AlertType.THREAT, "Vehicle", Map.of("name", List.of("Van"), "vin", List.of("1M8GDM9AXKP0427O8")), null),
				COVERING, "invalid-field", "properties.vin");
	}

	@Test
	void firearmNeedsSerialNumber() {
		fails(alert(AlertType.FIREARM, "Firearm", Map.of("model", List.of("Glock 17")), null), COVERING, "invalid-field",
				"properties.serialNumber");
	}

	@Test
	void subjectMustFollowASchemaTheTypeAllows() {
		fails(alert(AlertType.STOLEN_VEHICLE, "Person", IVAN, null), COVERING, "invalid-field", "subject.schema");
	}

	@Test
	void propertiesAreValidatedAgainstTheSchema() {
		fails(person(Map.of("name", List.of("Ivan"), "birthDate", List.of("2023-02-30"))), COVERING, "invalid-field",
				"properties.birthDate");
		fails(person(Map.of("name", List.of("Ivan"), "shoeSize", List.of("44"))), COVERING, "invalid-field",
				"properties.shoeSize");
	}

	@Test
	void expiryMustBeAfterTodayAndReviewNotAfterExpiry() {
		NewAlert base = person(IVAN);
		fails(new NewAlert(base.type(), base.schema(), base.properties(), base.action(), base.purposes(), base.legalBasis(),
				TODAY, TODAY.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), base.markings(), null), COVERING,
				"invalid-field", "expiresAt");
		fails(new NewAlert(base.type(), base.schema(), base.properties(), base.action(), base.purposes(), base.legalBasis(),
				LocalDate.of(2029, 1, 1), base.expiresAt(), base.markings(), null), COVERING, "invalid-field", "reviewDate");
	}

	@Test
	void legalBasisMustBeNamedAndKnown() {
		NewAlert base = person(IVAN);
		fails(new NewAlert(base.type(), base.schema(), base.properties(), base.action(), base.purposes(), null,
				base.reviewDate(), base.expiresAt(), base.markings(), null), null, "alert-legal-basis", "legalBasis");
		fails(base, null, "alert-legal-basis", "legalBasis");
	}

	@Test
	void legalBasisMustBeInForceToday() {
		fails(person(IVAN), agreement(AgreementStatus.SUSPENDED, LocalDate.of(2020, 1, 1), null, Set.of(Category.PERSON),
				Set.of(Purpose.TERRORISM)), "alert-legal-basis", "legalBasis");
		fails(person(IVAN), agreement(AgreementStatus.IN_FORCE, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31),
				Set.of(Category.PERSON), Set.of(Purpose.TERRORISM)), "alert-legal-basis", "legalBasis");
	}

	@Test
	void legalBasisMustCoverCategoryAndPurposesAndBindTheOwner() {
		fails(person(IVAN), agreement(AgreementStatus.IN_FORCE, LocalDate.of(2020, 1, 1), null, Set.of(Category.VEHICLE),
				Set.of(Purpose.TERRORISM)), "alert-legal-basis", "legalBasis");
		fails(person(IVAN), agreement(AgreementStatus.IN_FORCE, LocalDate.of(2020, 1, 1), null, Set.of(Category.PERSON),
				Set.of(Purpose.FRAUD)), "alert-legal-basis", "legalBasis");
		assertThatThrownBy(() -> check.check(person(IVAN), ES, COVERING, TODAY)).isInstanceOf(Problem.class)
			.hasMessageContaining("does not bind");
	}

	@Test
	void article3WordingIsFlaggedNotRefused() {
		Map<String, List<String>> properties = new LinkedHashMap<>(IVAN);
		properties.put("notes", List.of("Known for Religious preaching"));
		ComplianceCheck.Passed passed = passes(alert(AlertType.WANTED_PERSON, "Person", properties,
				"Leader of the political opposition; deserter from the army"));
		assertThat(passed.flags()).containsExactlyInAnyOrder("article-3:political in summary",
				"article-3:opposition in summary", "article-3:deserter in summary", "article-3:religious in properties.notes");
	}

	@Test
	void ordinaryWordingRaisesNoFlag() {
		assertThat(passes(alert(AlertType.WANTED_PERSON, "Person", IVAN,
				"Sought for armed robbery across the Sahara desert; traced through his tracer rounds")).flags()).isEmpty();
	}
}
