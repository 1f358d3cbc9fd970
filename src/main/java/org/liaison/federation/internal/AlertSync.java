package org.liaison.federation.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.liaison.agency.AgencyId;
import org.liaison.alerts.Alert;
import org.liaison.alerts.AlertId;
import org.liaison.alerts.AlertReplicas;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.liaison.federation.FederationProperties;
import org.liaison.federation.NodeId;
import org.liaison.federation.Peers;
import org.liaison.federation.internal.Rejection.Reason;
import org.liaison.treaty.DisclosureItem;
import org.liaison.treaty.Purpose;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Serves catch-up pages of this node's alert log to peers. The request is an envelope of type
 * {@code sync.request} (signed by a pinned peer, encrypted to this node, within its validity window); the
 * page is an envelope of type {@code sync.page} signed by this node and encrypted to the requester,
 * naming the request it answers. A page holds the current state of each alert changed after the cursor
 * that an agency of the requester may see today, the position to ask from next, and whether more follows.
 */
@Component
class AlertSync {

	static final String REQUEST = "sync.request";
	static final String PAGE = "sync.page";
	static final int MAX_PAGE = 5000;

	record Request(long after, int limit) {
	}

	record Page(String request, List<Alert> alerts, long next, boolean more) {
	}

	/** A sealed request and its message id, which the page must name. */
	record Sealed(String id, String compact) {
	}

	private record Visibility(AgencyId owner, DisclosureItem item, Set<Purpose> purposes) {
	}

	private final NodeKeys keys;
	private final Peers peers;
	private final AlertLog log;
	private final AlertReplicas replicas;
	private final AlertForwarding forwarding;
	private final AuditLog audit;
	private final ObjectMapper json;
	private final FederationProperties properties;
	private final Clock clock;
	private final Duration settle;

	AlertSync(NodeKeys keys, Peers peers, AlertLog log, AlertReplicas replicas, AlertForwarding forwarding, AuditLog audit,
			ObjectMapper json, FederationProperties properties, Clock clock,
			@Value("${liaison.federation.sync-settle:PT2S}") Duration settle) {
		this.keys = keys;
		this.peers = peers;
		this.log = log;
		this.replicas = replicas;
		this.forwarding = forwarding;
		this.audit = audit;
		this.json = json;
		this.properties = properties;
		this.clock = clock;
		this.settle = settle;
	}

	/** Answers a sealed request with a sealed page; a {@link Rejection} for a request that does not check out. */
	String answer(String compact) {
		Instant now = clock.instant();
		EnvelopeCodec.Opened opened = EnvelopeCodec.open(compact, properties.node(), keys::decryptionKey,
				sender -> peers.find(sender).map(Peers.Pinned::signingKeys).orElse(List.of()), now, properties.clockSkew());
		EnvelopeHeader h = opened.header();
		if (!REQUEST.equals(h.type())) {
			throw new Rejection(Reason.UNSUPPORTED_TYPE, "expected a " + REQUEST, h);
		}
		Request request;
		try {
			request = json.readValue(new String(opened.payload(), StandardCharsets.UTF_8), Request.class);
		}
		catch (RuntimeException e) {
			throw new Rejection(Reason.INVALID_PAYLOAD, "not a sync request", h);
		}
		Peers.Pinned peer = peers.find(h.sender()).orElseThrow(() -> new Rejection(Reason.UNKNOWN_SENDER, "no such peer", h));
		int limit = Math.max(1, Math.min(MAX_PAGE, request.limit()));
		List<AlertLog.Entry> entries = log.after(Math.max(0, request.after()), limit, now.minus(settle));
		Set<AlertId> ids = new LinkedHashSet<>();
		entries.forEach(e -> ids.add(e.alert()));
		Map<Visibility, Boolean> visible = new HashMap<>();
		List<Alert> alerts = new ArrayList<>();
		for (Alert a : replicas.currentOwnedHere(ids)) {
			if (visible.computeIfAbsent(new Visibility(a.owner(), a.asItem(), a.purposes()),
					v -> forwarding.visibleToAny(a, peer.peer().agencies()))) {
				alerts.add(a);
			}
		}
		long next = entries.isEmpty() ? Math.max(0, request.after()) : entries.get(entries.size() - 1).seq();
		Page page = new Page(h.id(), alerts, next, entries.size() == limit);
		audit.appendIndependently(AuditEvent.of("federation:" + h.sender(), "NODE", "federation.sync.serve")
			.subject("node", h.sender().value())
			.outcome("SERVED")
			.detail("after", request.after())
			.detail("next", next)
			.detail("alerts", alerts.size()));
		EnvelopeHeader out = new EnvelopeHeader(UUID.randomUUID().toString(), properties.node(), h.sender(), PAGE, now, now,
				now.plus(properties.envelopeTtl()));
		return EnvelopeCodec.seal(out, json.writeValueAsBytes(page), keys.signingKey(),
				peer.encryptionKey().orElseThrow(() -> new Rejection(Reason.UNKNOWN_SENDER, "no encryption key pinned", h)));
	}

	/** Seals a request to {@code peer} for the changes after {@code after}. */
	Sealed request(NodeId peer, long after, int limit) {
		Instant now = clock.instant();
		EnvelopeHeader h = new EnvelopeHeader(UUID.randomUUID().toString(), properties.node(), peer, REQUEST, now, now,
				now.plus(properties.envelopeTtl()));
		var key = peers.find(peer).flatMap(Peers.Pinned::encryptionKey)
			.orElseThrow(() -> new IllegalStateException("no encryption key pinned for " + peer));
		return new Sealed(h.id(), EnvelopeCodec.seal(h, json.writeValueAsBytes(new Request(after, limit)), keys.signingKey(), key));
	}

	/** Opens a page from {@code peer} that must answer {@code requestId}. */
	Page open(String compact, NodeId peer, String requestId) {
		EnvelopeCodec.Opened opened = EnvelopeCodec.open(compact, properties.node(), keys::decryptionKey,
				sender -> peers.find(sender).map(Peers.Pinned::signingKeys).orElse(List.of()), clock.instant(),
				properties.clockSkew());
		EnvelopeHeader h = opened.header();
		if (!PAGE.equals(h.type()) || !peer.equals(h.sender())) {
			throw new Rejection(Reason.UNSUPPORTED_TYPE, "expected a " + PAGE + " from " + peer, h);
		}
		Page page = json.readValue(new String(opened.payload(), StandardCharsets.UTF_8), Page.class);
		if (!requestId.equals(page.request())) {
			throw new Rejection(Reason.INVALID_PAYLOAD, "the page answers another request", h);
		}
		return page;
	}
}
