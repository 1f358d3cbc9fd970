package org.liaison.screening;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.AgencyId;
import org.liaison.alerts.AlertId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Recorded hits and false-positive marks, in two tables. */
@Repository
class ScreeningHitStore {

	/** A recorded hit as stored. */
	record Row(String id, AlertId alert, AgencyId owner, AgencyId asker, String askedBy, Instant at, double score,
			String queryHash, Instant followUpDue, @Nullable Instant followUpAnsweredAt, @Nullable String followUpAnswer,
			@Nullable String followUpAnsweredBy) {

		Row(String id, AlertId alert, AgencyId owner, AgencyId asker, String askedBy, Instant at, double score,
				String queryHash, Instant followUpDue) {
			this(id, alert, owner, asker, askedBy, at, score, queryHash, followUpDue, null, null, null);
		}
	}

	/** A false-positive mark as stored. */
	record Mark(String id, AlertId alert, AgencyId asker, String queryHash, String createdBy, Instant createdAt) {
	}

	private final JdbcClient jdbc;

	ScreeningHitStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Row r) {
		jdbc.sql("""
				INSERT INTO screening_hit (id, alert_id, owner, asker, asked_by, at, score, query_hash, follow_up_due,
				  follow_up_answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(r.id(), r.alert().toString(), r.owner().value(), r.asker().value(), r.askedBy(), utc(r.at()), r.score(),
					r.queryHash(), utc(r.followUpDue()), utc(r.followUpAnsweredAt()))
			.update();
	}

	List<Row> byAlert(AlertId alert, int limit) {
		return jdbc.sql("SELECT * FROM screening_hit WHERE alert_id = ? ORDER BY at DESC, id LIMIT ?")
			.params(alert.toString(), limit)
			.query(ScreeningHitStore::toRow)
			.list();
	}

	Optional<Row> find(String id) {
		return jdbc.sql("SELECT * FROM screening_hit WHERE id = ?").param(id).query(ScreeningHitStore::toRow).optional();
	}

	/** The owner's unanswered follow-ups, due soonest first. */
	List<Row> openByOwner(AgencyId owner, int limit) {
		return jdbc.sql("""
				SELECT * FROM screening_hit WHERE owner = ? AND follow_up_answered_at IS NULL
				ORDER BY follow_up_due, id LIMIT ?""")
			.params(owner.value(), limit)
			.query(ScreeningHitStore::toRow)
			.list();
	}

	/** How many of the owner's follow-ups are unanswered, and how many of those are past due at {@code now}. */
	long[] countOpen(AgencyId owner, Instant now) {
		return jdbc.sql("""
				SELECT COUNT(*) AS open_count, COALESCE(SUM(CASE WHEN follow_up_due < ? THEN 1 ELSE 0 END), 0) AS overdue_count
				FROM screening_hit WHERE owner = ? AND follow_up_answered_at IS NULL""")
			.params(utc(now), owner.value())
			.query((rs, n) -> new long[] { rs.getLong("open_count"), rs.getLong("overdue_count") })
			.single();
	}

	List<Row> byAsker(AgencyId asker, int limit) {
		return jdbc.sql("SELECT * FROM screening_hit WHERE asker = ? ORDER BY at DESC, id LIMIT ?")
			.params(asker.value(), limit)
			.query(ScreeningHitStore::toRow)
			.list();
	}

	/** Stores the answer unless the follow-up was answered already; returns whether it was stored. */
	boolean answer(String id, String answer, String by, Instant at) {
		return jdbc.sql("""
				UPDATE screening_hit SET follow_up_answer = ?, follow_up_answered_by = ?, follow_up_answered_at = ?
				WHERE id = ? AND follow_up_answered_at IS NULL""")
			.params(answer, by, utc(at), id)
			.update() == 1;
	}

	private static Row toRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Row(rs.getString("id"), AlertId.of(rs.getString("alert_id")), new AgencyId(rs.getString("owner")),
				new AgencyId(rs.getString("asker")), rs.getString("asked_by"), instant(rs.getObject("at", OffsetDateTime.class)),
				rs.getDouble("score"), rs.getString("query_hash"), instant(rs.getObject("follow_up_due", OffsetDateTime.class)),
				instant(rs.getObject("follow_up_answered_at", OffsetDateTime.class)), rs.getString("follow_up_answer"),
				rs.getString("follow_up_answered_by"));
	}

	boolean anyHit(AlertId alert, AgencyId asker) {
		return jdbc.sql("SELECT COUNT(*) FROM screening_hit WHERE alert_id = ? AND asker = ?")
			.params(alert.toString(), asker.value())
			.query(Long.class)
			.single() > 0;
	}

	Set<AlertId> suppressed(AgencyId asker, String queryHash) {
		return new HashSet<>(jdbc.sql("SELECT alert_id FROM screening_false_positive WHERE asker = ? AND query_hash = ?")
			.params(asker.value(), queryHash)
			.query((rs, n) -> AlertId.of(rs.getString(1)))
			.list());
	}

	Optional<Mark> mark(String id) {
		return jdbc.sql("SELECT * FROM screening_false_positive WHERE id = ?").param(id).query(ScreeningHitStore::toMark).optional();
	}

	Optional<Mark> mark(AlertId alert, AgencyId asker, String queryHash) {
		return jdbc.sql("SELECT * FROM screening_false_positive WHERE alert_id = ? AND asker = ? AND query_hash = ?")
			.params(alert.toString(), asker.value(), queryHash)
			.query(ScreeningHitStore::toMark)
			.optional();
	}

	void insert(Mark m) {
		jdbc.sql("""
				INSERT INTO screening_false_positive (id, alert_id, asker, query_hash, created_by, created_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(m.id(), m.alert().toString(), m.asker().value(), m.queryHash(), m.createdBy(), utc(m.createdAt()))
			.update();
	}

	boolean delete(String id) {
		return jdbc.sql("DELETE FROM screening_false_positive WHERE id = ?").param(id).update() > 0;
	}

	private static Mark toMark(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Mark(rs.getString("id"), AlertId.of(rs.getString("alert_id")), new AgencyId(rs.getString("asker")),
				rs.getString("query_hash"), rs.getString("created_by"),
				instant(rs.getObject("created_at", OffsetDateTime.class)));
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime t) {
		return t == null ? null : t.toInstant();
	}

	private static @Nullable OffsetDateTime utc(@Nullable Instant i) {
		return i == null ? null : i.atOffset(ZoneOffset.UTC);
	}
}
