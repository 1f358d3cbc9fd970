package org.liaison.messaging.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.liaison.messaging.Accessibility;
import org.liaison.messaging.MessageType;
import org.liaison.messaging.NewCase;
import org.liaison.messaging.NewMessage;
import org.liaison.messaging.Priority;
import org.liaison.treaty.Category;
import org.liaison.treaty.Classification;
import org.liaison.treaty.HandlingCode;
import org.liaison.treaty.Purpose;
import org.liaison.treaty.Tlp;

/** The JSON bodies of the cases API. */
final class CaseBodies {

	private CaseBodies() {
	}

	record CaseBody(@Nullable String subject, @Nullable List<String> parties, @Nullable Category category,
			@Nullable Purpose purpose, @Nullable String legalBasis, @Nullable Priority priority,
			@Nullable Classification classification, @Nullable Tlp tlp, @Nullable Set<HandlingCode> handlingCodes,
			@Nullable String handlingNote, @Nullable MessageBody message) {

		NewCase toNewCase() {
			return new NewCase(subject, parties, category, purpose, legalBasis, priority, classification, tlp, handlingCodes,
					handlingNote, message == null ? null : message.toNewMessage());
		}
	}

	record MessageBody(@Nullable MessageType type, @Nullable List<String> to, @Nullable String body,
			@Nullable Boolean urgent, @Nullable Accessibility accessibility, @Nullable OffsetDateTime dueAt,
			@Nullable String inReplyTo, @Nullable List<String> records, @Nullable List<String> attachments) {

		NewMessage toNewMessage() {
			return new NewMessage(type, to, body, Boolean.TRUE.equals(urgent), accessibility,
					dueAt == null ? null : dueAt.toInstant(), inReplyTo, records, attachments);
		}
	}

	record DelayBody(@Nullable OffsetDateTime until, @Nullable String justification) {
	}

	record CloseBody(@Nullable String reason) {
	}

	record WebhookBody(@Nullable String url) {
	}
}
