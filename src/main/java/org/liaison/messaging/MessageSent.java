package org.liaison.messaging;

import java.time.Instant;
import java.util.List;

import org.liaison.agency.AgencyId;

/**
 * A message was stored for its recipients; published in the sending transaction, so that a listener in
 * that transaction (federation's outbox, for recipients hosted on other nodes) commits with it.
 */
public record MessageSent(String messageId, String caseId, MessageType type, AgencyId from, List<AgencyId> to,
		Instant sentAt) {
}
