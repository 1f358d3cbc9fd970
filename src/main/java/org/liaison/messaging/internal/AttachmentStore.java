package org.liaison.messaging.internal;

import static org.liaison.messaging.internal.Sql.instant;
import static org.liaison.messaging.internal.Sql.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.liaison.agency.AgencyId;
import org.liaison.messaging.Attachment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Attachments: their description, and their bytes read only for a download. */
@Repository
public class AttachmentStore {

	private static final String COLUMNS = "id, case_id, message_id, agency, uploaded_by, name, content_type, size_bytes, sha256, uploaded_at";

	private final JdbcClient jdbc;

	AttachmentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(Attachment a, byte[] content) {
		jdbc.sql("INSERT INTO msg_attachment (" + COLUMNS + ", content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(a.id(), a.caseId(), a.message(), a.agency().value(), a.uploadedBy(), a.name(), a.contentType(), a.size(),
					a.sha256(), utc(a.uploadedAt()), content)
			.update();
	}

	public Optional<Attachment> find(String id) {
		if (id.length() > 36) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM msg_attachment WHERE id = ?").param(id).query(AttachmentStore::row).optional();
	}

	public byte[] content(String id) {
		return jdbc.sql("SELECT content FROM msg_attachment WHERE id = ?").param(id).query((rs, n) -> rs.getBytes(1)).single();
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
