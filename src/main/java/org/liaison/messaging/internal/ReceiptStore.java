package org.liaison.messaging.internal;

import static org.liaison.messaging.internal.Sql.instant;
import static org.liaison.messaging.internal.Sql.utc;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.liaison.agency.AgencyId;
import org.liaison.messaging.Acknowledgement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Receipts of messages between nodes: awaiting the recipient node's acknowledgement, and applying it. */
@Repository
public class ReceiptStore {

	private final JdbcClient jdbc;

	ReceiptStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The receipts of the messages for the agency, as they stand. */
	public List<Acknowledgement> of(AgencyId agency, Collection<String> messageIds) {
		if (messageIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT * FROM msg_recipient WHERE agency = :a AND message_id IN (:ids) ORDER BY message_id")
			.param("a", agency.value()).param("ids", messageIds)
			.query((rs, n) -> new Acknowledgement(rs.getString("message_id"), agency, instant(rs, "delivered_at"),
					instant(rs, "read_at"), rs.getString("read_by"), instant(rs, "answered_at"), rs.getString("answer_id")))
			.list();
	}

	/** Marks these recipients' receipts not yet delivered: their node has not acknowledged the message yet. */
	public void awaitAcknowledgement(String messageId, Collection<AgencyId> agencies) {
		jdbc.sql("UPDATE msg_recipient SET delivered_at = NULL WHERE message_id = :m AND agency IN (:a)")
			.param("m", messageId).param("a", agencies.stream().map(AgencyId::value).toList()).update();
	}

	/**
	 * Sets what the acknowledgement reports and the receipt does not hold yet; what it holds stays (so a
	 * late or repeated report changes nothing, and a read never undoes an answer). True if anything changed.
	 */
	public boolean apply(Acknowledgement a) {
		return jdbc.sql("""
				UPDATE msg_recipient SET delivered_at = COALESCE(delivered_at, :delivered),
				  read_by = CASE WHEN read_at IS NULL THEN :readBy ELSE read_by END, read_at = COALESCE(read_at, :read),
				  answer_id = CASE WHEN answered_at IS NULL THEN :answerId ELSE answer_id END,
				  answered_at = COALESCE(answered_at, :answered)
				WHERE message_id = :m AND agency = :a AND (
				  (delivered_at IS NULL AND COALESCE(:delivered, delivered_at) IS NOT NULL)
				  OR (read_at IS NULL AND COALESCE(:read, read_at) IS NOT NULL)
				  OR (answered_at IS NULL AND COALESCE(:answered, answered_at) IS NOT NULL))""")
			.param("delivered", utc(a.deliveredAt()), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
			.param("read", utc(a.readAt()), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
			.param("readBy", a.readBy(), java.sql.Types.VARCHAR)
			.param("answered", utc(a.answeredAt()), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
			.param("answerId", a.answerId(), java.sql.Types.VARCHAR)
			.param("m", a.message()).param("a", a.agency().value())
			.update() == 1;
	}

	/** The request an answer answers, if the message is an answer. */
	public Optional<String> answered(String answerId) {
		return jdbc.sql("SELECT in_reply_to FROM msg_message WHERE id = ? AND message_type = 'ANSWER' AND in_reply_to IS NOT NULL")
			.param(answerId).query(String.class).optional();
	}
}
