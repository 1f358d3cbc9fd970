package org.liaison.messaging;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.agency.AgencyId;
import org.liaison.agency.Role;
import org.liaison.messaging.internal.NotificationStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Tells agencies what happened in their cases. A notification is stored in the caller's transaction
 * together with, when the agency has a webhook, its delivery: both commit with what they announce, or
 * neither does. The console's live stream and the webhook dispatcher read them from the database, so
 * any replica of the node serves them.
 */
@Service
public class Notifications {

	public static final String ALL = "ALL";
	public static final String SPOC = "SPOC";

	private final NotificationStore store;
	private final ObjectMapper json;
	private final Clock clock;

	Notifications(NotificationStore store, ObjectMapper json, Clock clock) {
		this.store = store;
		this.json = json;
		this.clock = clock;
	}

	/** Stores a notification for the agency (and its webhook delivery) in the current transaction. */
	@Transactional
	public Notification notify(AgencyId agency, String audience, String kind, @Nullable String caseId,
			@Nullable String messageId, String text) {
		Notification n = new Notification(UUID.randomUUID().toString(), agency, audience, kind, caseId, messageId, text,
				clock.instant().truncatedTo(ChronoUnit.MICROS));
		store.insert(n);
		store.webhook(agency).ifPresent(w -> {
			Map<String, Object> payload = new LinkedHashMap<>();
			payload.put("id", n.id());
			payload.put("agency", agency.value());
			payload.put("audience", audience);
			payload.put("kind", kind);
			payload.put("case", caseId);
			payload.put("message", messageId);
			payload.put("text", text);
			payload.put("createdAt", n.createdAt().toString());
			store.insert(new NotificationStore.Delivery(UUID.randomUUID().toString(), agency, n.id(),
					json.writeValueAsString(payload), "PENDING", 0, n.createdAt(), null, null, n.createdAt(), null));
		});
		return n;
	}

	/** The latest notifications for the actor's agency (those for the single point of contact only to a SPOC). */
	@Transactional(readOnly = true)
	public List<Notification> latest(Actor actor, int limit) {
		return store.latest(actor.requireAgency(), actor.has(Role.SPOC), Math.max(1, Math.min(limit, 200)));
	}

	/** Whether the notification is for this actor: its agency, and the SPOC audience only for a SPOC. */
	public static boolean isFor(Notification n, Actor actor) {
		return n.agency().equals(actor.agency()) && (ALL.equals(n.audience()) || actor.has(Role.SPOC));
	}
}
