package org.liaison.messaging.internal;

import java.util.List;
import java.util.Map;

import org.liaison.agency.Actor;
import org.liaison.common.Problem;
import org.liaison.messaging.MessageLine;
import org.liaison.messaging.Messages;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The inbox, outbox, overdue list and the request figures of the caller's agency. */
@RestController
@RequestMapping("/api/v1/messages")
class MessageController {

	private final Messages messages;

	MessageController(Messages messages) {
		this.messages = messages;
	}

	@GetMapping
	List<MessageLine> list(Actor actor, @RequestParam(defaultValue = "inbox") String box,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return switch (box) {
			case "inbox" -> messages.inbox(actor, page, size);
			case "outbox" -> messages.outbox(actor, page, size);
			default -> throw Problem.invalid("box", "box is 'inbox' or 'outbox'");
		};
	}

	@GetMapping("/overdue")
	List<MessageLine> overdue(Actor actor) {
		return messages.overdue(actor);
	}

	@GetMapping("/figures")
	Map<String, Map<String, Long>> figures(Actor actor) {
		return messages.figures(actor);
	}
}
