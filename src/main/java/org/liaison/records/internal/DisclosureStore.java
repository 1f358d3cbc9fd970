package org.liaison.records.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.liaison.agency.AgencyId;
import org.liaison.records.Disclosure;
import org.liaison.records.RecordId;
import org.liaison.treaty.Obligation;
import org.liaison.treaty.OnwardTransfer;
import org.liaison.treaty.Purpose;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** Stored disclosures; each holds the obligations decided for it, as JSON. */
@Repository
public class DisclosureStore {

	private static final TypeReference<List<Obligation>> OBLIGATIONS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final ObjectMapper json;

	DisclosureStore(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Stores the disclosure unless the same record already went to the same agency for the same purpose;
	 * the unique constraint decides, so two concurrent identical disclosures store one row. True if stored.
	 */
	public boolean insertIfAbsent(Disclosure d) {
		return jdbc.sql("""
				INSERT INTO disclosure (id, record_id, from_agency, to_agency, purpose, agreement_id, article,
				  onward_transfer, obligations, retention_until, disclosed_by, disclosed_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT DO NOTHING""")
			.params(d.id(), d.record().toString(), d.from().value(), d.to().value(), d.purpose().name(), d.agreement(),
					d.article(), d.onwardTransfer().name(), json.writeValueAsString(d.obligations()), d.retentionUntil(),
					d.disclosedBy(), OffsetDateTime.ofInstant(d.disclosedAt(), ZoneOffset.UTC))
			.update() == 1;
	}

	public Optional<Disclosure> byId(String id) {
		return jdbc.sql("SELECT * FROM disclosure WHERE id = ?").param(id).query((rs, n) -> map(rs)).optional();
	}

	public Optional<Disclosure> find(RecordId record, AgencyId to, Purpose purpose) {
		return jdbc.sql("SELECT * FROM disclosure WHERE record_id = ? AND to_agency = ? AND purpose = ?")
			.params(record.toString(), to.value(), purpose.name())
			.query((rs, n) -> map(rs))
			.optional();
	}

	/** The disclosures through which the agency holds the record today (retention not yet past). */
	public List<Disclosure> holdings(RecordId record, AgencyId agency, LocalDate today) {
		return jdbc.sql("""
				SELECT * FROM disclosure WHERE record_id = ? AND to_agency = ?
				  AND (retention_until IS NULL OR retention_until >= ?) ORDER BY disclosed_at""")
			.params(record.toString(), agency.value(), today)
			.query((rs, n) -> map(rs))
			.list();
	}

	/** The disclosures the agency made of the record (for the originator: all of them). */
	public List<Disclosure> of(RecordId record) {
		return jdbc.sql("SELECT * FROM disclosure WHERE record_id = ? ORDER BY disclosed_at, id")
			.param(record.toString())
			.query((rs, n) -> map(rs))
			.list();
	}

	public List<Disclosure> expired(LocalDate today, int limit) {
		return jdbc.sql("SELECT * FROM disclosure WHERE retention_until < ? ORDER BY retention_until, id LIMIT ?")
			.params(today, limit)
			.query((rs, n) -> map(rs))
			.list();
	}

	public int delete(String id) {
		return jdbc.sql("DELETE FROM disclosure WHERE id = ?").param(id).update();
	}

	private Disclosure map(ResultSet rs) throws SQLException {
		return new Disclosure(rs.getString("id"), RecordId.of(rs.getString("record_id")),
				AgencyId.of(rs.getString("from_agency")), AgencyId.of(rs.getString("to_agency")),
				Purpose.valueOf(rs.getString("purpose")), rs.getString("agreement_id"), rs.getString("article"),
				OnwardTransfer.valueOf(rs.getString("onward_transfer")),
				json.readValue(rs.getString("obligations"), OBLIGATIONS), rs.getObject("retention_until", LocalDate.class),
				rs.getString("disclosed_by"), rs.getObject("disclosed_at", OffsetDateTime.class).toInstant());
	}
}
