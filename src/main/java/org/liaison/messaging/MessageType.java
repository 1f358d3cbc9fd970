package org.liaison.messaging;

/** What a message in a case is, as in SIENA. */
public enum MessageType {
	/** A request for information: it has a deadline for each recipient. */
	REQUEST,
	/** An answer to a request the sender received. */
	ANSWER,
	/** Information given without being asked. */
	NOTIFICATION
}
