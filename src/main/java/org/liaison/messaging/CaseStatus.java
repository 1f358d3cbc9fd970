package org.liaison.messaging;

/** An open case takes messages; a closed one takes none. */
public enum CaseStatus {
	OPEN, CLOSED
}
