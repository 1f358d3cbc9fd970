package org.liaison.treaty;

/** Security classification, ordered from least to most protected. */
public enum Classification {
	UNCLASSIFIED, RESTRICTED, CONFIDENTIAL, SECRET;

	public boolean isAbove(Classification other) {
		return compareTo(other) > 0;
	}
}
