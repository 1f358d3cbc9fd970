package org.liaison.alerts;

/** A reviewer's answer on an alert under review. */
public enum ReviewDecision {
	APPROVE, REFUSE
}
