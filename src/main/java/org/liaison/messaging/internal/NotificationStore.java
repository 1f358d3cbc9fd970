package org.liaison.messaging.internal;

import static org.liaison.messaging.internal.Sql.instant;
import static org.liaison.messaging.internal.Sql.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.AgencyId;
import org.liaison.messaging.Notification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Notifications, the agencies' webhooks, and the webhook deliveries (an outbox written with the notification). */
@Repository
public class NotificationStore {

	/** A webhook delivery as stored. */
	public record Delivery(String id, AgencyId agency, String notificationId, String payload, String status, int attempts,
			Instant nextAttemptAt, @Nullable Integer lastStatus, @Nullable String lastError, Instant createdAt,
			@Nullable Instant deliveredAt) {
	}

	/** An agency's webhook: where to post, and the secret that signs each delivery. */
	public record Webhook(AgencyId agency, String url, String secret, String createdBy, Instant createdAt) {
	}

	private final JdbcClient jdbc;

	NotificationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(Notification n) {
		jdbc.sql("""
				INSERT INTO msg_notification (id, agency, audience, kind, case_id, message_id, text, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(n.id(), n.agency().value(), n.audience(), n.kind(), n.caseId(), n.messageId(), n.text(), utc(n.createdAt()))
			.update();
	}

	public List<Notification> since(Instant from, int limit) {
		return jdbc.sql("SELECT * FROM msg_notification WHERE created_at >= ? ORDER BY created_at, id LIMIT ?")
			.params(utc(from), limit).query(NotificationStore::notification).list();
	}

	public List<Notification> latest(AgencyId agency, boolean spoc, int limit) {
		return jdbc.sql("""
				SELECT * FROM msg_notification WHERE agency = ? AND (audience = 'ALL' OR ?)
				ORDER BY created_at DESC, id LIMIT ?""")
			.params(agency.value(), spoc, limit).query(NotificationStore::notification).list();
	}

	public Optional<Webhook> webhook(AgencyId agency) {
		return jdbc.sql("SELECT * FROM msg_webhook WHERE agency = ?").param(agency.value())
			.query((rs, n) -> new Webhook(AgencyId.of(rs.getString("agency")), rs.getString("url"), rs.getString("secret"),
					rs.getString("created_by"), instant(rs, "created_at")))
			.optional();
	}

	public void saveWebhook(Webhook w) {
		jdbc.sql("DELETE FROM msg_webhook WHERE agency = ?").param(w.agency().value()).update();
		jdbc.sql("INSERT INTO msg_webhook (agency, url, secret, created_by, created_at) VALUES (?, ?, ?, ?, ?)")
			.params(w.agency().value(), w.url(), w.secret(), w.createdBy(), utc(w.createdAt())).update();
	}

	public boolean deleteWebhook(AgencyId agency) {
		return jdbc.sql("DELETE FROM msg_webhook WHERE agency = ?").param(agency.value()).update() > 0;
	}

	public void insert(Delivery d) {
		jdbc.sql("""
				INSERT INTO msg_webhook_delivery (id, agency, notification_id, payload, status, attempts, next_attempt_at,
				  created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(d.id(), d.agency().value(), d.notificationId(), d.payload(), d.status(), d.attempts(),
					utc(d.nextAttemptAt()), utc(d.createdAt()))
			.update();
	}

	public List<Delivery> due(Instant now, int limit) {
		return jdbc.sql("SELECT * FROM msg_webhook_delivery WHERE status = 'PENDING' AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?")
			.params(utc(now), limit).query(NotificationStore::delivery).list();
	}

	/** Takes a due delivery for one attempt, so that no other replica sends it meanwhile; false when taken already. */
	public boolean claim(Delivery d, Instant leaseUntil) {
		return jdbc.sql("""
				UPDATE msg_webhook_delivery SET next_attempt_at = ?
				WHERE id = ? AND status = 'PENDING' AND next_attempt_at = ?""")
			.params(utc(leaseUntil), d.id(), utc(d.nextAttemptAt())).update() == 1;
	}

	public void attempted(String id, String status, int attempts, Instant next, @Nullable Integer httpStatus,
			@Nullable String error, @Nullable Instant deliveredAt) {
		jdbc.sql("""
				UPDATE msg_webhook_delivery SET status = ?, attempts = ?, next_attempt_at = ?, last_status = ?, last_error = ?,
				  delivered_at = ? WHERE id = ?""")
			.params(status, attempts, utc(next), httpStatus, error, utc(deliveredAt), id).update();
	}

	public List<Delivery> deliveries(AgencyId agency, int limit) {
		return jdbc.sql("SELECT * FROM msg_webhook_delivery WHERE agency = ? ORDER BY created_at DESC, id LIMIT ?")
			.params(agency.value(), limit).query(NotificationStore::delivery).list();
	}

	private static Notification notification(ResultSet rs, int n) throws SQLException {
		return new Notification(rs.getString("id"), AgencyId.of(rs.getString("agency")), rs.getString("audience"),
				rs.getString("kind"), rs.getString("case_id"), rs.getString("message_id"), rs.getString("text"),
				instant(rs, "created_at"));
	}

	private static Delivery delivery(ResultSet rs, int n) throws SQLException {
		int last = rs.getInt("last_status");
		Integer lastStatus = rs.wasNull() ? null : last;
		return new Delivery(rs.getString("id"), AgencyId.of(rs.getString("agency")), rs.getString("notification_id"),
				rs.getString("payload"), rs.getString("status"), rs.getInt("attempts"), instant(rs, "next_attempt_at"),
				lastStatus, rs.getString("last_error"), instant(rs, "created_at"), instant(rs, "delivered_at"));
	}
}
