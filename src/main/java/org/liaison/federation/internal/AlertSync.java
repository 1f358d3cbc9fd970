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

	private record Visibility(AgencyId owner, DisclosureItem item, Set<Purpose> purposes) {
	}

	private final Envelopes envelopes;
	private final Peers peers;
	private final AlertLog log;
	private final AlertReplicas replicas;
	private final AlertForwarding forwarding;
	private final AuditLog audit;
	private final Clock clock;
	private final Duration settle;

	AlertSync(Envelopes envelopes, Peers peers, AlertLog log, AlertReplicas replicas, AlertForwarding forwarding, AuditLog audit,
			Clock clock,
			@Value("${liaison.federation.sync-settle:PT2S}") Duration settle) {
		this.envelopes = envelopes;
		this.peers = peers;
		this.log = log;
		this.replicas = replicas;
		this.forwarding = forwarding;
		this.audit = audit;
		this.clock = clock;
		this.settle = settle;
	}

	/** Answers a sealed request with a sealed page; a {@link Rejection} for a request that does not check out. */
	String answer(String compact) {
		Instant now = clock.instant();
		Envelopes.Read<Request> read = envelopes.open(compact, REQUEST, null, Request.class);
		EnvelopeHeader h = read.header();
		Request request = read.payload();
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
		return envelopes.seal(h.sender(), PAGE, page).compact();
	}

	/** Seals a request to {@code peer} for the changes after {@code after}. */
	Envelopes.Sealed request(NodeId peer, long after, int limit) {
		return envelopes.seal(peer, REQUEST, new Request(after, limit));
	}

	/** Opens a page from {@code peer} that must answer {@code requestId}. */
	Page open(String compact, NodeId peer, String requestId) {
		Envelopes.Read<Page> read = envelopes.open(compact, PAGE, peer, Page.class);
		if (!requestId.equals(read.payload().request())) {
			throw new Rejection(Reason.INVALID_PAYLOAD, "the page answers another request", read.header());
		}
		return read.payload();
	}
}
