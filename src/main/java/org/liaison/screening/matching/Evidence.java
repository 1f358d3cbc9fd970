package org.liaison.screening.matching;

/** Whether a secondary attribute (nationality, sex) supports a match, weakens it, or says nothing. */
public enum Evidence {
	/** Both sides give it and they agree. */
	MATCH,
	/** Both sides give it and they disagree. */
	MISMATCH,
	/** At least one side does not give it. */
	UNKNOWN
}
