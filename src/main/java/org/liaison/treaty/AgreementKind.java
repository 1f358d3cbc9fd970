package org.liaison.treaty;

/** The legal form of an agreement. */
public enum AgreementKind {
	BILATERAL, MULTILATERAL, CONVENTION, TREATY, PROTOCOL, DECISION, MOU
}
