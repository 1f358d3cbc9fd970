package org.liaison.federation.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.nimbusds.jose.jwk.ECKey;
import org.jspecify.annotations.Nullable;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.liaison.federation.FederationProperties;
import org.liaison.federation.NodeId;
import org.liaison.federation.Peers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds, on a thread of its own that a commit writing to the outbox wakes
 * ({@link OutboxSignal}) and that otherwise polls every {@code liaison.federation.dispatch-interval}.
 * Per recipient, the oldest queued messages go first, in one batch (one signature and one key agreement
 * for all of them), and a recipient whose oldest message is waiting out its backoff gets nothing newer,
 * so that messages reach each peer in the order they were written. Each attempt seals the messages
 * afresh (new validity window, newest keys) under their unchanging message ids, so a retry that arrives
 * twice is applied once. Failures back off exponentially with jitter; after {@code max-attempts}, or when
 * the peer refuses a message (or the whole batch), the message becomes a dead letter.
 */
@Component
class Dispatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
	/** Payload characters per batch at most (a larger message still goes, alone), well under the receiver's limit. */
	static final int MAX_BATCH_PAYLOAD = 4_000_000;

	private final OutboxStore outbox;
	private final OutboxSignal signal;
	private final Peers peers;
	private final NodeKeys keys;
	private final Transport transport;
	private final FederationProperties properties;
	private final AuditLog audit;
	private final Clock clock;
	private final Duration interval;
	private volatile boolean running;
	private @Nullable Thread thread;

	Dispatcher(OutboxStore outbox, OutboxSignal signal, Peers peers, NodeKeys keys, Transport transport,
			FederationProperties properties, AuditLog audit, Clock clock,
			@Value("${liaison.federation.dispatch-interval:PT0.2S}") Duration interval) {
		this.audit = audit;
		this.outbox = outbox;
		this.signal = signal;
		this.peers = peers;
		this.keys = keys;
		this.transport = transport;
		this.properties = properties;
		this.clock = clock;
		this.interval = interval;
	}

	@Override
	public void start() {
		running = true;
		Thread t = new Thread(this::loop, "federation-dispatcher");
		t.setDaemon(true);
		thread = t;
		t.start();
	}

	/** Lets the batch in flight finish (no interrupt: it would close H2's file), then stops. */
	@Override
	public void stop() {
		running = false;
		signal.ring();
		Thread t = thread;
		if (t != null) {
			try {
				t.join(properties.timeout().plusSeconds(5).toMillis());
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void loop() {
		while (running) {
			try {
				signal.await(interval);
				if (running) {
					dispatch();
				}
			}
			catch (InterruptedException e) {
				return;
			}
			catch (RuntimeException e) {
				log.warn("federation: dispatching failed: {}", e.toString());
			}
		}
	}

	void dispatch() {
		for (NodeId recipient : outbox.dueRecipients(clock.instant())) {
			try {
				int sent;
				do {
					sent = sendBatch(recipient);
				}
				while (sent > 0 && running);
			}
			catch (RuntimeException e) {
				log.warn("federation: sending to {} failed: {}", recipient, e.toString());
			}
		}
	}

	/** Sends one batch to the recipient; returns how many were delivered (0 when the attempt failed). */
	int sendBatch(NodeId recipient) {
		List<OutboxStore.Pending> batch = within(MAX_BATCH_PAYLOAD, outbox.head(recipient, properties.batchSize()));
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
		Instant expires = now.plus(properties.envelopeTtl());
		List<EnvelopeCodec.Item> items = batch.stream()
			.map(m -> new EnvelopeCodec.Item(new EnvelopeHeader(m.messageId(), properties.node(), recipient, m.type(),
					m.createdAt(), now, expires), m.payload().getBytes(StandardCharsets.UTF_8)))
			.toList();
		EnvelopeHeader header = new EnvelopeHeader(UUID.randomUUID().toString(), properties.node(), recipient,
				EnvelopeCodec.BATCH, now, now, expires);
		Transport.Answer answer;
		try {
			answer = transport.send(peer.peer().baseUrl(), EnvelopeCodec.sealBatch(header, items, keys.signingKey(), encryption));
		}
		catch (Transport.Unreachable e) {
			failAll(batch, e.getMessage());
			return 0;
		}
		if (answer.rejected() != null) {
			Transport.Result r = answer.rejected();
			batch.forEach(m -> dead(m, "batch refused by " + recipient + ": " + r.reason() + " (" + r.detail() + ")"));
			return 0;
		}
		Map<String, Transport.Result> byId = new HashMap<>();
		answer.results().forEach(r -> byId.put(r.id(), r));
		List<String> delivered = new ArrayList<>();
		for (OutboxStore.Pending m : batch) {
			Transport.Result r = byId.get(m.messageId());
			if (r == null) {
				fail(m, "the peer did not answer for this message");
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

	/** The first messages whose payloads add up to at most {@code limit} characters, and at least the first. */
	private static List<OutboxStore.Pending> within(int limit, List<OutboxStore.Pending> head) {
		int n = 0;
		long size = 0;
		while (n < head.size() && (n == 0 || size + head.get(n).payload().length() <= limit)) {
			size += head.get(n++).payload().length();
		}
		return head.subList(0, n);
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
