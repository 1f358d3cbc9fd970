package org.liaison.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.AgencyId;
import org.liaison.records.Markings;
import org.liaison.treaty.Category;
import org.liaison.treaty.DisclosureItem;
import org.liaison.treaty.Purpose;

/**
 * An alert and where it stands in its workflow. Immutable: each transition returns the next value, and
 * throws {@link IllegalStateException} naming the current state when the move is not allowed.
 */
public record Alert(AlertId id, AlertType type, String schema, Category category, String caption,
		Map<String, List<String>> properties, RequestedAction action, Set<Purpose> purposes, String legalBasis,
		Markings markings, @Nullable String summary, AgencyId owner, AlertStatus status, LocalDate reviewDate,
		Instant expiresAt, List<String> flags, String createdBy, Instant createdAt, @Nullable String reviewedBy,
		@Nullable Instant reviewedAt, @Nullable String reviewReason, @Nullable String closedBy,
		@Nullable Instant closedAt, long version) {

	public Alert {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(owner, "owner");
		properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
		// In the enum's order, so that "the first purpose" means the same on every node.
		purposes = purposes.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(purposes));
		flags = List.copyOf(flags);
	}

	/** Sends a draft to compliance review. */
	public Alert submit() {
		require(AlertStatus.DRAFT, "submitted");
		return with(AlertStatus.UNDER_REVIEW, reviewedBy, reviewedAt, reviewReason, closedBy, closedAt);
	}

	/**
	 * Publishes a draft object alert without review, as objects may; person alerts and flagged ones
	 * must go through a reviewer.
	 */
	public Alert publishDirectly(Instant at) {
		require(AlertStatus.DRAFT, "published directly");
		if (type.isPersonAlert() || !flags.isEmpty()) {
			throw new IllegalStateException("a " + (flags.isEmpty() ? "person" : "flagged") + " alert needs review; it is "
					+ status);
		}
		return with(AlertStatus.PUBLISHED, null, null, null, closedBy, closedAt);
	}

	/** A reviewer approves an alert under review: it is published. */
	public Alert approve(String reviewer, Instant at) {
		require(AlertStatus.UNDER_REVIEW, "approved");
		return with(AlertStatus.PUBLISHED, reviewer, at, null, closedBy, closedAt);
	}

	/** A reviewer refuses an alert under review, giving the reason. */
	public Alert refuse(String reviewer, String reason, Instant at) {
		require(AlertStatus.UNDER_REVIEW, "refused");
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("a refusal needs a reason");
		}
		return with(AlertStatus.REFUSED, reviewer, at, reason.strip(), closedBy, closedAt);
	}

	/** The owner withdraws a published alert. */
	public Alert withdraw(String by, Instant at) {
		require(AlertStatus.PUBLISHED, "withdrawn");
		return with(AlertStatus.WITHDRAWN, reviewedBy, reviewedAt, reviewReason, by, at);
	}

	/** A published alert reaches its expiry. */
	public Alert expire(Instant at) {
		require(AlertStatus.PUBLISHED, "expired");
		if (at.isBefore(expiresAt)) {
			throw new IllegalStateException("the alert expires only at " + expiresAt + "; it is " + status);
		}
		return with(AlertStatus.EXPIRED, reviewedBy, reviewedAt, reviewReason, "system", at);
	}

	/** The alert as the disclosure decision sees it: its category, markings and owner, kept until expiry. */
	public DisclosureItem asItem() {
		return DisclosureItem.original(category, markings.classification(), markings.tlp(), markings.handlingCodes(), owner,
				null);
	}

	private void require(AlertStatus expected, String move) {
		if (status != expected) {
			throw new IllegalStateException("only an alert " + expected + " can be " + move + "; this one is " + status);
		}
	}

	private Alert with(AlertStatus next, @Nullable String reviewer, @Nullable Instant reviewed, @Nullable String reason,
			@Nullable String closer, @Nullable Instant closed) {
		return new Alert(id, type, schema, category, caption, properties, action, purposes, legalBasis, markings, summary,
				owner, next, reviewDate, expiresAt, flags, createdBy, createdAt, reviewer, reviewed, reason, closer, closed,
				version + 1);
	}
}
