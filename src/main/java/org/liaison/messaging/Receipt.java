package org.liaison.messaging;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.AgencyId;

/**
 * One recipient of a message: when it was delivered (acknowledged automatically on receipt), read and,
 * for a request, answered; its deadline (moved by a justified delay), and when it was escalated.
 */
public record Receipt(AgencyId agency, @Nullable Instant deliveredAt, @Nullable Instant readAt,
		@Nullable String readBy, @Nullable Instant dueAt, @Nullable String delayReason, @Nullable Instant answeredAt,
		@Nullable String answerId, @Nullable Instant escalatedAt, DeadlineState deadline, @Nullable String agreement,
		@Nullable String article) {
}
