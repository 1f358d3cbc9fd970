package org.liaison.messaging;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.AgencyId;

/**
 * A message in a case as the caller's agency may see it. The text is stored and returned exactly as
 * written: it is never interpreted as markup. A recipient sees only its own receipt; the sender sees all.
 */
public record Message(String id, String caseId, MessageType type, @Nullable RequestKind kind, @Nullable Boolean urgent,
		@Nullable Accessibility accessibility, @Nullable String inReplyTo, AgencyId from, String sentBy, String body,
		Instant sentAt, List<Receipt> recipients, List<String> records, List<Attachment> attachments) {

	public Message {
		recipients = List.copyOf(recipients);
		records = List.copyOf(records);
		attachments = List.copyOf(attachments);
	}
}
