package org.liaison.agency;

/** What sort of competent authority an agency is. */
public enum AgencyKind {
	POLICE, CUSTOMS, BORDER, FIU, PROSECUTION, INTELLIGENCE, INTERNATIONAL_ORG, NGO
}
