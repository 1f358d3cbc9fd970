package org.liaison.treaty;

/** Where an agreement stands; only IN_FORCE ever permits. */
public enum AgreementStatus {
	DRAFT, IN_FORCE, SUSPENDED, TERMINATED
}
