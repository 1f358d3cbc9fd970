package org.liaison.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * The node's audit log. Appending joins the caller's transaction, so an entry exists exactly when what
 * it records was committed; the chain head is locked for the rest of that transaction, so append late.
 * Nothing in this class, or anywhere else, updates or deletes an entry.
 */
@Service
public class AuditLog {

	private static final TypeReference<TreeMap<String, String>> DETAIL = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final Clock clock;
	private final ObjectMapper json;
	private final TransactionTemplate independent;

	AuditLog(JdbcClient jdbc, Clock clock, ObjectMapper json, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.json = json;
		this.independent = new TransactionTemplate(transactions);
		this.independent.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Appends the event within the current transaction (or a new one when there is none). */
	@Transactional
	public AuditEntry append(AuditEvent event) {
		Head head = jdbc.sql("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE")
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
		Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
		AuditEntry entry = AuditEntry.chain(head.seq() + 1, at, event, head.hash());
		jdbc.sql("""
				INSERT INTO audit_entry (seq, at, actor, agency, action, subject_type, subject_id, outcome,
				  purpose, legal_basis, detail, prev_hash, hash)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(entry.seq(), OffsetDateTime.ofInstant(at, ZoneOffset.UTC), event.actor(), event.agency(),
					event.action(), event.subjectType(), event.subjectId(), event.outcome(), event.purpose(),
					event.legalBasis(), json.writeValueAsString(event.detail()), entry.prevHash(), entry.hash())
			.update();
		jdbc.sql("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1").params(entry.seq(), entry.hash()).update();
		return entry;
	}

	/**
	 * Appends the event in a transaction of its own, committed whatever happens to the caller's: for
	 * denials and failures that the caller is about to report as errors. Call it before the caller's
	 * transaction appends anything, or the two wait for each other.
	 */
	public AuditEntry appendIndependently(AuditEvent event) {
		return independent.execute(status -> append(event));
	}

	/** Entries newest first, filtered by agency, action and subject where given. */
	@Transactional(readOnly = true)
	public List<AuditEntry> page(int page, int size, AuditFilter filter) {
		StringBuilder sql = new StringBuilder("SELECT * FROM audit_entry WHERE 1 = 1");
		Map<String, Object> params = new TreeMap<>();
		if (filter.agency() != null) {
			sql.append(" AND agency = :agency");
			params.put("agency", filter.agency());
		}
		if (filter.action() != null) {
			sql.append(" AND action = :action");
			params.put("action", filter.action());
		}
		if (filter.subjectId() != null) {
			sql.append(" AND subject_id = :subject");
			params.put("subject", filter.subjectId());
		}
		sql.append(" ORDER BY seq DESC LIMIT :limit OFFSET :offset");
		params.put("limit", size);
		params.put("offset", (long) page * size);
		return jdbc.sql(sql.toString()).params(params).query((rs, n) -> map(rs)).list();
	}

	public long size() {
		return jdbc.sql("SELECT seq FROM audit_head WHERE id = 1").query(Long.class).single();
	}

	/**
	 * Walks the whole chain from the first entry: every sequence number present once and in order, every
	 * entry's previous hash equal to its predecessor's hash, every hash recomputed from the content, and
	 * the head matching the last entry. Names the first entry where any of that fails.
	 */
	@Transactional(readOnly = true)
	public AuditVerification verify() {
		Head head = jdbc.sql("SELECT seq, hash FROM audit_head WHERE id = 1")
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
		Walk walk = new Walk();
		jdbc.sql("SELECT * FROM audit_entry ORDER BY seq").withFetchSize(1000).query(rs -> {
			if (walk.broken == null) {
				walk.step(map(rs));
			}
		});
		if (walk.broken != null) {
			return AuditVerification.brokenAt(walk.count, walk.broken, walk.problem);
		}
		if (walk.lastSeq != head.seq() || !walk.lastHash.equals(head.hash())) {
			return AuditVerification.brokenAt(walk.count, walk.lastSeq + 1,
					"entries after " + walk.lastSeq + " are missing (the head is at " + head.seq() + ")");
		}
		return AuditVerification.intact(walk.count);
	}

	private AuditEntry map(ResultSet rs) throws SQLException {
		Map<String, String> detail = json.readValue(rs.getString("detail"), DETAIL);
		AuditEvent event = new AuditEvent(rs.getString("actor"), rs.getString("agency"), rs.getString("action"),
				rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("outcome"),
				rs.getString("purpose"), rs.getString("legal_basis"), detail);
		Instant at = rs.getObject("at", OffsetDateTime.class).toInstant();
		return new AuditEntry(rs.getLong("seq"), at, event, rs.getString("prev_hash"), rs.getString("hash"));
	}

	private record Head(long seq, String hash) {
	}

	private static final class Walk {

		long count;
		long lastSeq;
		String lastHash = AuditEntry.GENESIS;
		@Nullable Long broken;
		String problem = "";

		void step(AuditEntry e) {
			count++;
			if (e.seq() != lastSeq + 1) {
				fail(lastSeq + 1, "entry " + (lastSeq + 1) + " is missing");
			}
			else if (!e.prevHash().equals(lastHash)) {
				fail(e.seq(), "its previous hash does not match the entry before it");
			}
			else if (!e.isIntact()) {
				fail(e.seq(), "its content does not match its hash");
			}
			lastSeq = e.seq();
			lastHash = e.hash();
		}

		private void fail(long seq, String why) {
			broken = seq;
			problem = "entry " + seq + ": " + why;
		}
	}
}
