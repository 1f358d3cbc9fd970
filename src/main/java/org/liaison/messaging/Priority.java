package org.liaison.messaging;

/** How urgently a case is worked on; shown beside the case, it does not set deadlines by itself. */
public enum Priority {
	LOW, NORMAL, HIGH, URGENT
}
