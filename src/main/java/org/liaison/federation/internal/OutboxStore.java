package org.liaison.federation.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.federation.NodeId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Component;

/** The dispatcher's view of the outbox table. */
@Component
class OutboxStore {

	record Pending(long seq, String messageId, NodeId recipient, String type, String payload, Instant createdAt,
			int attempts) {
	}

	private final JdbcClient client;
	private final JdbcTemplate jdbc;

	OutboxStore(JdbcClient client, JdbcTemplate jdbc) {
		this.client = client;
		this.jdbc = jdbc;
	}

	/** Recipients whose oldest queued message is due: a later message never overtakes an earlier one. */
	List<NodeId> dueRecipients(Instant now) {
		return client.sql("SELECT o.recipient FROM federation_outbox o WHERE o.status = 'QUEUED' AND o.seq = "
				+ "(SELECT MIN(f.seq) FROM federation_outbox f WHERE f.status = 'QUEUED' AND f.recipient = o.recipient) "
				+ "AND o.next_attempt <= ?")
			.param(utc(now))
			.query((rs, n) -> NodeId.of(rs.getString(1)))
			.list();
	}

	/** The oldest queued messages to a recipient, in the order they were written. */
	List<Pending> head(NodeId recipient, int limit) {
		return client.sql("SELECT seq, message_id, recipient, message_type, payload, created_at, attempts FROM federation_outbox "
				+ "WHERE status = 'QUEUED' AND recipient = ? ORDER BY seq LIMIT " + limit)
			.param(recipient.value())
			.query((rs, n) -> new Pending(rs.getLong("seq"), rs.getString("message_id"), NodeId.of(rs.getString("recipient")),
					rs.getString("message_type"), rs.getString("payload"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getInt("attempts")))
			.list();
	}

	/** Marks a batch delivered in one JDBC batch (one round trip, one transaction). */
	@Transactional
	void delivered(List<String> messageIds, Instant at) {
		if (messageIds.isEmpty()) {
			return;
		}
		OffsetDateTime when = utc(at);
		jdbc.batchUpdate("UPDATE federation_outbox SET status = 'DELIVERED', attempts = attempts + 1, delivered_at = ?, "
				+ "last_error = NULL WHERE message_id = ? AND status = 'QUEUED'",
				messageIds.stream().map(id -> new Object[] { when, id }).toList());
	}

	void failed(String messageId, String error, Instant nextAttempt) {
		client.sql("UPDATE federation_outbox SET attempts = attempts + 1, last_error = ?, next_attempt = ? "
				+ "WHERE message_id = ? AND status = 'QUEUED'")
			.params(truncate(error), utc(nextAttempt), messageId).update();
	}

	void dead(String messageId, String error) {
		client.sql("UPDATE federation_outbox SET status = 'DEAD', attempts = attempts + 1, last_error = ? "
				+ "WHERE message_id = ? AND status = 'QUEUED'")
			.params(truncate(error), messageId).update();
	}

	private static @Nullable String truncate(@Nullable String s) {
		return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
	}

	private static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}
}
