package org.liaison.treaty;

import java.util.Objects;

/**
 * How an agency that is not the originator holds an item: the disclosure through which it received
 * it (agreement, its onward-transfer rule, the purpose it was given for) and whether the originator
 * has consented to the onward transfer now asked for.
 */
public record Holding(String receivedUnder, OnwardTransfer onwardTransfer, Purpose receivedFor,
		boolean originatorConsent) {

	public Holding {
		Objects.requireNonNull(receivedUnder, "receivedUnder");
		Objects.requireNonNull(onwardTransfer, "onwardTransfer");
		Objects.requireNonNull(receivedFor, "receivedFor");
	}
}
