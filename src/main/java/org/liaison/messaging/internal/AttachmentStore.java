package org.liaison.messaging.internal;

import static org.liaison.messaging.internal.Sql.instant;
import static org.liaison.messaging.internal.Sql.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.liaison.agency.AgencyId;
import org.liaison.messaging.Attachment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Attachments: their description and the SHA-256 naming their content in {@link AttachmentFiles}. Rows
 * stored before V24 may still hold their content in {@code content}, until the purge job moves it out.
 */
@Repository
public class AttachmentStore {

	private static final String COLUMNS = "id, case_id, message_id, agency, uploaded_by, name, content_type, size_bytes, sha256, uploaded_at";

	private final JdbcClient jdbc;

	AttachmentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(Attachment a) {
		jdbc.sql("INSERT INTO msg_attachment (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(a.id(), a.caseId(), a.message(), a.agency().value(), a.uploadedBy(), a.name(), a.contentType(), a.size(),
					a.sha256(), utc(a.uploadedAt()))
			.update();
	}

	public Optional<Attachment> find(String id) {
		if (id.length() > 36) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM msg_attachment WHERE id = ?").param(id).query(AttachmentStore::row).optional();
	}

	/** The content of a row stored before V24 and not yet moved to its file. */
	public Optional<byte[]> contentInRow(String id) {
		return jdbc.sql("SELECT content FROM msg_attachment WHERE id = ? AND content IS NOT NULL").param(id)
			.query((rs, n) -> rs.getBytes(1)).optional();
	}

	/** Ids of rows that still hold their content (stored before V24). */
	public List<String> withContentInRow(int limit) {
		return jdbc.sql("SELECT id FROM msg_attachment WHERE content IS NOT NULL LIMIT ?").param(limit).query(String.class).list();
	}

	/** Forgets the row's content once its file holds it. */
	public void clearContentInRow(String id) {
		jdbc.sql("UPDATE msg_attachment SET content = NULL WHERE id = ?").param(id).update();
	}

	/** Uploads never sent, uploaded before the cutoff, oldest first. */
	public List<Attachment> pendingBefore(Instant cutoff, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM msg_attachment WHERE message_id IS NULL AND uploaded_at < ? ORDER BY uploaded_at LIMIT ?")
			.params(utc(cutoff), limit).query(AttachmentStore::row).list();
	}

	/** Deletes an upload if it is still not sent; false when a message took it meanwhile. */
	public boolean deletePending(String id) {
		return jdbc.sql("DELETE FROM msg_attachment WHERE id = ? AND message_id IS NULL").param(id).update() == 1;
	}

	/** Which of these SHA-256 some attachment refers to. */
	public Set<String> referenced(Collection<String> sha256s) {
		if (sha256s.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("SELECT DISTINCT sha256 FROM msg_attachment WHERE sha256 IN (:s)").param("s", sha256s)
			.query(String.class).list());
	}

	/** Attaches files the agency uploaded to the case and has not sent yet; returns how many it took. */
	public int attach(Collection<String> ids, String caseId, AgencyId agency, String messageId) {
		if (ids.isEmpty()) {
			return 0;
		}
		return jdbc.sql("""
				UPDATE msg_attachment SET message_id = :m
				WHERE id IN (:ids) AND case_id = :c AND agency = :a AND message_id IS NULL""")
			.param("m", messageId).param("ids", ids).param("c", caseId).param("a", agency.value()).update();
	}

	public Map<String, List<Attachment>> ofMessages(Collection<String> messageIds) {
		Map<String, List<Attachment>> out = new LinkedHashMap<>();
		if (!messageIds.isEmpty()) {
			jdbc.sql("SELECT " + COLUMNS + " FROM msg_attachment WHERE message_id IN (:ids) ORDER BY uploaded_at, id")
				.param("ids", messageIds)
				.query((ResultSet rs) -> {
					out.computeIfAbsent(rs.getString("message_id"), k -> new ArrayList<>()).add(row(rs, 0));
				});
		}
		return out;
	}

	/** Files the agency uploaded to the case and has not sent yet. */
	public List<Attachment> pending(String caseId, AgencyId agency) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM msg_attachment WHERE case_id = ? AND agency = ? AND message_id IS NULL ORDER BY uploaded_at")
			.params(caseId, agency.value()).query(AttachmentStore::row).list();
	}

	private static Attachment row(ResultSet rs, int n) throws SQLException {
		return new Attachment(rs.getString("id"), rs.getString("case_id"), rs.getString("message_id"),
				AgencyId.of(rs.getString("agency")), rs.getString("name"), rs.getString("content_type"),
				rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("uploaded_by"), instant(rs, "uploaded_at"));
	}
}
