package org.liaison.messaging.internal;

import java.util.List;

import org.liaison.agency.Actor;
import org.liaison.messaging.LiveNotifications;
import org.liaison.messaging.Notification;
import org.liaison.messaging.Notifications;
import org.liaison.messaging.Webhooks;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The agency's notifications (list and live stream) and its webhook. */
@RestController
@RequestMapping("/api/v1")
class NotificationController {

	private final Notifications notifications;
	private final LiveNotifications live;
	private final Webhooks webhooks;

	NotificationController(Notifications notifications, LiveNotifications live, Webhooks webhooks) {
		this.notifications = notifications;
		this.live = live;
		this.webhooks = webhooks;
	}

	@GetMapping("/notifications")
	List<Notification> latest(Actor actor, @RequestParam(defaultValue = "50") int limit) {
		return notifications.latest(actor, limit);
	}

	@GetMapping(path = "/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter stream(Actor actor) {
		return live.subscribe(actor);
	}

	@PutMapping("/webhook")
	Webhooks.Webhook set(Actor actor, @RequestBody CaseBodies.WebhookBody body) {
		return webhooks.set(actor, body.url());
	}

	@GetMapping("/webhook")
	Webhooks.Webhook get(Actor actor) {
		Webhooks.Webhook w = webhooks.get(actor);
		if (w == null) {
			throw org.liaison.common.Problem.notFound("webhook");
		}
		return w;
	}

	@DeleteMapping("/webhook")
	ResponseEntity<Void> remove(Actor actor) {
		webhooks.remove(actor);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/webhook/deliveries")
	List<Webhooks.Delivery> deliveries(Actor actor) {
		return webhooks.deliveries(actor);
	}
}
