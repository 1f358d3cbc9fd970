package org.liaison.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * The node's audit log. {@link #append} adds the event to the caller's transaction, so that it is
 * recorded exactly when what it records is committed, and takes no lock: concurrent transactions commit
 * side by side. The sealer ({@link #seal}, every {@code liaison.audit.seal-interval} and before every
 * read) then puts the committed events on the hash chain, in the order it finds them, one sealer at a
 * time across replicas. Nothing in this class, or anywhere else, updates or deletes a sealed entry.
 */
@Service
public class AuditLog {

	private static final TypeReference<TreeMap<String, String>> DETAIL = new TypeReference<>() {
	};
	private static final int SEAL_BATCH = 2000;

	private final JdbcClient jdbc;
	private final Clock clock;
	private final ObjectMapper json;
	private final TransactionTemplate independent;
	private final TransactionTemplate sealing;
	private final TransactionTemplate reading;
	private final JdbcTemplate jdbcTemplate;

	AuditLog(JdbcClient jdbc, JdbcTemplate jdbcTemplate, Clock clock, ObjectMapper json,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.clock = clock;
		this.json = json;
		this.independent = new TransactionTemplate(transactions);
		this.independent.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.sealing = new TransactionTemplate(transactions);
		this.sealing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	/** Records the event within the current transaction (or a new one when there is none). */
	@Transactional
	public void append(AuditEvent event) {
		Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
		jdbc.sql("""
				INSERT INTO audit_pending (at, actor, agency, action, subject_type, subject_id, outcome, purpose,
				  legal_basis, detail)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(OffsetDateTime.ofInstant(at, ZoneOffset.UTC), event.actor(), event.agency(), event.action(),
					event.subjectType(), event.subjectId(), event.outcome(), event.purpose(), event.legalBasis(),
					json.writeValueAsString(event.detail()))
			.update();
	}

	/**
	 * Records the event in a transaction of its own, committed whatever happens to the caller's: for
	 * denials and failures that the caller is about to report as errors.
	 */
	public void appendIndependently(AuditEvent event) {
		independent.executeWithoutResult(status -> append(event));
	}

	@Scheduled(fixedDelayString = "${liaison.audit.seal-interval:200ms}")
	void sealScheduled() {
		seal();
	}

	/**
	 * Puts every committed pending event on the chain: under the head's lock, each gets the next number
	 * and its hash over the previous hash, and leaves the queue in the same transaction. Returns how many
	 * were sealed.
	 */
	public int seal() {
		int total = 0;
		int batch;
		do {
			batch = sealing.execute(status -> sealBatch());
			total += batch;
		}
		while (batch == SEAL_BATCH);
		return total;
	}

	private int sealBatch() {
		Head head = jdbc.sql("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE")
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
		List<Pending> pending = jdbc.sql("SELECT * FROM audit_pending ORDER BY id LIMIT " + SEAL_BATCH)
			.query((rs, n) -> new Pending(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(), event(rs)))
			.list();
		if (pending.isEmpty()) {
			return 0;
		}
		List<Object[]> entries = new ArrayList<>(pending.size());
		List<Object[]> sealed = new ArrayList<>(pending.size());
		long seq = head.seq();
		String hash = head.hash();
		for (Pending p : pending) {
			AuditEntry entry = AuditEntry.chain(++seq, p.at(), p.event(), hash);
			hash = entry.hash();
			AuditEvent e = p.event();
			entries.add(new Object[] { entry.seq(), OffsetDateTime.ofInstant(p.at(), ZoneOffset.UTC), e.actor(), e.agency(),
					e.action(), e.subjectType(), e.subjectId(), e.outcome(), e.purpose(), e.legalBasis(),
					json.writeValueAsString(e.detail()), entry.prevHash(), entry.hash() });
			sealed.add(new Object[] { p.id() });
		}
		jdbcTemplate.batchUpdate("""
				INSERT INTO audit_entry (seq, at, actor, agency, action, subject_type, subject_id, outcome,
				  purpose, legal_basis, detail, prev_hash, hash)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", entries);
		// exactly the rows read: an event of a transaction still in flight may have a lower id and must stay
		for (int from = 0; from < sealed.size(); from += 500) {
			String ids = sealed.subList(from, Math.min(sealed.size(), from + 500)).stream()
				.map(row -> Long.toString((Long) row[0]))
				.collect(java.util.stream.Collectors.joining(","));
			jdbc.sql("DELETE FROM audit_pending WHERE id IN (" + ids + ")").update();
		}
		jdbc.sql("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1").params(seq, hash).update();
		return pending.size();
	}

	private record Pending(long id, Instant at, AuditEvent event) {
	}

	/** Entries newest first, filtered by agency, action and subject where given. */
	public List<AuditEntry> page(int page, int size, AuditFilter filter) {
		seal();
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

	/** How many entries the chain holds, once everything committed so far is sealed. */
	public long size() {
		seal();
		return jdbc.sql("SELECT seq FROM audit_head WHERE id = 1").query(Long.class).single();
	}

	/**
	 * Walks the whole chain from the first entry: every sequence number present once and in order, every
	 * entry's previous hash equal to its predecessor's hash, every hash recomputed from the content, and
	 * the head matching the last entry. Names the first entry where any of that fails.
	 */
	public AuditVerification verify() {
		seal();
		return reading.execute(status -> walk());
	}

	private AuditVerification walk() {
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

	private AuditEvent event(ResultSet rs) throws SQLException {
		Map<String, String> detail = json.readValue(rs.getString("detail"), DETAIL);
		return new AuditEvent(rs.getString("actor"), rs.getString("agency"), rs.getString("action"),
				rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("outcome"),
				rs.getString("purpose"), rs.getString("legal_basis"), detail);
	}

	private AuditEntry map(ResultSet rs) throws SQLException {
		AuditEvent event = event(rs);
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
