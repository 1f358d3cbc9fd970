package org.liaison.federation.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.liaison.federation.FederationProperties;
import org.liaison.federation.Peers;
import org.liaison.federation.internal.EnvelopeCodec.Keys;
import org.liaison.federation.internal.Rejection.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receives batches and envelopes: opens and checks each, then records each message id and applies its
 * payload in one transaction, so that a message is applied at most once however often it arrives. A repeat of
 * an id already recorded is answered DUPLICATE (the sender may stop retrying) and audited as a replay;
 * every refusal is audited and answered REJECTED with its reason; a payload refused after opening is
 * recorded too, so that retrying it cannot apply it later.
 */
@Component
class Inbox {

	private static final Logger log = LoggerFactory.getLogger(Inbox.class);

	/** The answer for one message (or a whole batch refused): APPLIED, DUPLICATE or REJECTED (with reason). */
	record Result(String id, String outcome, @Nullable String reason, @Nullable String detail) {
	}

	private final NodeKeys keys;
	private final Peers peers;
	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final TransactionTemplate tx;
	private final FederationProperties properties;
	private final Clock clock;
	private final Map<String, PayloadHandler> handlers;

	Inbox(NodeKeys keys, Peers peers, JdbcClient jdbc, AuditLog audit, TransactionTemplate tx,
			FederationProperties properties, Clock clock, List<PayloadHandler> handlers) {
		this.keys = keys;
		this.peers = peers;
		this.jdbc = jdbc;
		this.audit = audit;
		this.tx = tx;
		this.properties = properties;
		this.clock = clock;
		this.handlers = handlers.stream().collect(Collectors.toMap(PayloadHandler::type, Function.identity()));
	}

	/**
	 * Receives envelopes of wire format 1: they are opened (decrypted and verified, the costly part) in
	 * parallel, then applied one by one in the order sent, so that per-sender order holds.
	 */
	List<Result> receiveAll(List<String> compacts) {
		List<Object> opened = (compacts.size() < 4 ? compacts.stream() : compacts.parallelStream()).map(this::open).toList();
		List<Result> results = new ArrayList<>(opened.size());
		for (Object o : opened) {
			results.add(o instanceof Result r ? r : apply((EnvelopeCodec.Opened) o));
		}
		return results;
	}

	/** What became of a batch: refused as a whole ({@code rejected}), or one result per item, in order. */
	record BatchResult(@Nullable String batch, @Nullable Result rejected, List<Result> results) {
	}

	/**
	 * Receives a batch (wire format 2): opened once; its items applied in the order sent, all in one
	 * transaction. When that transaction fails (a repeated id, a payload refused, anything), it is rolled
	 * back and each item is applied in a transaction of its own, so that one bad item spoils no other.
	 */
	BatchResult receiveBatch(String compact) {
		EnvelopeCodec.OpenedBatch batch;
		try {
			batch = EnvelopeCodec.openBatch(compact, keys());
		}
		catch (Rejection r) {
			Result refused = refused(r, false);
			return new BatchResult(r.header() == null ? null : r.header().id(), refused, List.of());
		}
		List<EnvelopeCodec.Opened> opened = batch.items().stream()
			.filter(EnvelopeCodec.Opened.class::isInstance).map(EnvelopeCodec.Opened.class::cast).toList();
		boolean appliedTogether = applyTogether(opened);
		List<Result> results = new ArrayList<>(batch.items().size());
		for (Object item : batch.items()) {
			if (item instanceof Rejection r) {
				results.add(refusedItem(r));
			}
			else {
				EnvelopeCodec.Opened o = (EnvelopeCodec.Opened) item;
				results.add(appliedTogether ? new Result(o.header().id(), "APPLIED", null, null) : apply(o));
			}
		}
		return new BatchResult(batch.header().id(), null, results);
	}

	/** Applies every item in one transaction; false (and nothing applied) when any of them fails. */
	private boolean applyTogether(List<EnvelopeCodec.Opened> opened) {
		if (opened.size() < 2) {
			return false;
		}
		try {
			tx.executeWithoutResult(status -> opened.forEach(this::applyInTransaction));
			return true;
		}
		catch (RuntimeException e) {
			log.debug("federation: a batch of {} is applied item by item: {}", opened.size(), e.toString());
			return false;
		}
	}

	private Keys keys() {
		return new Keys(properties.node(), keys::decryptionKey,
				sender -> peers.find(sender).map(Peers.Pinned::signingKeys).orElse(List.of()), clock.instant(),
				properties.clockSkew());
	}

	/** The opened envelope, or the REJECTED result when it does not open. */
	private Object open(String compact) {
		Keys k = keys();
		try {
			return EnvelopeCodec.open(compact, k.self(), k.decryptionKeys(), k.senderKeys(), k.now(), k.skew());
		}
		catch (Rejection r) {
			return refused(r, false);
		}
	}

	/** An item of an authentic batch refused on its own: recorded (when its id reads) and audited. */
	private Result refusedItem(Rejection r) {
		try {
			return refused(r, r.header() != null);
		}
		catch (DuplicateKeyException e) {
			return new Result(r.header().id(), "DUPLICATE", Reason.REPLAYED.name(), "already received");
		}
	}

	private Result apply(EnvelopeCodec.Opened opened) {
		EnvelopeHeader h = opened.header();
		try {
			tx.executeWithoutResult(status -> applyInTransaction(opened));
			return new Result(h.id(), "APPLIED", null, null);
		}
		catch (DuplicateKeyException e) {
			audit.appendIndependently(event(h, "federation.replay").outcome(Reason.REPLAYED.name()));
			return new Result(h.id(), "DUPLICATE", Reason.REPLAYED.name(), "already received");
		}
		catch (Rejection r) {
			try {
				return refused(r.header() == null ? r.about(h) : r, true);
			}
			catch (DuplicateKeyException e) {
				return new Result(h.id(), "DUPLICATE", Reason.REPLAYED.name(), "already received");
			}
		}
	}

	/** Records the id and applies the payload, in the caller's transaction. */
	private void applyInTransaction(EnvelopeCodec.Opened opened) {
		EnvelopeHeader h = opened.header();
		PayloadHandler handler = handlers.get(h.type());
		if (handler == null) {
			throw new Rejection(Reason.UNSUPPORTED_TYPE, "no handler for type " + h.type(), h);
		}
		// an envelope refused before (say, under an agreement since corrected) may be retried and applied
		int again = jdbc.sql("UPDATE federation_inbox SET outcome = 'APPLIED', detail = NULL WHERE message_id = ? "
				+ "AND outcome = 'REJECTED'").param(h.id()).update();
		if (again == 0) {
			record(h, "APPLIED", null);
		}
		handler.apply(h, opened.payload());
	}

	/** Audits a refusal (recording the id when the envelope was authentic) and answers REJECTED. */
	private Result refused(Rejection r, boolean authentic) {
		EnvelopeHeader h = r.header();
		log.warn("federation: envelope {} from {} refused: {} ({})", h == null ? "?" : h.id(), h == null ? "?" : h.sender(),
				r.reason(), r.getMessage());
		AuditEvent event = (h == null ? AuditEvent.of("federation", "NODE", "federation.reject").subject("envelope", "unreadable")
				: event(h, "federation.reject"))
			.outcome(r.reason().name())
			.detail("why", r.getMessage())
			.detail("authentic", authentic);
		if (authentic && h != null) {
			tx.executeWithoutResult(status -> {
				String detail = r.reason().name() + ": " + r.getMessage();
				int again = jdbc.sql("UPDATE federation_inbox SET detail = ? WHERE message_id = ? AND outcome = 'REJECTED'")
					.params(detail.length() <= 1000 ? detail : detail.substring(0, 1000), h.id()).update();
				if (again == 0) {
					record(h, "REJECTED", detail);
				}
				audit.append(event);
			});
		}
		else {
			audit.appendIndependently(event);
		}
		return new Result(h == null ? "" : h.id(), "REJECTED", r.reason().name(), r.getMessage());
	}

	/**
	 * Records the id of a request answered straight away (a screening request), so that the same sealed
	 * request is answered once; a {@link Rejection} REPLAYED when it was answered already.
	 */
	void remember(EnvelopeHeader h) {
		try {
			tx.executeWithoutResult(status -> record(h, "ANSWERED", null));
		}
		catch (DuplicateKeyException e) {
			throw new Rejection(Reason.REPLAYED, "this request was answered already", h);
		}
	}

	private void record(EnvelopeHeader h, String outcome, @Nullable String detail) {
		jdbc.sql("INSERT INTO federation_inbox (message_id, sender, message_type, created_at, received_at, outcome, detail) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(h.id(), h.sender().value(), h.type(), OffsetDateTime.ofInstant(h.created(), ZoneOffset.UTC),
					OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), outcome,
					detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000))
			.update();
	}

	private static AuditEvent event(EnvelopeHeader h, String action) {
		return AuditEvent.of("federation:" + h.sender(), "NODE", action)
			.subject("envelope", h.id())
			.detail("sender", h.sender())
			.detail("type", h.type())
			.detail("created", h.created());
	}
}
