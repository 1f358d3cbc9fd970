package org.liaison.messaging;

import java.time.Instant;

import org.liaison.agency.AgencyId;

/** A request was not answered by its deadline: flagged, and the recipient's single point of contact told. */
public record RequestEscalated(String messageId, String caseId, AgencyId from, AgencyId recipient, Instant dueAt,
		Instant escalatedAt) {
}
