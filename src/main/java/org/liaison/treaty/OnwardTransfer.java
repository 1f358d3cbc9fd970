package org.liaison.treaty;

/** Whether information received under an agreement may be passed to a third party. */
public enum OnwardTransfer {
	FORBIDDEN, WITH_ORIGINATOR_CONSENT, ALLOWED
}
