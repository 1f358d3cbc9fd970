package org.liaison.federation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.agency.Role;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.liaison.common.Problem;
import org.liaison.federation.internal.OutboxSignal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * The transactional outbox. {@link #enqueue} writes the message in the caller's transaction, so that
 * it exists exactly when what caused it commits; the dispatcher, woken by that commit, seals and sends
 * it afterwards, retrying with backoff until the peer has it, and gives up (a dead letter) after
 * {@code liaison.federation.max-attempts}. A NODE_ADMIN lists messages and retries dead letters.
 */
@Service
public class Outbox {

	private static final int LIST_LIMIT = 500;

	private final JdbcClient jdbc;
	private final ObjectMapper json;
	private final AuditLog audit;
	private final Clock clock;
	private final OutboxSignal signal;

	Outbox(JdbcClient jdbc, ObjectMapper json, AuditLog audit, Clock clock, OutboxSignal signal) {
		this.jdbc = jdbc;
		this.signal = signal;
		this.json = json;
		this.audit = audit;
		this.clock = clock;
	}

	/** Queues a message to a peer in the current transaction (one is required) and returns its message id. */
	@Transactional(propagation = Propagation.MANDATORY)
	public String enqueue(NodeId recipient, String type, Object payload) {
		String id = UUID.randomUUID().toString();
		OffsetDateTime now = now();
		jdbc.sql("INSERT INTO federation_outbox (message_id, recipient, message_type, payload, created_at, status, attempts, next_attempt) "
				+ "VALUES (?, ?, ?, ?, ?, 'QUEUED', 0, ?)")
			.params(id, recipient.value(), type, json.writeValueAsString(payload), now, now)
			.update();
		signal.afterCommit();
		return id;
	}

	/** Messages, newest first, optionally of one status (NODE_ADMIN). */
	@Transactional(readOnly = true)
	public List<OutboxMessage> list(Actor actor, OutboxMessage.@Nullable Status status) {
		actor.require(Role.NODE_ADMIN);
		String where = status == null ? "" : " WHERE status = '" + status.name() + "'";
		return jdbc.sql("SELECT * FROM federation_outbox" + where + " ORDER BY seq DESC LIMIT " + LIST_LIMIT)
			.query((rs, n) -> new OutboxMessage(rs.getLong("seq"), rs.getString("message_id"),
					NodeId.of(rs.getString("recipient")), rs.getString("message_type"),
					OutboxMessage.Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant(),
					rs.getObject("next_attempt", OffsetDateTime.class).toInstant(), rs.getString("last_error"),
					rs.getObject("delivered_at", OffsetDateTime.class) == null ? null
							: rs.getObject("delivered_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/** Counts per status, for the console. */
	@Transactional(readOnly = true)
	public java.util.Map<OutboxMessage.Status, Long> counts() {
		java.util.Map<OutboxMessage.Status, Long> out = new java.util.EnumMap<>(OutboxMessage.Status.class);
		for (OutboxMessage.Status s : OutboxMessage.Status.values()) {
			out.put(s, 0L);
		}
		jdbc.sql("SELECT status, COUNT(*) AS n FROM federation_outbox GROUP BY status")
			.query((rs, n) -> out.put(OutboxMessage.Status.valueOf(rs.getString("status")), rs.getLong("n"))).list();
		return out;
	}

	/** Puts a dead letter back in the queue for an immediate attempt (NODE_ADMIN); 404 unless it is dead. */
	@Transactional
	public void retry(Actor actor, String messageId) {
		actor.require(Role.NODE_ADMIN);
		int n = jdbc.sql("UPDATE federation_outbox SET status = 'QUEUED', attempts = 0, next_attempt = ? "
				+ "WHERE message_id = ? AND status = 'DEAD'")
			.params(now(), messageId).update();
		if (n == 0) {
			throw Problem.notFound("dead letter " + messageId);
		}
		signal.afterCommit();
		audit.append(AuditEvent.of(actor.username(), actor.agencyOrNode(), "federation.outbox.retry")
			.subject("message", messageId));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
	}
}
