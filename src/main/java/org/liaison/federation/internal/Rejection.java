package org.liaison.federation.internal;

import org.jspecify.annotations.Nullable;

/** An envelope the receiver refuses, with a stable reason the sender and both administrators see. */
class Rejection extends RuntimeException {

	enum Reason {
		MALFORMED, WRONG_RECIPIENT, UNKNOWN_SENDER, UNKNOWN_KEY, UNDECRYPTABLE, BAD_SIGNATURE, HEADER_MISMATCH,
		EXPIRED, NOT_YET_VALID, REPLAYED, NOT_HOSTED_BY_SENDER, NOT_HOSTED_HERE, UNSUPPORTED_TYPE, INVALID_PAYLOAD,
		DECISION_MISMATCH, AGREEMENT_MISMATCH
	}

	private final Reason reason;
	private final @Nullable EnvelopeHeader header;

	Rejection(Reason reason, String detail) {
		this(reason, detail, null);
	}

	Rejection(Reason reason, String detail, @Nullable EnvelopeHeader header) {
		super(detail);
		this.reason = reason;
		this.header = header;
	}

	Reason reason() {
		return reason;
	}

	@Nullable
	EnvelopeHeader header() {
		return header;
	}

	Rejection about(EnvelopeHeader h) {
		return new Rejection(reason, getMessage(), h);
	}
}
