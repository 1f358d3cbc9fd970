package org.liaison.treaty;

/**
 * An agreement was recorded on this node, or its status changed (suspended, resumed): published in the
 * transaction that changed it, with the version it now has, so that the parties' nodes can be sent the
 * text.
 */
public record AgreementChanged(String agreementId, long version) {
}
