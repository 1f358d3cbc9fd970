package org.liaison.messaging;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.agency.AgencyId;
import org.liaison.agency.Role;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.liaison.common.Problem;
import org.liaison.messaging.internal.NotificationStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One webhook per agency, kept by its single point of contact. Every notification of the agency is
 * posted to it as JSON, signed with HMAC-SHA256 over {@code timestamp + "." + body} under the webhook's
 * secret ({@code X-Liaison-Signature: sha256=<hex>}, {@code X-Liaison-Timestamp}, {@code X-Liaison-Delivery}).
 * A delivery that fails (no answer, or not 2xx) is retried after the backoff, doubled each time, until
 * {@code webhook-max-attempts}; then it is FAILED. Deliveries are stored, so none is lost to a restart.
 */
@Service
public class Webhooks {

	private static final SecureRandom RANDOM = new SecureRandom();
	private static final Duration MAX_BACKOFF = Duration.ofHours(6);

	private final NotificationStore store;
	private final AuditLog audit;
	private final Clock clock;
	private final MessagingProperties properties;
	private final HttpClient http;
	private final WebhookAddresses addresses;

	Webhooks(NotificationStore store, AuditLog audit, Clock clock, MessagingProperties properties, WebhookAddresses addresses) {
		this.addresses = addresses;
		this.store = store;
		this.audit = audit;
		this.clock = clock;
		this.properties = properties;
		this.http = HttpClient.newBuilder().connectTimeout(properties.webhookTimeout())
			.followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/** The webhook as its agency sees it; the secret only once, when it is set. */
	public record Webhook(String url, @Nullable String secret, Instant createdAt) {
	}

	/** A delivery as listed to the agency. */
	public record Delivery(String id, String notification, String status, int attempts, Instant nextAttemptAt,
			@Nullable Integer lastStatus, @Nullable String lastError, Instant createdAt, @Nullable Instant deliveredAt) {
	}

	/** Sets the agency's webhook (its SPOC); returns it with a new secret, shown this once. */
	@Transactional
	public Webhook set(Actor actor, @Nullable String url) {
		AgencyId agency = requireSpoc(actor);
		URI uri = validUrl(url);
		addresses.refusal(uri.getHost()).ifPresent(why -> {
			audit.appendIndependently(AuditEvent.of(actor.username(), agency.value(), "webhook.set").subject("webhook", agency.value())
				.outcome("REFUSED").detail("host", uri.getHost()).detail("why", why));
			throw Problem.badRequest("webhook-address-refused", "url refused: " + why).with("field", "url");
		});
		byte[] key = new byte[32];
		RANDOM.nextBytes(key);
		String secret = "whsec_" + HexFormat.of().formatHex(key);
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		store.saveWebhook(new NotificationStore.Webhook(agency, uri.toString(), secret, actor.username(), now));
		audit.append(AuditEvent.of(actor.username(), agency.value(), "webhook.set").subject("webhook", agency.value())
			.detail("host", uri.getHost()));
		return new Webhook(uri.toString(), secret, now);
	}

	@Transactional(readOnly = true)
	public @Nullable Webhook get(Actor actor) {
		return store.webhook(requireSpoc(actor)).map(w -> new Webhook(w.url(), null, w.createdAt())).orElse(null);
	}

	@Transactional
	public void remove(Actor actor) {
		AgencyId agency = requireSpoc(actor);
		if (!store.deleteWebhook(agency)) {
			throw Problem.notFound("webhook");
		}
		audit.append(AuditEvent.of(actor.username(), agency.value(), "webhook.remove").subject("webhook", agency.value()));
	}

	@Transactional(readOnly = true)
	public List<Delivery> deliveries(Actor actor) {
		return store.deliveries(requireSpoc(actor), 200).stream()
			.map(d -> new Delivery(d.id(), d.notificationId(), d.status(), d.attempts(), d.nextAttemptAt(), d.lastStatus(),
					d.lastError(), d.createdAt(), d.deliveredAt()))
			.toList();
	}

	/** Attempts every delivery that is due, one attempt each; returns how many were delivered. */
	public int deliverDue() {
		int delivered = 0;
		for (NotificationStore.Delivery d : store.due(clock.instant(), 50)) {
			Duration lease = properties.webhookTimeout().multipliedBy(3);
			if (store.claim(d, clock.instant().plus(lease))) {
				delivered += attempt(d) ? 1 : 0;
			}
		}
		return delivered;
	}

	private boolean attempt(NotificationStore.Delivery d) {
		NotificationStore.Webhook hook = store.webhook(d.agency()).orElse(null);
		int attempts = d.attempts() + 1;
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		if (hook == null) {
			store.attempted(d.id(), "FAILED", attempts, now, null, "the agency has no webhook any more", null);
			return false;
		}
		Integer status = null;
		String error;
		String refused = addresses.refusal(URI.create(hook.url()).getHost()).orElse(null);
		if (refused != null) {
			error = "address refused: " + refused; // not sent; retried, as DNS may answer otherwise later
		}
		else {
			try {
				status = post(hook, d, now);
				if (status >= 200 && status < 300) {
					store.attempted(d.id(), "DELIVERED", attempts, now, status, null, now);
					return true;
				}
				error = "HTTP " + status;
			}
			catch (java.io.IOException e) {
				error = e.getClass().getSimpleName();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				error = "interrupted";
			}
		}
		boolean giveUp = attempts >= properties.webhookMaxAttempts();
		Duration wait = properties.webhookBackoff().multipliedBy(1L << Math.min(attempts - 1, 20));
		store.attempted(d.id(), giveUp ? "FAILED" : "PENDING", attempts,
				giveUp ? now : now.plus(wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait), status, error, null);
		return false;
	}

	private int post(NotificationStore.Webhook hook, NotificationStore.Delivery d, Instant now)
			throws java.io.IOException, InterruptedException {
		String timestamp = Long.toString(now.getEpochSecond());
		return http.send(HttpRequest.newBuilder(URI.create(hook.url()))
			.timeout(properties.webhookTimeout())
			.header("Content-Type", "application/json")
			.header("User-Agent", "liaison-webhook/1")
			.header("X-Liaison-Delivery", d.id())
			.header("X-Liaison-Timestamp", timestamp)
			.header("X-Liaison-Signature", "sha256=" + sign(hook.secret(), timestamp + "." + d.payload()))
			.POST(HttpRequest.BodyPublishers.ofString(d.payload(), StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	/** HMAC-SHA256 of the text under the secret, in lower-case hex: what a receiver recomputes to verify. */
	public static String sign(String secret, String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private static AgencyId requireSpoc(Actor actor) {
		actor.require(Role.SPOC);
		return actor.requireAgency();
	}

	private static URI validUrl(@Nullable String url) {
		try {
			URI uri = url == null || url.length() > 2000 ? null : new URI(url);
			String scheme = uri == null || uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if (uri != null && (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null
					&& uri.getUserInfo() == null && uri.getFragment() == null) {
				return uri;
			}
		}
		catch (java.net.URISyntaxException e) {
			// refused below
		}
		throw Problem.invalid("url", "url must be an absolute http or https URL without credentials");
	}
}
