package org.liaison.messaging;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A message to send: its type, the parties it goes to (all other parties when empty), the text, and for
 * a request its urgency, the accessibility of the information and optionally an earlier or later
 * deadline than the statutory one; for an answer the request it answers. Records are referenced by id
 * and disclosed to every recipient; attachments are ids of files uploaded to the case beforehand.
 */
public record NewMessage(MessageType type, List<String> to, String body, boolean urgent,
		@Nullable Accessibility accessibility, @Nullable Instant dueAt, @Nullable String inReplyTo, List<String> records,
		List<String> attachments) {

	public NewMessage {
		to = to == null ? List.of() : List.copyOf(to);
		records = records == null ? List.of() : List.copyOf(records);
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
	}
}
