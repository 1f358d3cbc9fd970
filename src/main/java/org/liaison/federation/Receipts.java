package org.liaison.federation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.agency.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What peers sent this node, as the inbox recorded it: each authentic envelope once, APPLIED or
 * REJECTED with the reason (for a NODE_ADMIN). Envelopes refused before they were opened are in the
 * audit log only ({@code federation.reject}): nothing in them can be trusted enough to list.
 */
@Service
public class Receipts {

	/** One envelope received: who sent it, when, and what became of it. */
	public record Receipt(String messageId, NodeId sender, String type, Instant createdAt, Instant receivedAt,
			String outcome, @Nullable String detail) {
	}

	private static final int LIMIT = 500;

	private final JdbcClient jdbc;

	Receipts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The newest receipts first, of one outcome ({@code APPLIED} or {@code REJECTED}) or all when null. */
	@Transactional(readOnly = true)
	public List<Receipt> list(Actor actor, @Nullable String outcome) {
		actor.require(Role.NODE_ADMIN);
		String where = "REJECTED".equals(outcome) || "APPLIED".equals(outcome) ? " WHERE outcome = '" + outcome + "'" : "";
		return jdbc.sql("SELECT * FROM federation_inbox" + where + " ORDER BY received_at DESC LIMIT " + LIMIT)
			.query((rs, n) -> new Receipt(rs.getString("message_id"), NodeId.of(rs.getString("sender")),
					rs.getString("message_type"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
					rs.getObject("received_at", OffsetDateTime.class).toInstant(), rs.getString("outcome"),
					rs.getString("detail")))
			.list();
	}
}
