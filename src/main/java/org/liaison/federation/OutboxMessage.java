package org.liaison.federation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A message in the outbox as the console and the API show it: where it goes, how far it got, and why not further. */
public record OutboxMessage(long seq, String messageId, NodeId recipient, String type, Status status, int attempts,
		Instant createdAt, Instant nextAttempt, @Nullable String lastError, @Nullable Instant deliveredAt) {

	/** QUEUED until the peer has it (retries back off), DELIVERED once, DEAD after too many attempts or a refusal. */
	public enum Status {
		QUEUED, DELIVERED, DEAD
	}
}
