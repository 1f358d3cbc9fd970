package org.liaison.records.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.AgencyId;
import org.liaison.records.ConsentRequest;
import org.liaison.records.RecordId;
import org.liaison.treaty.Purpose;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Consent requests from holders to originators. */
@Repository
public class ConsentStore {

	private final JdbcClient jdbc;

	ConsentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(ConsentRequest c) {
		jdbc.sql("""
				INSERT INTO consent_request (id, record_id, originator, holder, to_agency, purpose, status, reason,
				  requested_by, requested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(c.id(), c.record().toString(), c.originator().value(), c.holder().value(), c.to().value(),
					c.purpose().name(), c.status().name(), c.reason(), c.requestedBy(),
					OffsetDateTime.ofInstant(c.requestedAt(), ZoneOffset.UTC))
			.update();
	}

	public Optional<ConsentRequest> lock(String id) {
		return jdbc.sql("SELECT * FROM consent_request WHERE id = ? FOR UPDATE").param(id).query((rs, n) -> map(rs)).optional();
	}

	public void decide(String id, ConsentRequest.Status status, @Nullable String reason, String by, Instant at) {
		jdbc.sql("UPDATE consent_request SET status = ?, reason = COALESCE(?, reason), decided_by = ?, decided_at = ? WHERE id = ?")
			.params(status.name(), reason, by, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), id)
			.update();
	}

	public boolean granted(RecordId record, AgencyId holder, AgencyId to, Purpose purpose) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM consent_request WHERE record_id = ? AND holder = ? AND to_agency = ? AND purpose = ?
				  AND status = 'GRANTED'""")
			.params(record.toString(), holder.value(), to.value(), purpose.name())
			.query(Long.class)
			.single() > 0;
	}

	/** Requests addressed to the agency as originator, or made by it as holder. */
	public List<ConsentRequest> involving(AgencyId agency) {
		return jdbc.sql("SELECT * FROM consent_request WHERE originator = ? OR holder = ? ORDER BY requested_at DESC")
			.params(agency.value(), agency.value())
			.query((rs, n) -> map(rs))
			.list();
	}

	private ConsentRequest map(ResultSet rs) throws SQLException {
		OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
		return new ConsentRequest(rs.getString("id"), RecordId.of(rs.getString("record_id")),
				AgencyId.of(rs.getString("originator")), AgencyId.of(rs.getString("holder")),
				AgencyId.of(rs.getString("to_agency")), Purpose.valueOf(rs.getString("purpose")),
				ConsentRequest.Status.valueOf(rs.getString("status")), rs.getString("reason"), rs.getString("requested_by"),
				rs.getObject("requested_at", OffsetDateTime.class).toInstant(), rs.getString("decided_by"),
				decided == null ? null : decided.toInstant());
	}
}
