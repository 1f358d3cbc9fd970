package org.liaison.messaging;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.AgencyId;

/**
 * A recipient's receipt of a message as its node reports it back to the sender's node: when it was
 * stored there (delivered), first read (and by whom) and answered (and by which message). Each is null
 * until it happened; a later report never clears what an earlier one set.
 */
public record Acknowledgement(String message, AgencyId agency, @Nullable Instant deliveredAt, @Nullable Instant readAt,
		@Nullable String readBy, @Nullable Instant answeredAt, @Nullable String answerId) {
}
