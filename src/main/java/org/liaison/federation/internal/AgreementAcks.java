package org.liaison.federation.internal;

import org.jspecify.annotations.Nullable;
import org.liaison.federation.internal.Rejection.Reason;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * A peer's acknowledgement of an agreement text this node sent: the version and digest of its own copy,
 * or none when it holds no such agreement. Kept as that peer's word on the agreement; never answered.
 */
@Component
class AgreementAcks implements PayloadHandler {

	static final String TYPE = "agreement.ack";

	record Payload(String agreement, @Nullable Long version, @Nullable String digest) {
	}

	private final AgreementCopies copies;
	private final ObjectMapper json;

	AgreementAcks(AgreementCopies copies, ObjectMapper json) {
		this.copies = copies;
		this.json = json;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public void apply(EnvelopeHeader header, byte[] bytes) {
		Payload p = PayloadHandler.read(json, header, bytes, Payload.class, "an agreement acknowledgement");
		if (p.agreement() == null || p.agreement().length() > 80 || (p.version() == null) != (p.digest() == null)
				|| (p.digest() != null && !p.digest().matches("[0-9a-f]{64}"))) {
			throw new Rejection(Reason.INVALID_PAYLOAD, "not an agreement acknowledgement", header);
		}
		copies.put(header.sender(), p.agreement(), p.version(), p.digest(), null);
	}
}
