package org.liaison.messaging;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.liaison.agency.Actor;
import org.liaison.messaging.internal.NotificationStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Notifications as a live stream (Server-Sent Events) for the console and API clients. Every second, while
 * anyone listens, it reads the notifications stored since its last look (with a few seconds' overlap,
 * because transactions commit out of order) and sends each to the listeners of its agency and audience.
 * Reading from the database rather than from memory lets any replica serve any listener. A comment
 * every 15 s keeps connections open through proxies and finds the ones that have gone.
 */
@Service
public class LiveNotifications {

	private static final Logger log = LoggerFactory.getLogger(LiveNotifications.class);
	private static final Duration OVERLAP = Duration.ofSeconds(5);
	private static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);

	private final NotificationStore store;
	private final Clock clock;
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread t = new Thread(r, "live-notifications");
		t.setDaemon(true);
		return t;
	});
	private final Map<String, Instant> sent = new HashMap<>();
	private Instant cursor;
	private long ticks;

	private record Listener(Actor actor, SseEmitter emitter) {
	}

	LiveNotifications(NotificationStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
		this.cursor = clock.instant();
		executor.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
	}

	/** A stream of the actor's notifications from now on: events named {@code notification}, JSON data. */
	public SseEmitter subscribe(Actor actor) {
		actor.requireAgency();
		SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
		Listener listener = new Listener(actor, emitter);
		emitter.onCompletion(() -> listeners.remove(listener));
		emitter.onTimeout(() -> listeners.remove(listener));
		emitter.onError(e -> listeners.remove(listener));
		try {
			emitter.send(SseEmitter.event().comment("listening"));
		}
		catch (IOException e) {
			emitter.completeWithError(e);
			return emitter;
		}
		listeners.add(listener);
		return emitter;
	}

	private void tick() {
		try {
			ticks++;
			Instant now = clock.instant();
			if (listeners.isEmpty()) {
				cursor = now;
				sent.clear();
				return;
			}
			for (Notification n : store.since(cursor.minus(OVERLAP), 1000)) {
				if (sent.putIfAbsent(n.id(), n.createdAt()) == null) {
					deliver(n);
				}
			}
			cursor = now;
			sent.values().removeIf(at -> at.isBefore(now.minus(OVERLAP.multipliedBy(3))));
			if (ticks % 15 == 0) {
				for (Listener l : listeners) {
					send(l, SseEmitter.event().comment("keep-alive"));
				}
			}
		}
		catch (RuntimeException e) {
			log.warn("live notifications: {}", e.toString());
		}
	}

	private void deliver(Notification n) {
		for (Listener l : listeners) {
			if (Notifications.isFor(n, l.actor())) {
				send(l, SseEmitter.event().name("notification").id(n.id()).data(n, MediaType.APPLICATION_JSON));
			}
		}
	}

	private void send(Listener l, SseEmitter.SseEventBuilder event) {
		try {
			l.emitter().send(event);
		}
		catch (IOException | IllegalStateException e) {
			listeners.remove(l);
			l.emitter().completeWithError(e);
		}
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
		listeners.forEach(l -> l.emitter().complete());
	}
}
