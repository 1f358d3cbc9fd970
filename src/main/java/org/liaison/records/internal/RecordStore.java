package org.liaison.records.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.liaison.agency.AgencyId;
import org.liaison.records.EntityRecord;
import org.liaison.records.InformationCredibility;
import org.liaison.records.Markings;
import org.liaison.records.RecordId;
import org.liaison.records.SourceReliability;
import org.liaison.treaty.Category;
import org.liaison.treaty.Classification;
import org.liaison.treaty.HandlingCode;
import org.liaison.treaty.Purpose;
import org.liaison.treaty.Tlp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** Records in one table; properties as a JSON object of string lists. */
@Repository
public class RecordStore {

	private static final TypeReference<LinkedHashMap<String, List<String>>> PROPERTIES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final ObjectMapper json;

	RecordStore(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public void insert(EntityRecord r) {
		Markings m = r.markings();
		jdbc.sql("""
				INSERT INTO record (id, schema_name, category, caption, properties, classification, tlp, handling_codes,
				  handling_note, source_reliability, information_credibility, originator, purposes, legal_basis,
				  retention_until, created_by, created_at, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")
			.params(r.id().toString(), r.schema(), r.category().name(), r.caption(), json.writeValueAsString(r.properties()),
					m.classification().name(), m.tlp().name(), join(m.handlingCodes()), m.handlingNote(),
					m.sourceReliability().name(), m.informationCredibility().code(), r.originator().value(),
					join(r.purposes()), r.legalBasis(), r.retentionUntil(), r.createdBy(),
					OffsetDateTime.ofInstant(r.createdAt(), ZoneOffset.UTC))
			.update();
	}

	public Optional<EntityRecord> find(RecordId id) {
		return jdbc.sql("SELECT * FROM record WHERE id = ?").param(id.toString()).query((rs, n) -> map(rs)).optional();
	}

	public List<EntityRecord> byOriginator(AgencyId originator, int limit, long offset) {
		return jdbc.sql("SELECT * FROM record WHERE originator = ? ORDER BY created_at DESC, id LIMIT ? OFFSET ?")
			.params(originator.value(), limit, offset)
			.query((rs, n) -> map(rs))
			.list();
	}

	public long countByOriginator(AgencyId originator) {
		return jdbc.sql("SELECT COUNT(*) FROM record WHERE originator = ?").param(originator.value()).query(Long.class).single();
	}

	/** Records disclosed to the agency and not yet past the disclosure's retention, newest disclosure first. */
	public List<EntityRecord> disclosedTo(AgencyId agency, LocalDate today, int limit, long offset) {
		return jdbc.sql("""
				SELECT r.* FROM record r WHERE r.id IN (
				  SELECT d.record_id FROM disclosure d WHERE d.to_agency = ? AND (d.retention_until IS NULL OR d.retention_until >= ?))
				ORDER BY r.created_at DESC, r.id LIMIT ? OFFSET ?""")
			.params(agency.value(), today, limit, offset)
			.query((rs, n) -> map(rs))
			.list();
	}

	public List<RecordId> expired(LocalDate today, int limit) {
		return jdbc.sql("SELECT id FROM record WHERE retention_until < ? ORDER BY retention_until, id LIMIT ?")
			.params(today, limit)
			.query((rs, n) -> RecordId.of(rs.getString(1)))
			.list();
	}

	public int delete(RecordId id) {
		return jdbc.sql("DELETE FROM record WHERE id = ?").param(id.toString()).update();
	}

	private EntityRecord map(ResultSet rs) throws SQLException {
		String note = rs.getString("handling_note");
		Markings markings = new Markings(Classification.valueOf(rs.getString("classification")),
				Tlp.valueOf(rs.getString("tlp")), split(rs.getString("handling_codes"), HandlingCode.class), note,
				SourceReliability.valueOf(rs.getString("source_reliability")),
				InformationCredibility.of(rs.getString("information_credibility")));
		Map<String, List<String>> properties = json.readValue(rs.getString("properties"), PROPERTIES);
		return new EntityRecord(RecordId.of(rs.getString("id")), rs.getString("schema_name"),
				Category.valueOf(rs.getString("category")), rs.getString("caption"), properties, markings,
				AgencyId.of(rs.getString("originator")), split(rs.getString("purposes"), Purpose.class),
				rs.getString("legal_basis"), rs.getObject("retention_until", LocalDate.class), rs.getString("created_by"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

	static String join(Set<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	static <E extends Enum<E>> Set<E> split(String list, Class<E> type) {
		Set<E> out = EnumSet.noneOf(type);
		Arrays.stream(list.split(",")).filter(s -> !s.isBlank()).forEach(s -> out.add(Enum.valueOf(type, s.trim())));
		return out;
	}
}
