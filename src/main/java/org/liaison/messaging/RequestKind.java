package org.liaison.messaging;

/** Why a request was sent: an officer's request for information, or the follow-up of a screening hit. */
public enum RequestKind {
	INFORMATION, SCREENING_FOLLOW_UP
}
