package org.liaison.federation.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.liaison.federation.FederationProperties;
import org.liaison.federation.NodeId;
import org.liaison.federation.Peers;
import org.liaison.federation.internal.Rejection.Reason;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Seals and opens the envelopes of the request/response exchanges (catch-up, screening), which go
 * straight over HTTP rather than through the outbox: this node's keys, the pinned peers and the clock
 * put around {@link EnvelopeCodec}.
 */
@Component
class Envelopes {

	/** A sealed envelope and its message id (which an answer must name). */
	record Sealed(String id, String compact) {
	}

	private final NodeKeys keys;
	private final Peers peers;
	private final ObjectMapper json;
	private final FederationProperties properties;
	private final java.time.Clock clock;

	Envelopes(NodeKeys keys, Peers peers, ObjectMapper json, FederationProperties properties, java.time.Clock clock) {
		this.keys = keys;
		this.peers = peers;
		this.json = json;
		this.properties = properties;
		this.clock = clock;
	}

	/** Seals the payload (as JSON) to a pinned peer, under a fresh message id. */
	Sealed seal(NodeId recipient, String type, Object payload) {
		Instant now = clock.instant();
		EnvelopeHeader h = new EnvelopeHeader(UUID.randomUUID().toString(), properties.node(), recipient, type, now, now,
				now.plus(properties.envelopeTtl()));
		var key = peers.find(recipient).flatMap(Peers.Pinned::encryptionKey)
			.orElseThrow(() -> new Rejection(Reason.UNKNOWN_SENDER, "no encryption key pinned for " + recipient, h));
		return new Sealed(h.id(), EnvelopeCodec.seal(h, json.writeValueAsBytes(payload), keys.signingKey(), key));
	}

	/** Opens an envelope of a pinned peer addressed here; a {@link Rejection} when it does not check out. */
	EnvelopeCodec.Opened open(String compact) {
		return EnvelopeCodec.open(compact, properties.node(), keys::decryptionKey,
				sender -> peers.find(sender).map(Peers.Pinned::signingKeys).orElse(List.of()), clock.instant(),
				properties.clockSkew());
	}

	/** Opens an envelope that must be of {@code type}, and from {@code from} when given, and reads its payload. */
	<T> Read<T> open(String compact, String type, @org.jspecify.annotations.Nullable NodeId from, Class<T> payload) {
		EnvelopeCodec.Opened opened = open(compact);
		EnvelopeHeader h = opened.header();
		if (!type.equals(h.type()) || (from != null && !from.equals(h.sender()))) {
			throw new Rejection(Reason.UNSUPPORTED_TYPE, "expected a " + type + (from == null ? "" : " from " + from), h);
		}
		return new Read<>(h, PayloadHandler.read(json, h, opened.payload(), payload, "a " + type));
	}

	/** An opened envelope's header and its payload, read. */
	record Read<T>(EnvelopeHeader header, T payload) {
	}
}
