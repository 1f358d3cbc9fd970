package org.liaison.federation.internal;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.agency.Role;
import org.liaison.federation.Outbox;
import org.liaison.federation.OutboxMessage;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Delivery status for a NODE_ADMIN: the outbox (queued, delivered, dead and why), the dead letters with
 * a manual retry, and the inbox's record of what peers sent, refusals with their reasons included.
 */
@RestController
class OutboxController {

	record InboxEntry(String messageId, String sender, String type, String createdAt, String receivedAt, String outcome,
			@Nullable String detail) {
	}

	private final Outbox outbox;
	private final JdbcClient jdbc;

	OutboxController(Outbox outbox, JdbcClient jdbc) {
		this.outbox = outbox;
		this.jdbc = jdbc;
	}

	@GetMapping("/api/v1/federation/outbox")
	Map<String, Object> list(Actor actor, @RequestParam(required = false) OutboxMessage.@Nullable Status status) {
		List<OutboxMessage> messages = outbox.list(actor, status);
		return Map.of("counts", outbox.counts(), "messages", messages);
	}

	@GetMapping("/api/v1/federation/outbox/dead-letters")
	List<OutboxMessage> deadLetters(Actor actor) {
		return outbox.list(actor, OutboxMessage.Status.DEAD);
	}

	@PostMapping("/api/v1/federation/outbox/{messageId}/retry")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void retry(Actor actor, @PathVariable String messageId) {
		outbox.retry(actor, messageId);
	}

	@GetMapping("/api/v1/federation/inbox")
	List<InboxEntry> inbox(Actor actor, @RequestParam(required = false) @Nullable String outcome) {
		actor.require(Role.NODE_ADMIN);
		String where = "REJECTED".equals(outcome) || "APPLIED".equals(outcome) ? " WHERE outcome = '" + outcome + "'" : "";
		return jdbc.sql("SELECT * FROM federation_inbox" + where + " ORDER BY received_at DESC LIMIT 500")
			.query((rs, n) -> new InboxEntry(rs.getString("message_id"), rs.getString("sender"), rs.getString("message_type"),
					rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant().toString(),
					rs.getObject("received_at", java.time.OffsetDateTime.class).toInstant().toString(),
					rs.getString("outcome"), rs.getString("detail")))
			.list();
	}
}
