package org.liaison.federation.internal;

/**
 * Applies one type of payload received from a peer, inside the inbox's transaction. Throws a
 * {@link Rejection} for a payload that must not be applied (it is then recorded as refused, once).
 */
interface PayloadHandler {

	String type();

	void apply(EnvelopeHeader header, byte[] payload);
}
