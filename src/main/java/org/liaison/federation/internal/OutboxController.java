package org.liaison.federation.internal;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.federation.Outbox;
import org.liaison.federation.OutboxMessage;
import org.liaison.federation.Receipts;
import org.springframework.http.HttpStatus;
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

	private final Outbox outbox;
	private final Receipts receipts;

	OutboxController(Outbox outbox, Receipts receipts) {
		this.outbox = outbox;
		this.receipts = receipts;
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
	List<Receipts.Receipt> inbox(Actor actor, @RequestParam(required = false) @Nullable String outcome) {
		return receipts.list(actor, outcome);
	}
}
