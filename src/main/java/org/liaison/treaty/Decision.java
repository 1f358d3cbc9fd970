package org.liaison.treaty;

/** The two answers the policy engine gives. */
public enum Decision {
	PERMIT, DENY
}
