package org.liaison.messaging.internal;

import static org.liaison.messaging.internal.Sql.instant;
import static org.liaison.messaging.internal.Sql.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.AgencyId;
import org.liaison.messaging.CaseFile;
import org.liaison.messaging.CaseStatus;
import org.liaison.messaging.Priority;
import org.liaison.treaty.Category;
import org.liaison.treaty.Classification;
import org.liaison.treaty.HandlingCode;
import org.liaison.treaty.Purpose;
import org.liaison.treaty.Tlp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cases and their parties. */
@Repository
public class CaseStore {

	/**
	 * What a search asks; null fields do not filter. {@code terms}, when not null, must all occur in the case's
	 * subject or in messages the agency sent or received (none: nothing matches). {@code deadline} is OVERDUE,
	 * DUE_SOON, OPEN or ANSWERED.
	 */
	public record Query(AgencyId agency, @Nullable List<SearchIndex.Term> terms, @Nullable String reference, @Nullable AgencyId party,
			@Nullable String deadline, @Nullable CaseStatus status, Instant now, Instant soon, int limit, long offset) {
	}

	private final JdbcClient jdbc;

	CaseStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(CaseFile c) {
		jdbc.sql("""
				INSERT INTO msg_case (id, reference, subject, owner, category, purpose, legal_basis, priority, classification,
				  tlp, handling_codes, handling_note, status, created_by, created_at, last_message_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(c.id(), c.reference(), c.subject(), c.owner().value(), c.category().name(), c.purpose().name(),
					c.legalBasis(), c.priority().name(), c.classification().name(), c.tlp().name(), codes(c.handlingCodes()),
					c.handlingNote(), c.status().name(), c.createdBy(), utc(c.createdAt()), utc(c.lastMessageAt()))
			.update();
		for (AgencyId party : c.parties()) {
			jdbc.sql("INSERT INTO msg_case_party (case_id, agency) VALUES (?, ?)").params(c.id(), party.value()).update();
		}
	}

	/** The case if the agency is one of its parties; anyone else learns nothing, not even that it exists. */
	public Optional<CaseFile> findFor(String id, AgencyId agency) {
		if (id.length() > 36) {
			return Optional.empty();
		}
		// one round trip: the case once per party (at most 20), the caller's own party row as the filter
		List<CaseFile> found = new ArrayList<>(1);
		List<AgencyId> parties = new ArrayList<>();
		jdbc.sql("""
				SELECT c.*, q.agency AS party FROM msg_case c
				JOIN msg_case_party p ON p.case_id = c.id AND p.agency = ?
				JOIN msg_case_party q ON q.case_id = c.id
				WHERE c.id = ? ORDER BY q.agency""")
			.params(agency.value(), id)
			.query((ResultSet rs) -> {
				if (found.isEmpty()) {
					found.add(row(rs, 0));
				}
				parties.add(AgencyId.of(rs.getString("party")));
			});
		return found.isEmpty() ? Optional.empty() : Optional.of(withParties(found.get(0), parties));
	}

	public boolean isParty(String caseId, AgencyId agency) {
		return jdbc.sql("SELECT COUNT(*) FROM msg_case_party WHERE case_id = ? AND agency = ?")
			.params(caseId, agency.value()).query(Long.class).single() > 0;
	}

	public List<AgencyId> parties(String caseId) {
		return jdbc.sql("SELECT agency FROM msg_case_party WHERE case_id = ? ORDER BY agency").param(caseId)
			.query((rs, n) -> AgencyId.of(rs.getString(1))).list();
	}

	/** Notes a new message in an open case; false when the case is closed (the caller then sends nothing). */
	public boolean touchIfOpen(String caseId, Instant at) {
		return jdbc.sql("UPDATE msg_case SET last_message_at = ? WHERE id = ? AND status = 'OPEN'")
			.params(utc(at), caseId).update() == 1;
	}

	/** Adds a party to the case; false when it is one already. */
	public boolean addParty(String caseId, AgencyId agency) {
		if (isParty(caseId, agency)) {
			return false;
		}
		jdbc.sql("INSERT INTO msg_case_party (case_id, agency) VALUES (?, ?)").params(caseId, agency.value()).update();
		return true;
	}

	public boolean close(String caseId, String by, Instant at, @Nullable String reason) {
		return jdbc.sql("""
				UPDATE msg_case SET status = 'CLOSED', closed_by = ?, closed_at = ?, close_reason = ?
				WHERE id = ? AND status = 'OPEN'""")
			.params(by, utc(at), reason, caseId).update() == 1;
	}

	/** The cases the agency is party to that match the query: the best match first, then the most recently active. */
	public List<CaseFile> search(Query q) {
		if (q.terms() != null && q.terms().isEmpty()) {
			return List.of();
		}
		Map<String, Object> params = new HashMap<>();
		params.put("me", q.agency().value());
		StringBuilder sql = new StringBuilder("SELECT c.* FROM msg_case c JOIN msg_case_party p ON p.case_id = c.id AND p.agency = :me");
		if (q.terms() != null) {
			sql.append(matching(q.terms(), params)).append(" ON f.case_id = c.id");
		}
		sql.append(" WHERE 1 = 1");
		if (q.status() != null) {
			sql.append(" AND c.status = :status");
			params.put("status", q.status().name());
		}
		if (q.reference() != null) {
			sql.append(" AND UPPER(c.reference) LIKE :reference ESCAPE '\\'");
			params.put("reference", Sql.contains(q.reference()).toUpperCase(java.util.Locale.ROOT));
		}
		if (q.party() != null) {
			sql.append(" AND EXISTS (SELECT 1 FROM msg_case_party x WHERE x.case_id = c.id AND x.agency = :party)");
			params.put("party", q.party().value());
		}
		if (q.deadline() != null) {
			String open = """
					\sEXISTS (SELECT 1 FROM msg_recipient r JOIN msg_message m ON m.id = r.message_id WHERE r.case_id = c.id
					   AND (r.agency = :me OR m.from_agency = :me) AND r.due_at IS NOT NULL AND r.answered_at IS NULL""";
			switch (q.deadline()) {
				case "OVERDUE" -> sql.append(" AND").append(open).append(" AND r.due_at < :now)");
				case "DUE_SOON" -> sql.append(" AND").append(open).append(" AND r.due_at >= :now AND r.due_at < :soon)");
				case "OPEN" -> sql.append(" AND").append(open).append(")");
				case "ANSWERED" -> sql.append(" AND NOT").append(open).append(")").append("""
						\sAND EXISTS (SELECT 1 FROM msg_recipient r JOIN msg_message m ON m.id = r.message_id WHERE r.case_id = c.id
						   AND (r.agency = :me OR m.from_agency = :me) AND r.answered_at IS NOT NULL)""");
				default -> throw new IllegalArgumentException("deadline is OVERDUE, DUE_SOON, OPEN or ANSWERED");
			}
			params.put("now", utc(q.now()));
			params.put("soon", utc(q.soon()));
		}
		sql.append(q.terms() == null ? " ORDER BY" : " ORDER BY f.score DESC,").append(" c.last_message_at DESC, c.id LIMIT :limit OFFSET :offset");
		params.put("limit", q.limit());
		params.put("offset", q.offset());
		List<CaseFile> found = jdbc.sql(sql.toString()).params(params).query(this::row).list();
		if (found.isEmpty()) {
			return found;
		}
		Map<String, List<AgencyId>> parties = new LinkedHashMap<>();
		jdbc.sql("SELECT case_id, agency FROM msg_case_party WHERE case_id IN (:ids) ORDER BY agency")
			.param("ids", found.stream().map(CaseFile::id).toList())
			.query((ResultSet rs) -> {
				parties.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(AgencyId.of(rs.getString(2)));
			});
		return found.stream().map(c -> withParties(c, parties.getOrDefault(c.id(), List.of()))).toList();
	}

	/**
	 * The cases in which the agency's postings hold every term, with their score (the summed weights of the
	 * matching postings): a join on the agency's own postings, so that what it may not see never matches. A
	 * prefix is also given as a range, since PostgreSQL uses an index for LIKE only under the C collation (not
	 * under glibc's C.UTF-8, although it orders by code point too).
	 */
	private static String matching(List<SearchIndex.Term> terms, Map<String, Object> params) {
		StringBuilder any = new StringBuilder();
		StringBuilder all = new StringBuilder();
		for (int i = 0; i < terms.size(); i++) {
			SearchIndex.Term t = terms.get(i);
			String test = t.prefix() ? "s.term >= :t" + i + " AND s.term < :u" + i + " AND s.term LIKE :p" + i + " ESCAPE '\\'"
					: "s.term = :t" + i;
			params.put("t" + i, t.text());
			if (t.prefix()) {
				// the range lets both databases read the key under code-point order (C, C.UTF-8, H2); LIKE keeps it exact
				params.put("u" + i, t.text().substring(0, t.text().offsetByCodePoints(t.text().length(), -1))
						+ Character.toString(t.text().codePointBefore(t.text().length()) + 1));
				params.put("p" + i, Sql.startsWith(t.text()));
			}
			any.append(i == 0 ? "" : " OR ").append(test);
			all.append(i == 0 ? "" : " AND ").append("MAX(CASE WHEN ").append(test).append(" THEN 1 ELSE 0 END) = 1");
		}
		return " JOIN (SELECT s.case_id, SUM(s.weight) AS score FROM msg_search_term s WHERE s.agency = :me AND (" + any
				+ ") GROUP BY s.case_id HAVING " + all + ") f";
	}

	private static CaseFile withParties(CaseFile c, List<AgencyId> parties) {
		return new CaseFile(c.id(), c.reference(), c.subject(), c.owner(), c.category(), c.purpose(), c.legalBasis(),
				c.priority(), c.classification(), c.tlp(), c.handlingCodes(), c.handlingNote(), c.status(), parties,
				c.createdBy(), c.createdAt(), c.lastMessageAt(), c.closedBy(), c.closedAt(), c.closeReason());
	}

	private CaseFile row(ResultSet rs, int n) throws SQLException {
		return new CaseFile(rs.getString("id"), rs.getString("reference"), rs.getString("subject"),
				AgencyId.of(rs.getString("owner")), Category.valueOf(rs.getString("category")),
				Purpose.valueOf(rs.getString("purpose")), rs.getString("legal_basis"), Priority.valueOf(rs.getString("priority")),
				Classification.valueOf(rs.getString("classification")), Tlp.valueOf(rs.getString("tlp")),
				parseCodes(rs.getString("handling_codes")), rs.getString("handling_note"),
				CaseStatus.valueOf(rs.getString("status")), List.of(), rs.getString("created_by"), instant(rs, "created_at"),
				instant(rs, "last_message_at"), rs.getString("closed_by"), instant(rs, "closed_at"),
				rs.getString("close_reason"));
	}

	private static String codes(Set<HandlingCode> codes) {
		return codes.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	private static Set<HandlingCode> parseCodes(String s) {
		if (s == null || s.isBlank()) {
			return Set.of();
		}
		return EnumSet.copyOf(Arrays.stream(s.split(",")).map(HandlingCode::valueOf).toList());
	}
}
