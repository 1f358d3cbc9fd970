package org.liaison.alerts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.AgencyId;
import org.liaison.alerts.Alert;
import org.liaison.alerts.AlertId;
import org.liaison.alerts.AlertStatus;
import org.liaison.alerts.AlertType;
import org.liaison.alerts.RequestedAction;
import org.liaison.records.InformationCredibility;
import org.liaison.records.Markings;
import org.liaison.records.SourceReliability;
import org.liaison.treaty.Category;
import org.liaison.treaty.Classification;
import org.liaison.treaty.HandlingCode;
import org.liaison.treaty.Purpose;
import org.liaison.treaty.Tlp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** Alerts in one table; properties and flags as JSON. Transitions update only with the version read. */
@Repository
public class AlertStore {

	private static final TypeReference<LinkedHashMap<String, List<String>>> PROPERTIES = new TypeReference<>() {
	};
	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private static final int STREAM_FETCH = 1000;

	private final JdbcClient jdbc;
	private final JdbcTemplate streaming;
	private final java.util.concurrent.atomic.AtomicLong insertedSinceAnalyse = new java.util.concurrent.atomic.AtomicLong();
	private final java.util.concurrent.atomic.AtomicLong analysedAt = new java.util.concurrent.atomic.AtomicLong();
	private volatile @org.jspecify.annotations.Nullable Boolean postgres;
	private final ObjectMapper json;

	AlertStore(JdbcClient jdbc, DataSource dataSource, ObjectMapper json) {
		this.jdbc = jdbc;
		this.streaming = new JdbcTemplate(dataSource);
		this.streaming.setFetchSize(STREAM_FETCH);
		this.json = json;
	}

	/**
	 * Inserts alerts received from {@code origin} in one batch. A catch-up can grow the table from nothing
	 * to millions of rows faster than PostgreSQL's autovacuum analyses it, and with the statistics of a
	 * small table the planner reads the whole table for each page's lookup by id: so the table is analysed
	 * again whenever the replicas inserted since the last time reach a quarter of those before.
	 */
	public void insertReplicas(List<Alert> alerts, String origin) {
		if (alerts.isEmpty()) {
			return;
		}
		long inserted = insertedSinceAnalyse.addAndGet(alerts.size());
		if (inserted >= Math.max(5_000, analysedAt.get() / 4) && insertedSinceAnalyse.compareAndSet(inserted, 0)) {
			analysedAt.addAndGet(inserted);
			streaming.execute(postgres() ? "ANALYZE alert" : "ANALYZE TABLE alert");
		}
		streaming.batchUpdate("""
				INSERT INTO alert (id, alert_type, schema_name, category, caption, properties, requested_action, purposes,
				  legal_basis, classification, tlp, handling_codes, handling_note, source_reliability,
				  information_credibility, summary, owner, status, review_date, expires_at, flags, created_by, created_at,
				  reviewed_by, reviewed_at, review_reason, closed_by, closed_at, version, origin_node)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				alerts.stream().map(a -> {
					Markings m = a.markings();
					return new Object[] { a.id().toString(), a.type().name(), a.schema(), a.category().name(), a.caption(),
							json.writeValueAsString(a.properties()), a.action().name(), join(a.purposes()), a.legalBasis(),
							m.classification().name(), m.tlp().name(), join(m.handlingCodes()), m.handlingNote(),
							m.sourceReliability().name(), m.informationCredibility().code(), a.summary(), a.owner().value(),
							a.status().name(), a.reviewDate(), utc(a.expiresAt()), json.writeValueAsString(a.flags()),
							a.createdBy(), utc(a.createdAt()), a.reviewedBy(), utc(a.reviewedAt()), a.reviewReason(),
							a.closedBy(), utc(a.closedAt()), a.version(), origin };
				}).toList());
	}

	private boolean postgres() {
		Boolean p = postgres;
		if (p == null) {
			p = streaming.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres"));
			postgres = p;
		}
		return Boolean.TRUE.equals(p);
	}

	public void insert(Alert a) {
		Markings m = a.markings();
		jdbc.sql("""
				INSERT INTO alert (id, alert_type, schema_name, category, caption, properties, requested_action, purposes,
				  legal_basis, classification, tlp, handling_codes, handling_note, source_reliability,
				  information_credibility, summary, owner, status, review_date, expires_at, flags, created_by, created_at,
				  reviewed_by, reviewed_at, review_reason, closed_by, closed_at, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(a.id().toString(), a.type().name(), a.schema(), a.category().name(), a.caption(),
					json.writeValueAsString(a.properties()), a.action().name(), join(a.purposes()), a.legalBasis(),
					m.classification().name(), m.tlp().name(), join(m.handlingCodes()), m.handlingNote(),
					m.sourceReliability().name(), m.informationCredibility().code(), a.summary(), a.owner().value(),
					a.status().name(), a.reviewDate(), utc(a.expiresAt()), json.writeValueAsString(a.flags()),
					a.createdBy(), utc(a.createdAt()), a.reviewedBy(), utc(a.reviewedAt()), a.reviewReason(), a.closedBy(),
					utc(a.closedAt()), a.version())
			.update();
	}

	/**
	 * Stores a transition; false when someone else moved the alert since {@code previousVersion} was read
	 * (the caller reads again and decides).
	 */
	public boolean update(Alert a, long previousVersion) {
		return jdbc.sql("""
				UPDATE alert SET status = ?, reviewed_by = ?, reviewed_at = ?, review_reason = ?, closed_by = ?,
				  closed_at = ?, version = ? WHERE id = ? AND version = ?""")
			.params(a.status().name(), a.reviewedBy(), utc(a.reviewedAt()), a.reviewReason(), a.closedBy(),
					utc(a.closedAt()), a.version(), a.id().toString(), previousVersion)
			.update() == 1;
	}

	/** The node an alert was replicated from; empty for an alert of this node (or none). */
	public Optional<String> originOf(AlertId id) {
		return jdbc.sql("SELECT origin_node FROM alert WHERE id = ?").param(id.toString())
			.query((rs, n) -> java.util.Optional.ofNullable(rs.getString(1))).optional().flatMap(o -> o);
	}

	public void markOrigin(AlertId id, String node) {
		jdbc.sql("UPDATE alert SET origin_node = ? WHERE id = ?").params(node, id.toString()).update();
	}

	public Optional<Alert> find(AlertId id) {
		return jdbc.sql("SELECT * FROM alert WHERE id = ?").param(id.toString()).query((rs, n) -> map(rs)).optional();
	}

	/** The alerts with these ids that exist, in no particular order, with the node each came from (null: here). */
	public java.util.Map<AlertId, java.util.Map.Entry<Alert, Optional<String>>> findAll(java.util.Collection<AlertId> ids) {
		java.util.Map<AlertId, java.util.Map.Entry<Alert, Optional<String>>> out = new java.util.HashMap<>();
		if (ids.isEmpty()) {
			return out;
		}
		jdbc.sql("SELECT * FROM alert WHERE id IN (:ids)")
			.param("ids", ids.stream().map(AlertId::toString).toList())
			.query((rs, n) -> {
				Alert a = map(rs);
				out.put(a.id(), java.util.Map.entry(a, Optional.ofNullable(rs.getString("origin_node"))));
				return null;
			})
			.list();
		return out;
	}

	/** The owner's alerts, newest first. */
	public List<Alert> byOwner(AgencyId owner, int limit) {
		return jdbc.sql("SELECT * FROM alert WHERE owner = ? ORDER BY created_at DESC, id LIMIT ?")
			.params(owner.value(), limit)
			.query((rs, n) -> map(rs))
			.list();
	}

	/** Published alerts of other owners, newest first: candidates for what an agency may see. */
	public List<Alert> publishedNotOwnedBy(AgencyId agency, int limit) {
		return jdbc.sql("SELECT * FROM alert WHERE status = 'PUBLISHED' AND owner <> ? ORDER BY created_at DESC, id LIMIT ?")
			.params(agency.value(), limit)
			.query((rs, n) -> map(rs))
			.list();
	}

	/**
	 * Every published alert, in no particular order, streamed: rows are fetched {@value #STREAM_FETCH} at
	 * a time (PostgreSQL needs the caller's transaction for that) and each is handed over before the next
	 * is read. What screening indexes at start.
	 */
	public void forEachPublished(Consumer<Alert> consumer) {
		streaming.query("SELECT * FROM alert WHERE status = 'PUBLISHED'", rs -> {
			consumer.accept(map(rs));
		});
	}

	/** Alerts under review (any owner on this node), oldest first: the reviewers' queue. */
	public List<Alert> underReview(int limit) {
		return jdbc.sql("SELECT * FROM alert WHERE status = 'UNDER_REVIEW' ORDER BY created_at, id LIMIT ?")
			.param(limit)
			.query((rs, n) -> map(rs))
			.list();
	}

	/** Published alerts whose expiry has come. */
	public List<AlertId> dueToExpire(Instant now, int limit) {
		return jdbc.sql("SELECT id FROM alert WHERE status = 'PUBLISHED' AND expires_at <= ? ORDER BY expires_at, id LIMIT ?")
			.params(utc(now), limit)
			.query((rs, n) -> AlertId.of(rs.getString(1)))
			.list();
	}

	private Alert map(ResultSet rs) throws SQLException {
		Markings markings = new Markings(Classification.valueOf(rs.getString("classification")),
				Tlp.valueOf(rs.getString("tlp")), split(rs.getString("handling_codes"), HandlingCode.class),
				rs.getString("handling_note"), SourceReliability.valueOf(rs.getString("source_reliability")),
				InformationCredibility.of(rs.getString("information_credibility")));
		return new Alert(AlertId.of(rs.getString("id")), AlertType.valueOf(rs.getString("alert_type")),
				rs.getString("schema_name"), Category.valueOf(rs.getString("category")), rs.getString("caption"),
				json.readValue(rs.getString("properties"), PROPERTIES),
				RequestedAction.valueOf(rs.getString("requested_action")), split(rs.getString("purposes"), Purpose.class),
				rs.getString("legal_basis"), markings, rs.getString("summary"), AgencyId.of(rs.getString("owner")),
				AlertStatus.valueOf(rs.getString("status")), rs.getObject("review_date", LocalDate.class),
				instant(rs, "expires_at"), json.readValue(rs.getString("flags"), STRINGS), rs.getString("created_by"),
				instant(rs, "created_at"), rs.getString("reviewed_by"), instant(rs, "reviewed_at"),
				rs.getString("review_reason"), rs.getString("closed_by"), instant(rs, "closed_at"), rs.getLong("version"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
		return t == null ? null : t.toInstant();
	}

	private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static String join(Set<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	private static <E extends Enum<E>> Set<E> split(String list, Class<E> type) {
		Set<E> out = EnumSet.noneOf(type);
		Arrays.stream(list.split(",")).filter(s -> !s.isBlank()).forEach(s -> out.add(Enum.valueOf(type, s.trim())));
		return out;
	}
}
