package org.liaison.federation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.liaison.alerts.AlertId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The change log of alerts of agencies hosted here: one row per state an alert reached, numbered in
 * commit order of insertion. Peers catch up from a position in it (their cursor) instead of fetching
 * every alert again. A position is taken when the row is inserted, not when its transaction commits,
 * so a reader could see 11 before a slower transaction commits 10: pages stop at the first change
 * younger than the settle time, which such a transaction would have to outlast to be skipped (and the
 * outbox carries that change anyway).
 */
@Repository
class AlertLog {

	/** One change: its position and the alert it concerns. */
	record Entry(long seq, AlertId alert) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	AlertLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void append(AlertId alert, long version) {
		jdbc.sql("INSERT INTO federation_alert_log (alert_id, version, logged_at) VALUES (?, ?, ?)")
			.params(alert.toString(), version, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
			.update();
	}

	/** The changes after {@code after}, oldest first, at most {@code limit}, up to the first one logged after {@code settled}. */
	List<Entry> after(long after, int limit, Instant settled) {
		List<Entry> out = new ArrayList<>();
		jdbc.sql("SELECT seq, alert_id, logged_at FROM federation_alert_log WHERE seq > ? ORDER BY seq LIMIT ?")
			.params(after, limit)
			.query((rs, n) -> {
				if (out.size() == n && !rs.getObject(3, OffsetDateTime.class).toInstant().isAfter(settled)) {
					out.add(new Entry(rs.getLong(1), AlertId.parse(rs.getString(2)).orElseThrow()));
				}
				return null;
			})
			.list();
		return out;
	}
}
