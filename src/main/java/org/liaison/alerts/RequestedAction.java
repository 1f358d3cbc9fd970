package org.liaison.alerts;

/** What the owner asks whoever gets a hit to do. */
public enum RequestedAction {
	ARREST, LOCATE, PROTECT, IDENTIFY, DISCRETE_CHECK, SPECIFIC_CHECK, REFUSE_ENTRY, SEIZE, REPORT
}
