package org.liaison.treaty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.liaison.treaty.TreatyFixtures.DAY;
import static org.liaison.treaty.TreatyFixtures.DE_BKA;
import static org.liaison.treaty.TreatyFixtures.FR_DGPN;
import static org.liaison.treaty.TreatyFixtures.SINCE;
import static org.liaison.treaty.TreatyFixtures.agreement;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The agreement guards its own transitions and invariants. */
class AgreementTest {

	private final Agreement inForce = agreement("AG-DE-FR", "DE", "FR").build();

	@Test
	void suspendsAnAgreementInForceAsANewVersion() {
		Agreement suspended = inForce.suspend();

		assertThat(suspended.status()).isEqualTo(AgreementStatus.SUSPENDED);
		assertThat(suspended.version()).isEqualTo(inForce.version() + 1);
		assertThat(suspended).usingRecursiveComparison().ignoringFields("status", "version").isEqualTo(inForce);
		assertThat(inForce.status()).as("the original is unchanged").isEqualTo(AgreementStatus.IN_FORCE);
	}

	@Test
	void resumesASuspendedAgreement() {
		Agreement resumed = inForce.suspend().resume();

		assertThat(resumed.status()).isEqualTo(AgreementStatus.IN_FORCE);
		assertThat(resumed.version()).isEqualTo(inForce.version() + 2);
		assertThat(resumed.isInForceOn(DAY)).isTrue();
	}

	@ParameterizedTest
	@EnumSource(value = AgreementStatus.class, names = { "DRAFT", "SUSPENDED", "TERMINATED" })
	void refusesToSuspendAnAgreementNotInForceNamingItsState(AgreementStatus status) {
		Agreement agreement = agreement("AG-DE-FR", "DE", "FR").status(status).build();

		assertThatIllegalStateException().isThrownBy(agreement::suspend).withMessageEndingWith("this one is " + status);
	}

	@ParameterizedTest
	@EnumSource(value = AgreementStatus.class, names = { "DRAFT", "IN_FORCE", "TERMINATED" })
	void refusesToResumeAnAgreementNotSuspendedNamingItsState(AgreementStatus status) {
		Agreement agreement = agreement("AG-DE-FR", "DE", "FR").status(status).build();

		assertThatIllegalStateException().isThrownBy(agreement::resume).withMessageEndingWith("this one is " + status);
	}

	@Test
	void isInForceOnlyWhenInForceAndWithinItsValidityBothEndsIncluded() {
		Agreement bounded = agreement("AG-DE-FR", "DE", "FR").valid(SINCE, DAY).build();

		assertThat(bounded.isInForceOn(SINCE)).isTrue();
		assertThat(bounded.isInForceOn(DAY)).isTrue();
		assertThat(bounded.isInForceOn(SINCE.minusDays(1))).isFalse();
		assertThat(bounded.isInForceOn(DAY.plusDays(1))).isFalse();
		assertThat(bounded.suspend().isInForceOn(DAY)).isFalse();
	}

	@Test
	void prefersThePartyNamingTheAgencyOverItsCountry() {
		Agreement both = agreement("AG-DE-FR", "DE", "DE.BKA", "FR").build();

		assertThat(both.partyOf(DE_BKA)).map(Party::party).contains("DE.BKA");
		assertThat(both.partyOf(FR_DGPN)).map(Party::party).contains("FR");
		assertThat(both.namesAgency(DE_BKA)).isTrue();
		assertThat(both.namesAgency(FR_DGPN)).isFalse();
	}

	@Test
	void rejectsAnAgreementWithFewerThanTwoParties() {
		assertThatIllegalArgumentException().isThrownBy(() -> agreement("AG-DE", "DE").build())
			.withMessageContaining("at least two parties");
	}

	@Test
	void rejectsAPartyListedTwice() {
		assertThatIllegalArgumentException().isThrownBy(() -> agreement("AG-DE-FR", "DE", "FR", "DE").build())
			.withMessageContaining("listed twice");
	}

	@Test
	void rejectsValidityEndingBeforeItStarts() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> agreement("AG-DE-FR", "DE", "FR").valid(DAY, DAY.minusDays(1)).build())
			.withMessageContaining("validUntil");
	}

	@Test
	void rejectsAWithdrawalNotAfterTheBinding() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Party("FR", DAY, DAY))
			.withMessageContaining("boundUntil");
	}

	@Test
	void rejectsAPartyThatIsNeitherCountryNorAgency() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Party("fr", SINCE, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new Party("XX", SINCE, null));
	}
}
