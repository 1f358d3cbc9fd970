package org.liaison.messaging;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.AgencyId;

/**
 * A line of an inbox, outbox or overdue list: the message without its text, its case's reference,
 * subject and markings, and the receipts the agency may see (its own in the inbox, all in the outbox).
 */
public record MessageLine(String id, String caseId, String reference, String subject, String markings,
		MessageType type, @Nullable RequestKind kind, @Nullable Boolean urgent, AgencyId from, String sentBy,
		Instant sentAt, List<Receipt> receipts) {
}
