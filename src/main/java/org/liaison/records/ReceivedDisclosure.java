package org.liaison.records;

import org.liaison.treaty.DisclosureDecision;

/**
 * What the receiving node decided on a disclosure from another node: its own decision, and whether it
 * agrees with the sender's (same outcome, agreement and article). Only an agreeing PERMIT is stored.
 */
public record ReceivedDisclosure(DisclosureDecision decision, boolean agrees, boolean stored) {
}
