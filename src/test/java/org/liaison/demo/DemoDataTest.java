package org.liaison.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.liaison.agency.AgencyKind;
import org.liaison.treaty.AgreementStatus;

/** The demo data the issue asks for, without starting a node. */
class DemoDataTest {

	@Test
	void demoHasFiveCountriesEightAgenciesAnOrganisationAndAnNgo() {
		assertThat(DemoAgencies.ALL).hasSizeGreaterThanOrEqualTo(8);
		assertThat(DemoAgencies.ALL.stream().map(a -> a.country().value()).filter(c -> c.length() == 2).distinct())
			.hasSizeGreaterThanOrEqualTo(5);
		assertThat(DemoAgencies.ALL).anyMatch(a -> a.kind() == AgencyKind.INTERNATIONAL_ORG);
		assertThat(DemoAgencies.ALL).anyMatch(a -> a.kind() == AgencyKind.NGO);
	}

	@Test
	void demoAgreementsIncludeASuspendedAndAnExpiredOne() {
		LocalDate today = LocalDate.of(2026, 11, 26);
		var agreements = DemoAgreements.all(today);
		assertThat(agreements).hasSizeGreaterThanOrEqualTo(4);
		assertThat(agreements).anyMatch(a -> a.status() == AgreementStatus.SUSPENDED);
		assertThat(agreements).anyMatch(a -> a.validUntil() != null && a.validUntil().isBefore(today));
	}

	@Test
	void demoUsersCoverEveryRole() {
		assertThat(DemoAgencies.USERS.values().stream().flatMap(u -> u.roles().stream()).distinct())
			.containsExactlyInAnyOrder(org.liaison.agency.Role.values());
	}
}
