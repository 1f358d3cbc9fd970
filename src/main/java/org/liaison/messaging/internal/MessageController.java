package org.liaison.messaging.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.common.Problem;
import org.liaison.messaging.BoxCursor;
import org.liaison.messaging.MessageLine;
import org.liaison.messaging.MessagePage;
import org.liaison.messaging.Messages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
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

	/**
	 * A page of the inbox or outbox, newest first; {@code before} or {@code after} is a cursor from the
	 * {@code Link} header of an earlier page (RFC 8288: {@code rel="next"} to older lines, {@code rel="prev"}
	 * to newer ones).
	 */
	@GetMapping
	ResponseEntity<List<MessageLine>> list(Actor actor, @RequestParam(defaultValue = "inbox") String box,
			@RequestParam(required = false) @Nullable String before, @RequestParam(required = false) @Nullable String after,
			@RequestParam(defaultValue = "50") int size) {
		MessagePage page = switch (box) {
			case "inbox" -> messages.inbox(actor, before, after, size);
			case "outbox" -> messages.outbox(actor, before, after, size);
			default -> throw Problem.invalid("box", "box is 'inbox' or 'outbox'");
		};
		List<String> links = new ArrayList<>();
		if (page.older() != null) {
			links.add(link(box, "before", page.older(), size, "next"));
		}
		if (page.newer() != null) {
			links.add(link(box, "after", page.newer(), size, "prev"));
		}
		ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
		if (!links.isEmpty()) {
			ok.header(HttpHeaders.LINK, String.join(", ", links));
		}
		return ok.body(page.lines());
	}

	private static String link(String box, String side, BoxCursor cursor, int size, String rel) {
		return "</api/v1/messages?box=" + box + "&" + side + "=" + cursor + "&size=" + size + ">; rel=\"" + rel + "\"";
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
