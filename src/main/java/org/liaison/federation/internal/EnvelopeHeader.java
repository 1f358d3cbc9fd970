package org.liaison.federation.internal;

import java.time.Instant;
import java.util.Objects;

import org.liaison.federation.NodeId;

/**
 * What every envelope says about itself, signed with the payload: its message id (stable across
 * retries, the inbox's deduplication key), sender and recipient nodes, payload type, when the message
 * was created (in the sender's outbox), and the validity window of this sealing (sent, expires).
 */
record EnvelopeHeader(String id, NodeId sender, NodeId recipient, String type, Instant created, Instant sent,
		Instant expires) {

	static final String ID = "liaison-id";
	static final String SENDER = "liaison-sender";
	static final String RECIPIENT = "liaison-recipient";
	static final String TYPE = "liaison-type";
	static final String CREATED = "liaison-created";
	static final String SENT = "liaison-sent";
	static final String EXPIRES = "liaison-expires";

	EnvelopeHeader {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(sender, "sender");
		Objects.requireNonNull(recipient, "recipient");
		Objects.requireNonNull(type, "type");
	}
}
