package org.liaison.screening.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.screening.matching.SanctionsLists.ListedPerson;
import org.liaison.screening.matching.SanctionsLists.MalformedListException;

/**
 * Reading the public sanctions lists beside the project for the false-hit evaluation; skipped where
 * {@code ../shared/data} is absent.
 */
class SanctionsListsTest {

	private static void assumeReadable(Path file) {
		assumeTrue(Files.isReadable(file), () -> "no " + file.toAbsolutePath() + ": shared data absent, skipped");
	}

	@Test
	void readsEveryIndividualOfTheUnListWithAliasesAndDateOfBirth() throws IOException {
		assumeReadable(SanctionsLists.unSecurityCouncil());
		List<ListedPerson> persons = SanctionsLists.unIndividuals(SanctionsLists.unSecurityCouncil());
		assertThat(persons).hasSize(713);
		ListedPerson chang = persons.stream().filter(p -> p.reference().equals("KPi.037")).findFirst().orElseThrow();
		assertThat(chang.details().names()).containsExactly("CHANG CHANG HA", "Jang Chang Ha");
		assertThat(chang.details().birthDate()).isEqualTo(BirthDate.parse("1964-01-10"));
	}

	@Test
	void refusesTheMisEncodedUnListWholeAndSaysWhy() {
		assumeReadable(SanctionsLists.unSecurityCouncilMisEncoded());
		assertThatThrownBy(() -> SanctionsLists.unIndividuals(SanctionsLists.unSecurityCouncilMisEncoded()))
				.isInstanceOf(MalformedListException.class)
				.hasMessageStartingWith("not UTF-8 as declared: consolidated_2025-08-16_mis-encoded.xml");
	}

	@Test
	void readsOfacIndividualsWithTheirAkasAndDatesOfBirth() throws IOException {
		assumeReadable(SanctionsLists.ofac());
		List<ListedPerson> persons = SanctionsLists.ofacIndividuals(SanctionsLists.ofac());
		assertThat(persons).hasSize(6461);
		ListedPerson tin = persons.stream().filter(p -> p.reference().equals("32764")).findFirst().orElseThrow();
		assertThat(tin.details().names()).containsExactly("Tin OO");
		assertThat(tin.details().birthDate()).isEqualTo(BirthDate.parse("1952-11-24"));
		ListedPerson brunetti = persons.stream().filter(p -> p.reference().equals("26410")).findFirst().orElseThrow();
		assertThat(brunetti.details().names()).containsExactly("Luciano BRUNETTI", "BIFF TANNEN", "LUCHO");
	}
}
