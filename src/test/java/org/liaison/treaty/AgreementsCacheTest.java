package org.liaison.treaty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liaison.agency.Actor;
import org.liaison.agency.Role;
import org.liaison.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The agreements are served from an index rebuilt when their generation changes; an index built inside
 * a transaction that then rolls back must not outlive it, or a later change reaching the same generation
 * would be served the rolled-back text.
 */
class AgreementsCacheTest extends IntegrationTest {

	@Autowired
	Agreements agreements;

	@Autowired
	TransactionTemplate tx;

	final Actor nodeAdmin = new Actor("admin", null, Set.of(Role.NODE_ADMIN));

	@Test
	void anIndexBuiltInARolledBackTransactionIsForgotten() {
		Agreement ghost = agreement("AG-GHOST-" + UUID.randomUUID());
		Agreement real = agreement("AG-REAL-" + UUID.randomUUID());

		assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
			agreements.create(nodeAdmin, ghost);
			assertThat(agreements.find(ghost.id())).isPresent();
			throw new IllegalStateException("rolled back after the look-up");
		})).isInstanceOf(IllegalStateException.class);

		agreements.create(nodeAdmin, real); // the next change: the generation the rolled-back one had

		assertThat(agreements.find(real.id())).isPresent();
		assertThat(agreements.find(ghost.id())).isEmpty();
	}

	private static Agreement agreement(String id) {
		LocalDate from = LocalDate.of(2020, 1, 1);
		return new Agreement(id, "Cache test", AgreementKind.BILATERAL, AgreementStatus.IN_FORCE, from, null,
				List.of(new Party("DE", from, null), new Party("FR", from, null)), Set.of(Category.PERSON),
				Set.of(Purpose.TERRORISM), Classification.CONFIDENTIAL, OnwardTransfer.FORBIDDEN, 365,
				List.of(new Article("5", "Persons.", null)), 1);
	}
}
