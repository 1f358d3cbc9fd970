package org.liaison.treaty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.treaty.TreatyFixtures.DAY;
import static org.liaison.treaty.TreatyFixtures.DE_BKA;
import static org.liaison.treaty.TreatyFixtures.DE_ZOLL;
import static org.liaison.treaty.TreatyFixtures.ES_POLICIA;
import static org.liaison.treaty.TreatyFixtures.FR_DGPN;
import static org.liaison.treaty.TreatyFixtures.FR_DOUANE;
import static org.liaison.treaty.TreatyFixtures.INT_SECRETARIAT;
import static org.liaison.treaty.TreatyFixtures.NGO_LASTRADA;
import static org.liaison.treaty.TreatyFixtures.SINCE;
import static org.liaison.treaty.TreatyFixtures.agreement;
import static org.liaison.treaty.TreatyFixtures.article;
import static org.liaison.treaty.TreatyFixtures.decide;
import static org.liaison.treaty.TreatyFixtures.item;
import static org.liaison.treaty.TreatyFixtures.request;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaison.agency.Agency;

/** The disclosure decision of domain.md, rule by rule, without Spring. */
class DisclosurePolicyTest {

	private static final Agreement DE_FR = agreement("AG-DE-FR", "DE", "FR").build();

	private static @Nullable String retentionOf(DisclosureDecision decision) {
		return decision.obligations().stream()
			.filter(o -> o.type().equals("RETENTION"))
			.map(Obligation::value)
			.findFirst()
			.orElse(null);
	}

	private static List<String> valuesOf(DisclosureDecision decision, String type) {
		return decision.obligations().stream().filter(o -> o.type().equals(type)).map(Obligation::value).toList();
	}

	/** Rule 1: from an agency to itself, permit. */
	@Nested
	class OwnAgency {

		@Test
		void permitsOwnAgency() {
			DisclosureItem secret = item(DE_BKA).tlp(Tlp.RED).classification(Classification.SECRET).build();

			DisclosureDecision d = decide(request(secret, DE_BKA, DE_BKA));

			assertThat(d.decision()).isEqualTo(Decision.PERMIT);
			assertThat(d.reason()).isEqualTo(ReasonCode.SAME_AGENCY);
			assertThat(d.citation()).isNull();
			assertThat(d.obligations()).isEmpty();
		}

		@Test
		void permitsOwnAgencyEvenForAnItemItDidNotOriginate() {
			DisclosureItem received = item(FR_DGPN).tlp(Tlp.RED).build();

			assertThat(decide(request(received, DE_BKA, DE_BKA)).reason()).isEqualTo(ReasonCode.SAME_AGENCY);
		}

		@Test
		void treatsAnotherAgencyOfTheSameCountryAsAnotherAgency() {
			DisclosureDecision d = decide(DE_BKA, DE_ZOLL);

			assertThat(d.decision()).isEqualTo(Decision.DENY);
			assertThat(d.reason()).isEqualTo(ReasonCode.NO_AGREEMENT);
		}
	}

	/** Who a treaty binds to whom, and until when an item may travel at all. */
	@Nested
	class BindingAndRetention {

		@Test
		void deniesBetweenAgenciesOfOneCountryUnderATreatyTheirCountryIsPartyTo() {
			DisclosureDecision d = decide(DE_BKA, DE_ZOLL, agreement("AG-DE-FR", "DE", "FR").build());

			assertThat(d.reason()).isEqualTo(ReasonCode.NO_AGREEMENT);
		}

		@Test
		void permitsBetweenAgenciesOfOneCountryWhenTheAgreementNamesOneOfThem() {
			DisclosureDecision d = decide(DE_BKA, DE_ZOLL, agreement("MOU-DE", "DE.BKA", "DE").build());

			assertThat(d.decision()).isEqualTo(Decision.PERMIT);
			assertThat(d.agreement()).isEqualTo("MOU-DE");
		}

		@Test
		void anAgencyThatWithdrewIsNotBoundThroughItsCountry() {
			Agreement a = agreement("AG-FR-DE", "DE").party("FR", SINCE, null)
				.party("FR.DGPN", SINCE, DAY.minusDays(1)).build();

			assertThat(decide(DE_BKA, FR_DGPN, a).reason()).isEqualTo(ReasonCode.PARTY_NOT_BOUND);
			assertThat(decide(DE_BKA, FR_DOUANE, a).decision()).isEqualTo(Decision.PERMIT);
		}

		@Test
		void deniesAnItemPastItsRetention() {
			DisclosureItem stale = item(DE_BKA).retentionUntil(DAY.minusDays(1)).build();

			DisclosureDecision d = decide(request(stale, DE_BKA, FR_DGPN), agreement("AG-DE-FR", "DE", "FR").build());

			assertThat(d.reason()).isEqualTo(ReasonCode.RETENTION_EXPIRED);
			assertThat(d.explanation()).contains(DAY.minusDays(1).toString());
		}

		@Test
		void givingAnItemBackToItsOriginatorIgnoresTheOriginatorsOwnRestrictionsButNeedsAnAgreement() {
			DisclosureItem amber = item(FR_DGPN).tlp(Tlp.AMBER).handling(HandlingCode.H2)
				.heldUnder("AG-FR-DE", OnwardTransfer.FORBIDDEN, false);

			assertThat(decide(request(amber, DE_BKA, FR_DGPN), agreement("AG-FR-DE", "FR", "DE").build()).decision())
				.isEqualTo(Decision.PERMIT);
			assertThat(decide(request(amber, DE_BKA, FR_DGPN)).reason()).isEqualTo(ReasonCode.NO_AGREEMENT);
		}
	}

	/** Rule 2: a sender that is not the originator passes the item on only as its holding allows. */
	@Nested
	class PassingOn {

		private final Agreement received = agreement("AG-FR-DE", "FR", "DE").onward(OnwardTransfer.ALLOWED)
			.articles(article("1", "General provisions."), article("7", "Transfer to third parties requires..."))
			.build();
		private final Agreement onward = agreement("AG-DE-ES", "DE", "ES").build();

		private DisclosureDecision pass(DisclosureItem item) {
			return decide(request(item, DE_BKA, ES_POLICIA), received, onward);
		}

		private DisclosureItem held(Tlp tlp, OnwardTransfer rule, boolean consent) {
			return item(FR_DGPN).tlp(tlp).heldUnder("AG-FR-DE", rule, consent);
		}

		@Test
		void permitsOnwardTransferTheReceivingAgreementAllows() {
			DisclosureDecision d = pass(held(Tlp.GREEN, OnwardTransfer.ALLOWED, false));

			assertThat(d.decision()).isEqualTo(Decision.PERMIT);
			assertThat(d.agreement()).as("the agreement between sender and recipient decides").isEqualTo("AG-DE-ES");
		}

		@ParameterizedTest
		@ValueSource(booleans = { false, true })
		void deniesOnwardTransferOfTlpRed(boolean originatorConsent) {
			DisclosureDecision d = pass(held(Tlp.RED, OnwardTransfer.ALLOWED, originatorConsent));

			assertThat(d.decision()).isEqualTo(Decision.DENY);
			assertThat(d.reason()).isEqualTo(ReasonCode.TLP_CONFINED);
			assertThat(d.agreement()).as("cites the agreement it was received under").isEqualTo("AG-FR-DE");
			assertThat(d.article()).as("its onward-transfer article, by wording").isEqualTo("7");
		}

		@ParameterizedTest
		@ValueSource(booleans = { false, true })
		void deniesOnwardTransferOfTlpAmberStrict(boolean originatorConsent) {
			DisclosureDecision d = pass(held(Tlp.AMBER_STRICT, OnwardTransfer.ALLOWED, originatorConsent));

			assertThat(d.reason()).isEqualTo(ReasonCode.TLP_CONFINED);
			assertThat(d.decision()).isEqualTo(Decision.DENY);
		}

		@ParameterizedTest
		@ValueSource(booleans = { false, true })
		void deniesOnwardTransferOfTlpAmberOutsideTheRecipientOrganisation(boolean originatorConsent) {
			DisclosureDecision d = pass(held(Tlp.AMBER, OnwardTransfer.ALLOWED, originatorConsent));

			assertThat(d.reason()).isEqualTo(ReasonCode.TLP_AMBER_CONFINED);
			assertThat(d.decision()).isEqualTo(Decision.DENY);
		}

		@Test
		void deniesOnwardTransferTheReceivingAgreementForbidsEvenWithConsent() {
			DisclosureDecision d = pass(held(Tlp.GREEN, OnwardTransfer.FORBIDDEN, true));

			assertThat(d.reason()).isEqualTo(ReasonCode.ONWARD_TRANSFER_FORBIDDEN);
			assertThat(d.agreement()).isEqualTo("AG-FR-DE");
		}

		@Test
		void deniesOnwardTransferWithoutConsentWhereTheReceivingAgreementRequiresIt() {
			DisclosureDecision d = pass(held(Tlp.GREEN, OnwardTransfer.WITH_ORIGINATOR_CONSENT, false));

			assertThat(d.reason()).isEqualTo(ReasonCode.ORIGINATOR_CONSENT_REQUIRED);
			assertThat(d.explanation()).contains("FR.DGPN");
		}

		@Test
		void permitsOnwardTransferWithConsentWhereTheReceivingAgreementRequiresIt() {
			DisclosureDecision d = pass(held(Tlp.GREEN, OnwardTransfer.WITH_ORIGINATOR_CONSENT, true));

			assertThat(d.decision()).isEqualTo(Decision.PERMIT);
		}

		@Test
		void deniesH2OnwardWithoutConsent() {
			DisclosureItem h2 = item(FR_DGPN).handling(HandlingCode.H2)
				.heldUnder("AG-FR-DE", OnwardTransfer.ALLOWED, false);

			DisclosureDecision d = pass(h2);

			assertThat(d.decision()).isEqualTo(Decision.DENY);
			assertThat(d.reason()).isEqualTo(ReasonCode.HANDLING_CODE_H2);
			assertThat(d.explanation()).contains("FR.DGPN");
		}

		@Test
		void permitsH2OnwardWithConsent() {
			DisclosureItem h2 = item(FR_DGPN).handling(HandlingCode.H2)
				.heldUnder("AG-FR-DE", OnwardTransfer.ALLOWED, true);

			DisclosureDecision d = pass(h2);

			assertThat(d.decision()).isEqualTo(Decision.PERMIT);
			assertThat(valuesOf(d, "HANDLING")).containsExactly("H2");
		}

		@Test
		void deniesOnwardTransferForAnotherPurposeWithoutConsent() {
			DisclosureItem forCyber = item(FR_DGPN).build()
				.heldThrough(new Holding("AG-FR-DE", OnwardTransfer.ALLOWED, Purpose.CYBERCRIME, false));

			assertThat(pass(forCyber).reason()).isEqualTo(ReasonCode.PURPOSE_BINDING);
		}

		@Test
		void deniesSenderThatNeitherOriginatedNorHoldsTheItem() {
			DisclosureDecision d = pass(item(FR_DGPN).build());

			assertThat(d.decision()).isEqualTo(Decision.DENY);
			assertThat(d.reason()).isEqualTo(ReasonCode.NOT_HOLDER);
			assertThat(d.citation()).isNull();
		}

		@Test
		void stillNeedsAnAgreementBetweenSenderAndRecipient() {
			Agreement originatorAndRecipient = agreement("AG-FR-ES", "FR", "ES").build();
			DisclosureItem item = held(Tlp.GREEN, OnwardTransfer.ALLOWED, true);

			DisclosureDecision d = decide(request(item, DE_BKA, ES_POLICIA), received, originatorAndRecipient);

			assertThat(d.decision()).isEqualTo(Decision.DENY);
			assertThat(d.reason()).isEqualTo(ReasonCode.NO_AGREEMENT);
		}

		@Test
		void letsTheOriginatorShareTlpRedUnderAnAgreement() {
			DisclosureDecision d = decide(request(item(DE_BKA).tlp(Tlp.RED).build(), DE_BKA, ES_POLICIA), onward);

			assertThat(d.decision()).isEqualTo(Decision.PERMIT);
		}
	}

	/** Rule 3: an agreement in force, binding both, covering category and purpose, carrying the classification. */
	@Nested
	class AgreementConditions {

		@Test
		void permitsUnderAgreementInForceBindingBothAgencies() {
			DisclosureDecision d = decide(DE_BKA, FR_DGPN, DE_FR);

			assertThat(d.decision()).isEqualTo(Decision.PERMIT);
			assertThat(d.reason()).isEqualTo(ReasonCode.AGREEMENT_PERMITS);
			assertThat(d.agreement()).isEqualTo("AG-DE-FR");
		}

		@Test
		void deniesWithoutAgreementAndCitesNothing() {
			DisclosureDecision d = decide(DE_BKA, FR_DGPN);

			assertThat(d.decision()).isEqualTo(Decision.DENY);
			assertThat(d.reason()).isEqualTo(ReasonCode.NO_AGREEMENT);
			assertThat(d.citation()).isNull();
			assertThat(d.citations()).isEmpty();
			assertThat(d.obligations()).isEmpty();
			assertThat(d.explanation())
				.isEqualTo("Denied: no agreement between DE.BKA and FR.DGPN covers PERSON data for TERRORISM.");
		}

		@Test
		void deniesUnderAnAgreementThatBindsOnlyOneSide() {
			DisclosureDecision d = decide(DE_BKA, FR_DGPN, agreement("AG-DE-ES", "DE", "ES").build());

			assertThat(d.reason()).isEqualTo(ReasonCode.NO_AGREEMENT);
			assertThat(d.citation()).isNull();
		}

		@Test
		void deniesDisclosureWhenAgreementSuspended() {
			DisclosureDecision d = decide(DE_BKA, FR_DGPN, DE_FR.suspend());

			assertThat(d.decision()).isEqualTo(Decision.DENY);
			assertThat(d.reason()).isEqualTo(ReasonCode.AGREEMENT_SUSPENDED);
			assertThat(d.agreement()).isEqualTo("AG-DE-FR");
		}

		@Test
		void permitsAgainOnceTheSuspendedAgreementResumes() {
			assertThat(decide(DE_BKA, FR_DGPN, DE_FR.suspend().resume()).decision()).isEqualTo(Decision.PERMIT);
		}

		@ParameterizedTest
		@EnumSource(value = AgreementStatus.class, names = { "DRAFT", "TERMINATED" })
		void deniesUnderAnAgreementNotYetOrNoLongerInForce(AgreementStatus status) {
			DisclosureDecision d = decide(DE_BKA, FR_DGPN, agreement("AG-DE-FR", "DE", "FR").status(status).build());

			assertThat(d.decision()).isEqualTo(Decision.DENY);
			assertThat(d.reason()).isEqualTo(ReasonCode.AGREEMENT_NOT_IN_FORCE);
			assertThat(d.agreement()).isEqualTo("AG-DE-FR");
		}

		@Test
		void deniesUnderAnAgreementThatExpiredBeforeTheDay() {
			Agreement expired = agreement("AG-DE-FR", "DE", "FR").valid(SINCE, DAY.minusDays(1)).build();

			DisclosureDecision d = decide(DE_BKA, FR_DGPN, expired);

			assertThat(d.decision()).isEqualTo(Decision.DENY);
			assertThat(d.reason()).isEqualTo(ReasonCode.AGREEMENT_EXPIRED);
		}

		@Test
		void permitsOnTheLastDayOfValidity() {
			Agreement lastDay = agreement("AG-DE-FR", "DE", "FR").valid(SINCE, DAY).build();

			assertThat(decide(DE_BKA, FR_DGPN, lastDay).decision()).isEqualTo(Decision.PERMIT);
		}

		@Test
		void deniesBeforeTheAgreementBecomesValid() {
			Agreement future = agreement("AG-DE-FR", "DE", "FR").valid(DAY.plusDays(1), null).build();

			assertThat(decide(DE_BKA, FR_DGPN, future).reason()).isEqualTo(ReasonCode.AGREEMENT_EXPIRED);
		}

		@Test
		void deniesWhenPartyBoundAfterDay() {
			Agreement later = agreement("AG-DE-FR", "DE").party("FR", DAY.plusDays(1), null).build();

			DisclosureDecision d = decide(DE_BKA, FR_DGPN, later);

			assertThat(d.decision()).isEqualTo(Decision.DENY);
			assertThat(d.reason()).isEqualTo(ReasonCode.PARTY_NOT_BOUND);
			assertThat(d.agreement()).isEqualTo("AG-DE-FR");
		}

		@Test
		void permitsFromTheDayThePartyIsBound() {
			Agreement today = agreement("AG-DE-FR", "DE").party("FR", DAY, null).build();

			assertThat(decide(DE_BKA, FR_DGPN, today).decision()).isEqualTo(Decision.PERMIT);
		}

		@Test
		void deniesWhenPartyWithdrewBeforeDay() {
			Agreement withdrawn = agreement("AG-DE-FR", "DE").party("FR", SINCE, DAY.minusDays(30)).build();

			DisclosureDecision d = decide(DE_BKA, FR_DGPN, withdrawn);

			assertThat(d.decision()).isEqualTo(Decision.DENY);
			assertThat(d.reason()).isEqualTo(ReasonCode.PARTY_NOT_BOUND);
		}

		@Test
		void treatsTheDayOfWithdrawalAsNoLongerBound() {
			Agreement onTheDay = agreement("AG-DE-FR", "DE").party("FR", SINCE, DAY).build();
			Agreement dayAfter = agreement("AG-DE-FR", "DE").party("FR", SINCE, DAY.plusDays(1)).build();

			assertThat(decide(DE_BKA, FR_DGPN, onTheDay).reason()).isEqualTo(ReasonCode.PARTY_NOT_BOUND);
			assertThat(decide(DE_BKA, FR_DGPN, dayAfter).decision()).isEqualTo(Decision.PERMIT);
		}

		@Test
		void deniesCategoryTheAgreementDoesNotCover() {
			Agreement vehicles = agreement("AG-DE-FR", "DE", "FR").categories(Category.VEHICLE, Category.FIREARM).build();

			DisclosureDecision d = decide(DE_BKA, FR_DGPN, vehicles);

			assertThat(d.reason()).isEqualTo(ReasonCode.CATEGORY_NOT_COVERED);
			assertThat(d.decision()).isEqualTo(Decision.DENY);
		}

		@Test
		void deniesPurposeTheAgreementDoesNotServe() {
			Agreement cyber = agreement("AG-DE-FR", "DE", "FR").purposes(Purpose.CYBERCRIME, Purpose.FRAUD).build();

			DisclosureDecision d = decide(DE_BKA, FR_DGPN, cyber);

			assertThat(d.reason()).isEqualTo(ReasonCode.PURPOSE_NOT_COVERED);
			assertThat(d.decision()).isEqualTo(Decision.DENY);
		}

		@Test
		void deniesAboveMaxClassification() {
			DisclosureItem confidential = item(DE_BKA).classification(Classification.CONFIDENTIAL).build();
			Agreement restricted = agreement("AG-DE-FR", "DE", "FR").upTo(Classification.RESTRICTED).build();

			DisclosureDecision d = decide(request(confidential, DE_BKA, FR_DGPN), restricted);

			assertThat(d.decision()).isEqualTo(Decision.DENY);
			assertThat(d.reason()).isEqualTo(ReasonCode.CLASSIFICATION_EXCEEDED);
		}

		@Test
		void permitsAtMaxClassification() {
			DisclosureItem confidential = item(DE_BKA).classification(Classification.CONFIDENTIAL).build();

			assertThat(decide(request(confidential, DE_BKA, FR_DGPN), DE_FR).decision()).isEqualTo(Decision.PERMIT);
		}

		@Test
		void bindsOnlyTheAgencyAnAgencyLevelPartyNames() {
			Agreement agencies = agreement("AG-BKA-DGPN", "DE.BKA", "FR.DGPN").build();

			assertThat(decide(DE_BKA, FR_DGPN, agencies).decision()).isEqualTo(Decision.PERMIT);
			assertThat(decide(DE_BKA, FR_DOUANE, agencies).reason()).isEqualTo(ReasonCode.NO_AGREEMENT);
			assertThat(decide(DE_ZOLL, FR_DGPN, agencies).reason()).isEqualTo(ReasonCode.NO_AGREEMENT);
		}

		@Test
		void bindsEveryAgencyOfACountryLevelParty() {
			assertThat(decide(DE_ZOLL, FR_DOUANE, DE_FR).decision()).isEqualTo(Decision.PERMIT);
			assertThat(decide(FR_DOUANE, DE_BKA, DE_FR).decision()).isEqualTo(Decision.PERMIT);
		}

		@Test
		void combinesAgencyLevelAndCountryLevelParties() {
			Agreement mixed = agreement("AG-BKA-FR", "DE.BKA", "FR").build();

			assertThat(decide(DE_BKA, FR_DOUANE, mixed).decision()).isEqualTo(Decision.PERMIT);
			assertThat(decide(DE_ZOLL, FR_DOUANE, mixed).reason()).isEqualTo(ReasonCode.NO_AGREEMENT);
		}

		@Test
		void bindsInternationalOrganisationsThroughTheIntParty() {
			Agreement withInt = agreement("AG-INT-DE", "INT", "DE").build();

			assertThat(decide(INT_SECRETARIAT, DE_BKA, withInt).decision()).isEqualTo(Decision.PERMIT);
			assertThat(decide(DE_BKA, INT_SECRETARIAT, withInt).decision()).isEqualTo(Decision.PERMIT);
			assertThat(decide(INT_SECRETARIAT, FR_DGPN, withInt).reason()).isEqualTo(ReasonCode.NO_AGREEMENT);
		}

		@Test
		void permitsWhenOneOfSeveralAgreementsPermits() {
			Agreement suspended = agreement("AG-A", "DE", "FR").build().suspend();
			Agreement inForce = agreement("AG-B", "DE", "FR").build();

			DisclosureDecision d = decide(DE_BKA, FR_DGPN, suspended, inForce);

			assertThat(d.decision()).isEqualTo(Decision.PERMIT);
			assertThat(d.agreement()).isEqualTo("AG-B");
		}

		@Test
		void reportsTheFailureOfTheAgreementThatCameClosest() {
			Agreement suspended = agreement("AG-A", "DE", "FR").build().suspend();
			Agreement tooLow = agreement("AG-B", "DE", "FR").upTo(Classification.UNCLASSIFIED).build();

			DisclosureDecision d = decide(DE_BKA, FR_DGPN, suspended, tooLow);

			assertThat(d.reason()).isEqualTo(ReasonCode.CLASSIFICATION_EXCEEDED);
			assertThat(d.agreement()).isEqualTo("AG-B");
		}

		@Test
		void citesTheFirstAgreementByIdAmongThoseFailingAlike() {
			Agreement b = agreement("AG-B", "DE", "FR").build().suspend();
			Agreement a = agreement("AG-A", "DE", "FR").build().suspend();

			assertThat(decide(DE_BKA, FR_DGPN, b, a).agreement()).isEqualTo("AG-A");
		}
	}

	/** When several agreements permit, the one naming the agencies decides, then the stricter retention. */
	@Nested
	class Preference {

		@Test
		void prefersTheMoreSpecificAgreement() {
			Agreement countries = agreement("AG-A", "DE", "FR").retentionDays(30).build();
			Agreement agencies = agreement("AG-Z", "DE.BKA", "FR.DGPN").retentionDays(365).build();

			DisclosureDecision d = decide(DE_BKA, FR_DGPN, countries, agencies);

			assertThat(d.agreement()).isEqualTo("AG-Z");
			assertThat(retentionOf(d)).isEqualTo(DAY.plusDays(365).toString());
		}

		@Test
		void prefersAnAgreementNamingOneAgencyOverOneNamingOnlyCountries() {
			Agreement countries = agreement("AG-A", "DE", "FR").build();
			Agreement sender = agreement("AG-Z", "DE.BKA", "FR").build();

			assertThat(decide(DE_BKA, FR_DGPN, countries, sender).agreement()).isEqualTo("AG-Z");
		}

		@Test
		void prefersTheShorterRetentionAmongEquallySpecificAgreements() {
			Agreement longer = agreement("AG-A", "DE", "FR").retentionDays(365).build();
			Agreement shorter = agreement("AG-Z", "DE", "FR").retentionDays(30).build();

			DisclosureDecision d = decide(DE_BKA, FR_DGPN, longer, shorter);

			assertThat(d.agreement()).isEqualTo("AG-Z");
			assertThat(retentionOf(d)).isEqualTo(DAY.plusDays(30).toString());
		}

		@Test
		void ranksAnAgreementWithoutRetentionLimitLast() {
			Agreement unlimited = agreement("AG-A", "DE", "FR").retentionDays(null).build();
			Agreement limited = agreement("AG-Z", "DE", "FR").retentionDays(4000).build();

			assertThat(decide(DE_BKA, FR_DGPN, unlimited, limited).agreement()).isEqualTo("AG-Z");
		}

		@Test
		void breaksTiesByAgreementIdWhateverTheOrderGiven() {
			Agreement b = agreement("AG-B", "DE", "FR").build();
			Agreement a = agreement("AG-A", "DE", "FR").build();

			assertThat(decide(DE_BKA, FR_DGPN, b, a).agreement()).isEqualTo("AG-A");
			assertThat(decide(DE_BKA, FR_DGPN, a, b).agreement()).isEqualTo("AG-A");
		}

		@Test
		void breaksTiesByAgreementIdWhenEachNamesADifferentAgency() {
			Agreement namesSender = agreement("AG-B", "DE.BKA", "FR").build();
			Agreement namesRecipient = agreement("AG-A", "DE", "FR.DGPN").build();

			assertThat(decide(DE_BKA, FR_DGPN, namesSender, namesRecipient).agreement()).isEqualTo("AG-A");
		}
	}

	/** Rule 4: NGOs receive only TLP:CLEAR or GREEN, and PERSON data only under an agreement naming them. */
	@Nested
	class Ngos {

		private final Agreement naming = agreement("AG-DE-LASTRADA", "DE", "NGO.LASTRADA")
			.categories(Category.PERSON, Category.EVENT)
			.articles(article("1", "General provisions."), article("9", "Cooperation with the NGO", ArticleSubject.NGO))
			.build();

		@ParameterizedTest
		@EnumSource(value = Tlp.class, names = { "AMBER", "AMBER_STRICT", "RED" })
		void deniesNgoAmber(Tlp tlp) {
			DisclosureDecision d = decide(request(item(DE_BKA).tlp(tlp).build(), DE_BKA, NGO_LASTRADA), naming);

			assertThat(d.decision()).isEqualTo(Decision.DENY);
			assertThat(d.reason()).isEqualTo(ReasonCode.NGO_TLP_RESTRICTED);
			assertThat(d.agreement()).isEqualTo("AG-DE-LASTRADA");
			assertThat(d.article()).isEqualTo("9");
		}

		@ParameterizedTest
		@EnumSource(value = Tlp.class, names = { "CLEAR", "GREEN" })
		void permitsNgoClearAndGreen(Tlp tlp) {
			DisclosureDecision d = decide(request(item(DE_BKA).tlp(tlp).build(), DE_BKA, NGO_LASTRADA), naming);

			assertThat(d.decision()).isEqualTo(Decision.PERMIT);
		}

		@Test
		void deniesNgoPersonUnlessNamedAgreementCoversPerson() {
			Agreement community = agreement("AG-DE-NGO", "DE", "NGO").categories(Category.PERSON).build();
			Agreement namingWithoutPersons = agreement("AG-DE-LASTRADA", "DE", "NGO.LASTRADA")
				.categories(Category.EVENT)
				.build();

			DisclosureDecision d = decide(DE_BKA, NGO_LASTRADA, community, namingWithoutPersons);

			assertThat(d.decision()).isEqualTo(Decision.DENY);
			assertThat(d.reason()).isEqualTo(ReasonCode.NGO_PERSON_NOT_COVERED);
			assertThat(d.agreement()).isEqualTo("AG-DE-NGO");
		}

		@Test
		void letsACommunityLevelNgoAgreementCarryOtherCategories() {
			Agreement community = agreement("AG-DE-NGO", "DE", "NGO").categories(Category.PERSON, Category.EVENT).build();

			DisclosureDecision d = decide(request(item(DE_BKA).category(Category.EVENT).build(), DE_BKA, NGO_LASTRADA),
					community);

			assertThat(d.decision()).isEqualTo(Decision.PERMIT);
		}

		@Test
		void permitsNgoPersonUnderAgreementNamingIt() {
			Agreement community = agreement("AG-DE-NGO", "DE", "NGO").categories(Category.PERSON).build();

			DisclosureDecision d = decide(DE_BKA, NGO_LASTRADA, community, naming);

			assertThat(d.decision()).isEqualTo(Decision.PERMIT);
			assertThat(d.agreement()).isEqualTo("AG-DE-LASTRADA");
		}

		@Test
		void doesNotRestrictWhatAnNgoSends() {
			Agreement community = agreement("AG-DE-NGO", "DE", "NGO").build();
			DisclosureItem amberPerson = item(NGO_LASTRADA).tlp(Tlp.AMBER).build();

			assertThat(decide(request(amberPerson, NGO_LASTRADA, DE_BKA), community).decision()).isEqualTo(Decision.PERMIT);
		}
	}

	/** Rule 5: a PERMIT carries its obligations; every answer cites the agreement and article that decided. */
	@Nested
	class ObligationsAndCitations {

		private DisclosureDecision permitted(DisclosureItem item, Agreement agreement) {
			DisclosureDecision d = decide(request(item, DE_BKA, FR_DGPN), agreement);
			assertThat(d.decision()).as(d.explanation()).isEqualTo(Decision.PERMIT);
			return d;
		}

		@Test
		void retentionIsTheShorterOfRecordAndAgreement() {
			Agreement year = agreement("AG-DE-FR", "DE", "FR").retentionDays(365).build();
			LocalDate soon = DAY.plusDays(40);

			assertThat(retentionOf(permitted(item(DE_BKA).build(), year))).isEqualTo("2027-06-15");
			assertThat(retentionOf(permitted(item(DE_BKA).retentionUntil(soon).build(), year))).isEqualTo(soon.toString());
		}

		@Test
		void retentionFallsBackToWhicheverSideSetsOne() {
			Agreement unlimited = agreement("AG-DE-FR", "DE", "FR").retentionDays(null).build();
			Agreement month = agreement("AG-DE-FR", "DE", "FR").retentionDays(30).build();

			assertThat(retentionOf(permitted(item(DE_BKA).build(), unlimited))).isEqualTo("2030-01-01");
			assertThat(retentionOf(permitted(item(DE_BKA).retentionUntil(null).build(), month))).isEqualTo("2026-07-15");
			assertThat(retentionOf(permitted(item(DE_BKA).retentionUntil(null).build(), unlimited))).isNull();
		}

		@Test
		void obligationsListHandlingCodes() {
			DisclosureItem marked = item(DE_BKA).handling(HandlingCode.H3, HandlingCode.H0, HandlingCode.H1).build();
			Agreement consent = agreement("AG-DE-FR", "DE", "FR")
				.onward(OnwardTransfer.WITH_ORIGINATOR_CONSENT)
				.build();

			DisclosureDecision d = permitted(marked, consent);

			assertThat(valuesOf(d, "HANDLING")).containsExactly("H0", "H1", "H3");
			assertThat(d.obligations()).filteredOn(o -> o.type().equals("HANDLING"))
				.extracting(Obligation::text)
				.containsExactly(HandlingCode.H0.meaning(), HandlingCode.H1.meaning(), HandlingCode.H3.meaning());
			assertThat(valuesOf(d, "PURPOSE_BINDING")).containsExactly("TERRORISM");
			assertThat(valuesOf(d, "TLP")).containsExactly("GREEN");
			assertThat(valuesOf(d, "ONWARD_TRANSFER")).containsExactly("WITH_ORIGINATOR_CONSENT");
		}

		@Test
		void listsNoHandlingObligationForAnUnmarkedItem() {
			assertThat(valuesOf(permitted(item(DE_BKA).build(), DE_FR), "HANDLING")).isEmpty();
		}

		@Test
		void explainsThePermitWithCitationAndObligations() {
			DisclosureDecision d = permitted(item(DE_BKA).handling(HandlingCode.H1).build(), DE_FR);

			assertThat(d.explanation()).isEqualTo("Permitted under AG-DE-FR, Art. 1; for TERRORISM only; retain until "
					+ "2027-06-15; H1: not to be used as evidence in judicial proceedings without the provider's permission.");
		}

		@Test
		void citesTheArticleTaggedWithTheSubject() {
			Agreement tagged = agreement("AG-DE-FR", "DE", "FR")
				.articles(article("1", "General provisions."), article("2", "Scope: data of persons."),
						article("3", "Exchanges under this agreement.", ArticleSubject.SCOPE))
				.build();

			DisclosureDecision d = permitted(item(DE_BKA).build(), tagged);

			assertThat(d.citation()).isEqualTo(
					new Citation("AG-DE-FR", "Agreement AG-DE-FR", "3", "Exchanges under this agreement."));
		}

		@Test
		void citesTheArticleSuggestedByItsWording() {
			Agreement worded = agreement("AG-DE-FR", "DE", "FR")
				.articles(article("1", "General provisions."), article("2", "Entry into force."),
						article("3a", "This agreement applies to data of persons suspected of terrorism."))
				.build();

			assertThat(permitted(item(DE_BKA).build(), worded).article()).isEqualTo("3a");
		}

		@Test
		void citesTheFirstArticleWhenNoneRulesTheSubject() {
			Agreement plain = agreement("AG-DE-FR", "DE", "FR")
				.articles(article("I", "Definitions."), article("II", "Entry into force."))
				.build();

			assertThat(permitted(item(DE_BKA).build(), plain).article()).isEqualTo("I");
		}

		@Test
		void citesTheAgreementAloneWhenItHasNoArticles() {
			Agreement bare = agreement("AG-DE-FR", "DE", "FR").articles().build();

			DisclosureDecision d = permitted(item(DE_BKA).build(), bare);

			assertThat(d.agreement()).isEqualTo("AG-DE-FR");
			assertThat(d.article()).isEmpty();
			assertThat(d.explanation()).startsWith("Permitted under AG-DE-FR; ");
		}

		@Test
		void denialCitesTheArticleOnTheFailedCondition() {
			Agreement worded = agreement("AG-DE-FR", "DE", "FR").upTo(Classification.RESTRICTED)
				.articles(article("1", "General provisions."), article("2", "Scope: data of persons."),
						article("4", "Information classified above RESTRICTED shall not be exchanged."))
				.build();
			DisclosureItem confidential = item(DE_BKA).classification(Classification.CONFIDENTIAL).build();

			DisclosureDecision d = decide(request(confidential, DE_BKA, FR_DGPN), worded);

			assertThat(d.reason()).isEqualTo(ReasonCode.CLASSIFICATION_EXCEEDED);
			assertThat(d.article()).isEqualTo("4");
			assertThat(d.explanation()).isEqualTo(
					"Denied: CONFIDENTIAL is above what the agreement may carry (AG-DE-FR, Art. 4).");
		}

		@Test
		void denialForAScopeFailureCitesTheScopeArticle() {
			Agreement worded = agreement("AG-DE-FR", "DE", "FR").purposes(Purpose.FRAUD)
				.articles(article("1", "General provisions."), article("4", "Classified information."),
						article("5", "Purposes of the exchange."))
				.build();

			DisclosureDecision d = decide(DE_BKA, FR_DGPN, worded);

			assertThat(d.reason()).isEqualTo(ReasonCode.PURPOSE_NOT_COVERED);
			assertThat(d.article()).isEqualTo("5");
		}
	}

	/** Agencies used by more than one group, checked once here so a fixture mistake cannot hide. */
	@Test
	void fixturesBuildAgenciesOfTheRightKind() {
		assertThat(List.of(NGO_LASTRADA.isNgo(), INT_SECRETARIAT.isNgo(), DE_BKA.isNgo()))
			.containsExactly(true, false, false);
		assertThat(List.<Agency>of(DE_BKA, DE_ZOLL)).extracting(a -> a.country().value()).containsOnly("DE");
	}
}
