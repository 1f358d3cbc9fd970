package org.liaison.messaging.internal;

import static org.liaison.messaging.internal.Sql.instant;
import static org.liaison.messaging.internal.Sql.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.AgencyId;
import org.liaison.messaging.Accessibility;
import org.liaison.messaging.BoxCursor;
import org.liaison.messaging.DeadlineState;
import org.liaison.messaging.MessageType;
import org.liaison.messaging.Receipt;
import org.liaison.messaging.RequestKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Messages, their recipients (receipts and deadlines) and the records they referenced. */
@Repository
public class MessageStore {

	/** A message as stored, without its receipts. */
	public record Row(String id, String caseId, MessageType type, @Nullable RequestKind kind, @Nullable Boolean urgent,
			@Nullable Accessibility accessibility, @Nullable String inReplyTo, AgencyId from, String sentBy, String body,
			Instant sentAt) {
	}

	/** A recipient row to insert. */
	public record NewReceipt(AgencyId agency, @Nullable Instant dueAt, @Nullable String agreement, @Nullable String article) {
	}

	/** A request whose deadline passed unanswered, not yet escalated. */
	public record Overdue(String messageId, String caseId, AgencyId from, AgencyId recipient, Instant dueAt) {
	}

	/** One line of an inbox, outbox or overdue list: the message, its case's reference, subject and markings. */
	public record Line(Row message, String reference, String subject, String markings, List<Receipt> receipts) {
	}

	private static final String LINE = """
			SELECT m.*, c.reference, c.subject, c.tlp, c.classification, c.handling_codes FROM msg_message m
			JOIN msg_case c ON c.id = m.case_id
			""";

	private final JdbcClient jdbc;

	MessageStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(Row m, List<NewReceipt> recipients, Instant deliveredAt) {
		jdbc.sql("""
				INSERT INTO msg_message (id, case_id, message_type, request_kind, urgency, accessibility, in_reply_to,
				  from_agency, sent_by, body, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(m.id(), m.caseId(), m.type().name(), m.kind() == null ? null : m.kind().name(),
					m.urgent() == null ? null : m.urgent() ? "URGENT" : "NORMAL",
					m.accessibility() == null ? null : m.accessibility().name(), m.inReplyTo(), m.from().value(), m.sentBy(),
					m.body(), utc(m.sentAt()))
			.update();
		for (NewReceipt r : recipients) {
			// on this node the recipient's inbox is the same table: receipt is acknowledged as it is stored
			jdbc.sql("""
					INSERT INTO msg_recipient (message_id, agency, case_id, sent_at, agreement, article, delivered_at, due_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(m.id(), r.agency().value(), m.caseId(), utc(m.sentAt()), r.agreement(), r.article(),
						utc(deliveredAt), utc(r.dueAt()))
				.update();
		}
	}

	public void insertRecordRef(String messageId, String recordId, AgencyId recipient, @Nullable String disclosureId) {
		jdbc.sql("INSERT INTO msg_record_ref (message_id, record_id, recipient, disclosure_id) VALUES (?, ?, ?, ?)")
			.params(messageId, recordId, recipient.value(), disclosureId).update();
	}

	public Optional<Row> find(String id) {
		if (id.length() > 36) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT * FROM msg_message WHERE id = ?").param(id).query(MessageStore::row).optional();
	}

	/** Marks the request as the follow-up of this screening hit (one request per hit). */
	public void linkScreeningHit(String requestId, String hitId) {
		jdbc.sql("UPDATE msg_message SET screening_hit = ? WHERE id = ?").params(hitId, requestId).update();
	}

	/** The screening hit whose follow-up the request asks for, if it does. */
	public Optional<String> screeningHitOf(String requestId) {
		return jdbc.sql("SELECT screening_hit FROM msg_message WHERE id = ? AND screening_hit IS NOT NULL").param(requestId)
			.query(String.class).optional();
	}

	/** The request that asks for the follow-up of this screening hit, if one was sent. */
	public Optional<Row> followUpRequestOf(String hitId) {
		return jdbc.sql("SELECT * FROM msg_message WHERE screening_hit = ?").param(hitId).query(MessageStore::row).optional();
	}

	/** The messages of a case the agency sent or received, oldest first. */
	public List<Row> visibleIn(String caseId, AgencyId agency) {
		return jdbc.sql("""
				SELECT m.* FROM msg_message m WHERE m.case_id = :c AND (m.from_agency = :me
				  OR EXISTS (SELECT 1 FROM msg_recipient r WHERE r.message_id = m.id AND r.agency = :me))
				ORDER BY m.sent_at, m.id""")
			.param("c", caseId).param("me", agency.value()).query(MessageStore::row).list();
	}

	public long countIn(String caseId) {
		return jdbc.sql("SELECT COUNT(*) FROM msg_message WHERE case_id = ?").param(caseId).query(Long.class).single();
	}

	public Map<String, List<Receipt>> receipts(Collection<String> messageIds, Instant now, Duration dueSoon) {
		Map<String, List<Receipt>> out = new LinkedHashMap<>();
		if (messageIds.isEmpty()) {
			return out;
		}
		jdbc.sql("SELECT * FROM msg_recipient WHERE message_id IN (:ids) ORDER BY agency").param("ids", messageIds)
			.query((ResultSet rs) -> {
				out.computeIfAbsent(rs.getString("message_id"), k -> new ArrayList<>()).add(receipt(rs, now, dueSoon));
			});
		return out;
	}

	public Map<String, List<String>> recordRefs(Collection<String> messageIds) {
		Map<String, List<String>> out = new LinkedHashMap<>();
		if (!messageIds.isEmpty()) {
			jdbc.sql("SELECT DISTINCT message_id, record_id FROM msg_record_ref WHERE message_id IN (:ids) ORDER BY record_id")
				.param("ids", messageIds)
				.query((ResultSet rs) -> {
					out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
				});
		}
		return out;
	}

	/** Marks the messages read by the agency where they were not yet; returns how many changed. */
	public int markRead(Collection<String> messageIds, AgencyId agency, String by, Instant at) {
		if (messageIds.isEmpty()) {
			return 0;
		}
		return jdbc.sql("""
				UPDATE msg_recipient SET read_at = :at, read_by = :by
				WHERE message_id IN (:ids) AND agency = :me AND read_at IS NULL""")
			.param("at", utc(at)).param("by", by).param("ids", messageIds).param("me", agency.value()).update();
	}

	/** The agency's receipt of a request, if it is a recipient. */
	public Optional<Receipt> receiptOf(String messageId, AgencyId agency, Instant now, Duration dueSoon) {
		return jdbc.sql("SELECT * FROM msg_recipient WHERE message_id = ? AND agency = ?").params(messageId, agency.value())
			.query((rs, n) -> receipt(rs, now, dueSoon)).optional();
	}

	/** Records the first answer of the agency to a request; later answers leave it. */
	public boolean answer(String requestId, AgencyId agency, String answerId, Instant at) {
		return jdbc.sql("""
				UPDATE msg_recipient SET answered_at = ?, answer_id = ?
				WHERE message_id = ? AND agency = ? AND answered_at IS NULL""")
			.params(utc(at), answerId, requestId, agency.value()).update() == 1;
	}

	public boolean delay(String requestId, AgencyId agency, Instant until, String reason) {
		return jdbc.sql("""
				UPDATE msg_recipient SET due_at = ?, delay_reason = ?
				WHERE message_id = ? AND agency = ? AND answered_at IS NULL AND due_at IS NOT NULL""")
			.params(utc(until), reason, requestId, agency.value()).update() == 1;
	}

	public List<Overdue> overdueNotEscalated(Instant now, int limit) {
		return jdbc.sql("""
				SELECT r.message_id, r.case_id, r.agency, r.due_at, m.from_agency FROM msg_recipient r
				JOIN msg_message m ON m.id = r.message_id JOIN msg_case c ON c.id = r.case_id
				WHERE r.answered_at IS NULL AND r.escalated_at IS NULL AND r.due_at < ? AND c.status = 'OPEN'
				ORDER BY r.due_at LIMIT ?""")
			.params(utc(now), limit)
			.query((rs, n) -> new Overdue(rs.getString("message_id"), rs.getString("case_id"),
					AgencyId.of(rs.getString("from_agency")), AgencyId.of(rs.getString("agency")), instant(rs, "due_at")))
			.list();
	}

	public boolean flagEscalated(String messageId, AgencyId recipient, Instant at) {
		return jdbc.sql("UPDATE msg_recipient SET escalated_at = ? WHERE message_id = ? AND agency = ? AND escalated_at IS NULL")
			.params(utc(at), messageId, recipient.value()).update() == 1;
	}

	/**
	 * A page of the agency's inbox (one line per message it received), newest first: the lines just older
	 * than the cursor ({@code older}) or just newer, or the newest when there is no cursor.
	 */
	public List<Line> inbox(AgencyId agency, @Nullable BoxCursor cursor, boolean older, int limit, Instant now, Duration dueSoon) {
		List<Line> lines = new ArrayList<>();
		jdbc.sql(LINE.replace("FROM msg_message m", ", r.* FROM msg_recipient r JOIN msg_message m ON m.id = r.message_id")
				+ " WHERE r.agency = :me" + keyset("r.sent_at", "r.message_id", cursor, older))
			.params(keysetParams(agency, cursor, limit))
			.query((ResultSet rs) -> {
				lines.add(new Line(row(rs, 0), rs.getString("reference"), rs.getString("subject"), markings(rs),
						List.of(receipt(rs, now, dueSoon))));
			});
		return newestFirst(lines, cursor, older);
	}

	/** A page of the agency's outbox as {@link #inbox}, with every recipient's receipt. */
	public List<Line> outbox(AgencyId agency, @Nullable BoxCursor cursor, boolean older, int limit, Instant now, Duration dueSoon) {
		List<Line> lines = jdbc.sql(LINE + " WHERE m.from_agency = :me" + keyset("m.sent_at", "m.id", cursor, older))
			.params(keysetParams(agency, cursor, limit))
			.query((rs, n) -> new Line(row(rs, n), rs.getString("reference"), rs.getString("subject"), markings(rs), List.of()))
			.list();
		Map<String, List<Receipt>> receipts = receipts(lines.stream().map(l -> l.message().id()).toList(), now, dueSoon);
		return newestFirst(lines.stream()
			.map(l -> new Line(l.message(), l.reference(), l.subject(), l.markings(), receipts.getOrDefault(l.message().id(), List.of())))
			.toList(), cursor, older);
	}

	/**
	 * Keyset paging on (sent_at, id), the order of the indexes msg_recipient_inbox_key and msg_message_outbox_key
	 * (V25): a page reads only its own lines from the index, however deep it is.
	 */
	private static String keyset(String at, String id, @Nullable BoxCursor cursor, boolean older) {
		String where = cursor == null ? ""
				: older ? " AND %1$s <= :at AND (%1$s < :at OR %2$s < :id)" : " AND %1$s >= :at AND (%1$s > :at OR %2$s > :id)";
		String direction = cursor == null || older ? " DESC" : "";
		return where.formatted(at, id) + " ORDER BY " + at + direction + ", " + id + direction + " LIMIT :limit";
	}

	private static Map<String, Object> keysetParams(AgencyId agency, @Nullable BoxCursor cursor, int limit) {
		Map<String, Object> params = new HashMap<>();
		params.put("me", agency.value());
		params.put("limit", limit);
		if (cursor != null) {
			params.put("at", utc(cursor.sentAt()));
			params.put("id", cursor.id());
		}
		return params;
	}

	/** Pages newer than a cursor are read oldest first (the lines just after it): turned newest first. */
	private static List<Line> newestFirst(List<Line> lines, @Nullable BoxCursor cursor, boolean older) {
		if (cursor == null || older) {
			return lines;
		}
		List<Line> reversed = new ArrayList<>(lines);
		Collections.reverse(reversed);
		return reversed;
	}

	/** Unanswered requests past their deadline that the agency received or sent, most overdue first. */
	public List<Line> overdue(AgencyId agency, Instant now, Duration dueSoon, int limit) {
		List<Line> lines = new ArrayList<>();
		jdbc.sql(LINE.replace("FROM msg_message m", ", r.* FROM msg_recipient r JOIN msg_message m ON m.id = r.message_id") + """
				 WHERE r.answered_at IS NULL AND r.due_at < :now AND c.status = 'OPEN'
				   AND (r.agency = :me OR m.from_agency = :me) ORDER BY r.due_at, r.message_id LIMIT :limit""")
			.param("now", utc(now)).param("me", agency.value()).param("limit", limit)
			.query((ResultSet rs) -> {
				lines.add(new Line(row(rs, 0), rs.getString("reference"), rs.getString("subject"), markings(rs),
						List.of(receipt(rs, now, dueSoon))));
			});
		return lines;
	}

	/** Unanswered requests the agency received, the soonest (or most overdue) deadline first. */
	public List<Line> dueSoonest(AgencyId agency, Instant now, Duration dueSoon, int limit) {
		List<Line> lines = new ArrayList<>();
		jdbc.sql(LINE.replace("FROM msg_message m", ", r.* FROM msg_recipient r JOIN msg_message m ON m.id = r.message_id")
				+ " WHERE r.agency = ? AND r.answered_at IS NULL AND r.due_at IS NOT NULL AND c.status = 'OPEN'"
				+ " ORDER BY r.due_at, r.message_id LIMIT ?")
			.params(agency.value(), limit)
			.query((ResultSet rs) -> {
				lines.add(new Line(row(rs, 0), rs.getString("reference"), rs.getString("subject"), markings(rs),
						List.of(receipt(rs, now, dueSoon))));
			});
		return lines;
	}

	/** Counts of requests the agency received ({@code received}) or sent, by where they stand against their deadlines. */
	public Map<String, Long> requestCounts(AgencyId agency, boolean received, Instant now) {
		String who = received ? "r.agency = :me" : "m.from_agency = :me";
		return jdbc.sql("""
				SELECT COUNT(*) AS total,
				  SUM(CASE WHEN r.answered_at IS NOT NULL AND r.answered_at <= r.due_at THEN 1 ELSE 0 END) AS answered_on_time,
				  SUM(CASE WHEN r.answered_at IS NOT NULL AND r.answered_at > r.due_at THEN 1 ELSE 0 END) AS answered_late,
				  SUM(CASE WHEN r.answered_at IS NULL AND r.due_at >= :now THEN 1 ELSE 0 END) AS open,
				  SUM(CASE WHEN r.answered_at IS NULL AND r.due_at < :now THEN 1 ELSE 0 END) AS overdue,
				  SUM(CASE WHEN r.escalated_at IS NOT NULL THEN 1 ELSE 0 END) AS escalated,
				  SUM(CASE WHEN r.delay_reason IS NOT NULL THEN 1 ELSE 0 END) AS delayed
				FROM msg_recipient r JOIN msg_message m ON m.id = r.message_id
				WHERE r.due_at IS NOT NULL AND """ + " " + who)
			.param("me", agency.value()).param("now", utc(now))
			.query((rs, n) -> {
				Map<String, Long> out = new LinkedHashMap<>();
				for (String k : List.of("total", "answered_on_time", "answered_late", "open", "overdue", "escalated", "delayed")) {
					out.put(camel(k), rs.getLong(k));
				}
				return out;
			})
			.single();
	}

	private static String camel(String snake) {
		StringBuilder s = new StringBuilder();
		boolean up = false;
		for (char ch : snake.toCharArray()) {
			if (ch == '_') {
				up = true;
			}
			else {
				s.append(up ? Character.toUpperCase(ch) : ch);
				up = false;
			}
		}
		return s.toString();
	}

	private static String markings(ResultSet rs) throws SQLException {
		StringBuilder s = new StringBuilder("TLP:")
			.append(org.liaison.treaty.Tlp.valueOf(rs.getString("tlp")).label()).append(' ').append(rs.getString("classification"));
		String codes = rs.getString("handling_codes");
		if (codes != null && !codes.isBlank()) {
			s.append(' ').append(codes.replace(",", " "));
		}
		return s.toString();
	}

	static Row row(ResultSet rs, int n) throws SQLException {
		String urgency = rs.getString("urgency");
		String kind = rs.getString("request_kind");
		String accessibility = rs.getString("accessibility");
		return new Row(rs.getString("id"), rs.getString("case_id"), MessageType.valueOf(rs.getString("message_type")),
				kind == null ? null : RequestKind.valueOf(kind), urgency == null ? null : urgency.equals("URGENT"),
				accessibility == null ? null : Accessibility.valueOf(accessibility), rs.getString("in_reply_to"),
				AgencyId.of(rs.getString("from_agency")), rs.getString("sent_by"), rs.getString("body"), instant(rs, "sent_at"));
	}

	private static Receipt receipt(ResultSet rs, Instant now, Duration dueSoon) throws SQLException {
		Instant due = instant(rs, "due_at");
		Instant answered = instant(rs, "answered_at");
		return new Receipt(AgencyId.of(rs.getString("agency")), instant(rs, "delivered_at"), instant(rs, "read_at"),
				rs.getString("read_by"), due, rs.getString("delay_reason"), answered, rs.getString("answer_id"),
				instant(rs, "escalated_at"), DeadlineState.of(due, answered, now, dueSoon), rs.getString("agreement"),
				rs.getString("article"));
	}
}
