package org.liaison.web;

import org.liaison.agency.Actor;
import org.liaison.messaging.LiveNotifications;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The console's live notifications (Server-Sent Events), with the session's login. */
@ConsoleController
class NotificationStream {

	private final LiveNotifications live;

	NotificationStream(LiveNotifications live) {
		this.live = live;
	}

	@GetMapping(path = "/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@org.springframework.web.bind.annotation.ResponseBody
	SseEmitter stream(Actor actor) {
		return live.subscribe(actor);
	}
}
