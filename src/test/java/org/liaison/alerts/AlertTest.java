package org.liaison.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.liaison.agency.AgencyId;
import org.liaison.records.InformationCredibility;
import org.liaison.records.Markings;
import org.liaison.records.SourceReliability;
import org.liaison.treaty.Category;
import org.liaison.treaty.Classification;
import org.liaison.treaty.Purpose;
import org.liaison.treaty.Tlp;

/** The review workflow: every allowed move, and every forbidden one naming the state it was tried in. */
class AlertTest {

	static final Instant CREATED = Instant.parse("2026-06-01T10:00:00Z");
	static final Instant LATER = Instant.parse("2026-06-02T10:00:00Z");
	static final Instant EXPIRY = Instant.parse("2027-06-01T00:00:00Z");

	static Alert alert(AlertType type, AlertStatus status, List<String> flags) {
		return new Alert(AlertId.random(), type, "Person", Category.PERSON, "Ivan Petrov",
				Map.of("name", List.of("Ivan Petrov")), RequestedAction.ARREST, Set.of(Purpose.TERRORISM), "AG-1",
				new Markings(Classification.RESTRICTED, Tlp.AMBER, Set.of(), null, SourceReliability.B,
						InformationCredibility.of("2")),
				null, AgencyId.of("DE.BKA"), status, LocalDate.parse("2026-12-01"), EXPIRY, flags, "officer", CREATED, null,
				null, null, null, null, 3);
	}

	static Alert alert(AlertStatus status) {
		return alert(AlertType.WANTED_PERSON, status, List.of());
	}

	@Test
	void draftIsSubmittedForReview() {
		Alert next = alert(AlertStatus.DRAFT).submit();
		assertThat(next.status()).isEqualTo(AlertStatus.UNDER_REVIEW);
		assertThat(next.version()).isEqualTo(4);
	}

	@Test
	void approvalPublishesAndRecordsTheReviewer() {
		Alert next = alert(AlertStatus.UNDER_REVIEW).approve("rev", LATER);
		assertThat(next.status()).isEqualTo(AlertStatus.PUBLISHED);
		assertThat(next.reviewedBy()).isEqualTo("rev");
		assertThat(next.reviewedAt()).isEqualTo(LATER);
	}

	@Test
	void refusalKeepsTheReason() {
		Alert next = alert(AlertStatus.UNDER_REVIEW).refuse("rev", "  political character ", LATER);
		assertThat(next.status()).isEqualTo(AlertStatus.REFUSED);
		assertThat(next.reviewReason()).isEqualTo("political character");
		assertThat(next.reviewedBy()).isEqualTo("rev");
	}

	@Test
	void refusalWithoutReasonIsRejected() {
		assertThatThrownBy(() -> alert(AlertStatus.UNDER_REVIEW).refuse("rev", " ", LATER))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void publishedAlertIsWithdrawnByItsOwner() {
		Alert next = alert(AlertStatus.PUBLISHED).withdraw("officer2", LATER);
		assertThat(next.status()).isEqualTo(AlertStatus.WITHDRAWN);
		assertThat(next.closedBy()).isEqualTo("officer2");
		assertThat(next.closedAt()).isEqualTo(LATER);
	}

	@Test
	void publishedAlertExpiresAtItsExpiryNotBefore() {
		assertThat(alert(AlertStatus.PUBLISHED).expire(EXPIRY).status()).isEqualTo(AlertStatus.EXPIRED);
		assertThatThrownBy(() -> alert(AlertStatus.PUBLISHED).expire(EXPIRY.minusSeconds(1)))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void objectAlertPublishesDirectlyButPersonOrFlaggedOnesMayNot() {
		assertThat(alert(AlertType.STOLEN_VEHICLE, AlertStatus.DRAFT, List.of()).publishDirectly(LATER).status())
			.isEqualTo(AlertStatus.PUBLISHED);
		assertThatThrownBy(() -> alert(AlertStatus.DRAFT).publishDirectly(LATER)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("person");
		assertThatThrownBy(() -> alert(AlertType.STOLEN_VEHICLE, AlertStatus.DRAFT, List.of("article-3:military in summary"))
			.publishDirectly(LATER)).isInstanceOf(IllegalStateException.class).hasMessageContaining("flagged");
	}

	@Nested
	class ForbiddenMoves {

		private void forbidden(AlertStatus from, Set<AlertStatus> allowedFrom, UnaryOperator<Alert> move) {
			if (allowedFrom.contains(from)) {
				return;
			}
			assertThatThrownBy(() -> move.apply(alert(AlertType.STOLEN_VEHICLE, from, List.of())))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("this one is " + from);
		}

		@ParameterizedTest
		@EnumSource(AlertStatus.class)
		void submitOnlyFromDraft(AlertStatus from) {
			forbidden(from, Set.of(AlertStatus.DRAFT), Alert::submit);
		}

		@ParameterizedTest
		@EnumSource(AlertStatus.class)
		void publishDirectlyOnlyFromDraft(AlertStatus from) {
			forbidden(from, Set.of(AlertStatus.DRAFT), a -> a.publishDirectly(LATER));
		}

		@ParameterizedTest
		@EnumSource(AlertStatus.class)
		void approveAndRefuseOnlyUnderReview(AlertStatus from) {
			forbidden(from, Set.of(AlertStatus.UNDER_REVIEW), a -> a.approve("rev", LATER));
			forbidden(from, Set.of(AlertStatus.UNDER_REVIEW), a -> a.refuse("rev", "reason", LATER));
		}

		@ParameterizedTest
		@EnumSource(AlertStatus.class)
		void withdrawAndExpireOnlyWhenPublished(AlertStatus from) {
			forbidden(from, Set.of(AlertStatus.PUBLISHED), a -> a.withdraw("officer", LATER));
			forbidden(from, Set.of(AlertStatus.PUBLISHED), a -> a.expire(EXPIRY));
		}
	}

	@Test
	void typesKnowWhetherTheyConcernAPersonAndTheirSchemata() {
		assertThat(AlertType.WANTED_PERSON.isPersonAlert()).isTrue();
		assertThat(AlertType.STOLEN_VEHICLE.isPersonAlert()).isFalse();
		assertThat(AlertType.STOLEN_TRAVEL_DOCUMENT.allows("Passport")).isTrue();
		assertThat(AlertType.STOLEN_TRAVEL_DOCUMENT.allows("Person")).isFalse();
		assertThat(AlertType.FIREARM.schemata()).containsExactly("Firearm");
	}
}
