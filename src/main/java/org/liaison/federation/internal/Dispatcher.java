package org.liaison.federation.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.nimbusds.jose.jwk.ECKey;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.liaison.federation.FederationProperties;
import org.liaison.federation.NodeId;
import org.liaison.federation.Peers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds. Per recipient, the oldest queued messages go first, in one batch, and a
 * recipient whose oldest message is waiting out its backoff gets nothing newer, so that messages reach
 * each peer in the order they were written. Each attempt seals the message afresh (new validity window,
 * newest keys) under its unchanging message id, so a retry that arrives twice is applied once.
 * Failures back off exponentially with jitter; after {@code max-attempts}, or when the peer refuses the
 * envelope, the message becomes a dead letter.
 */
@Component
class Dispatcher {

	private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

	private final OutboxStore outbox;
	private final Peers peers;
	private final NodeKeys keys;
	private final Transport transport;
	private final FederationProperties properties;
	private final AuditLog audit;
	private final Clock clock;

	Dispatcher(OutboxStore outbox, Peers peers, NodeKeys keys, Transport transport, FederationProperties properties,
			AuditLog audit, Clock clock) {
		this.audit = audit;
		this.outbox = outbox;
		this.peers = peers;
		this.keys = keys;
		this.transport = transport;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${liaison.federation.dispatch-interval:PT0.2S}")
	void dispatch() {
		for (NodeId recipient : outbox.dueRecipients(clock.instant())) {
			try {
				int sent;
				do {
					sent = sendBatch(recipient);
				}
				while (sent == properties.batchSize());
			}
			catch (RuntimeException e) {
				log.warn("federation: sending to {} failed: {}", recipient, e.toString());
			}
		}
	}

	/** Sends one batch to the recipient; returns how many were delivered (0 when the attempt failed). */
	int sendBatch(NodeId recipient) {
		List<OutboxStore.Pending> batch = outbox.head(recipient, properties.batchSize());
		if (batch.isEmpty()) {
			return 0;
		}
		Peers.Pinned peer = peers.find(recipient).orElse(null);
		ECKey encryption = peer == null ? null : peer.encryptionKey().orElse(null);
		if (peer == null || encryption == null) {
			failAll(batch, "no peer " + recipient + " with an encryption key is registered");
			return 0;
		}
		Instant now = clock.instant();
		ECKey signing = keys.signingKey();
		// sealing (an ephemeral ECDH and a signature per envelope) is the costly part: use every core
		List<String> envelopes = (batch.size() < 4 ? batch.stream() : batch.parallelStream()).map(m -> {
			EnvelopeHeader h = new EnvelopeHeader(m.messageId(), properties.node(), recipient, m.type(), m.createdAt(), now,
					now.plus(properties.envelopeTtl()));
			return EnvelopeCodec.seal(h, m.payload().getBytes(StandardCharsets.UTF_8), signing, encryption);
		}).toList();
		List<Transport.Result> results;
		try {
			results = transport.send(peer.peer().baseUrl(), envelopes);
		}
		catch (Transport.Unreachable e) {
			failAll(batch, e.getMessage());
			return 0;
		}
		Map<String, Transport.Result> byId = new HashMap<>();
		results.forEach(r -> byId.put(r.id(), r));
		List<String> delivered = new ArrayList<>();
		for (OutboxStore.Pending m : batch) {
			Transport.Result r = byId.get(m.messageId());
			if (r == null) {
				fail(m, "the peer did not answer for this envelope");
			}
			else if ("APPLIED".equals(r.outcome()) || "DUPLICATE".equals(r.outcome())) {
				delivered.add(m.messageId());
			}
			else {
				dead(m, "refused by " + recipient + ": " + r.reason() + " (" + r.detail() + ")");
			}
		}
		outbox.delivered(delivered, clock.instant());
		return delivered.size();
	}

	private void failAll(List<OutboxStore.Pending> batch, String error) {
		batch.forEach(m -> fail(m, error));
	}

	private void fail(OutboxStore.Pending m, String error) {
		int attempts = m.attempts() + 1;
		if (attempts >= properties.maxAttempts()) {
			dead(m, "gave up after " + attempts + " attempts: " + error);
			return;
		}
		outbox.failed(m.messageId(), error, clock.instant().plus(backoff(attempts)));
	}

	/** A dead letter waits for a NODE_ADMIN: audited, so that giving up on a peer leaves a trace. */
	private void dead(OutboxStore.Pending m, String why) {
		outbox.dead(m.messageId(), why);
		log.warn("federation: message {} to {} is a dead letter: {}", m.messageId(), m.recipient(), why);
		audit.appendIndependently(AuditEvent.of("federation", "NODE", "federation.dead-letter")
			.subject("message", m.messageId())
			.outcome("DEAD")
			.detail("recipient", m.recipient().value())
			.detail("type", m.type())
			.detail("why", why.length() <= 500 ? why : why.substring(0, 500)));
	}

	/** base * 2^(attempts-1), at most max, of which a random half is taken off ("equal jitter"). */
	Duration backoff(int attempts) {
		long base = properties.backoffBase().toMillis();
		long capped = Math.min(properties.backoffMax().toMillis(), base << Math.min(attempts - 1, 30));
		long half = capped / 2;
		return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
	}
}
