package org.liaison.messaging;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.AgencyId;

/**
 * What an agency is told about its cases: a message received, a request overdue, a deadline delayed.
 * The text names types, references and agencies, never the content of a message.
 *
 * @param audience {@code ALL} users of the agency who handle cases, or only its single point of contact ({@code SPOC})
 */
public record Notification(String id, AgencyId agency, String audience, String kind, @Nullable String caseId,
		@Nullable String messageId, String text, Instant createdAt) {
}
