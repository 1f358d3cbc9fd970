package org.liaison.federation.internal;

/**
 * Applies one type of payload received from a peer, inside the inbox's transaction. Throws a
 * {@link Rejection} for a payload that must not be applied (it is then recorded as refused, once).
 */
interface PayloadHandler {

	String type();

	void apply(EnvelopeHeader header, byte[] payload);

	/** Reads a payload as JSON; a {@link Rejection} INVALID_PAYLOAD ("not {@code what}") when it does not read or is null. */
	static <T> T read(tools.jackson.databind.ObjectMapper json, EnvelopeHeader header, byte[] payload, Class<T> type,
			String what) {
		T read;
		try {
			read = json.readValue(payload, type);
		}
		catch (RuntimeException e) {
			read = null;
		}
		if (read == null) {
			throw new Rejection(Rejection.Reason.INVALID_PAYLOAD, "not " + what, header);
		}
		return read;
	}
}
