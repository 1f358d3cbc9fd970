package org.liaison.federation.internal;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Agencies;
import org.liaison.agency.AgencyId;
import org.liaison.alerts.Alert;
import org.liaison.alerts.AlertId;
import org.liaison.alerts.AlertReplicas;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.liaison.federation.Peers;
import org.liaison.federation.internal.Rejection.Reason;
import org.liaison.screening.PeerScreening;
import org.liaison.screening.RemoteHits;
import org.liaison.screening.Screening;
import org.liaison.screening.ScreeningQuery;
import org.liaison.screening.ScreeningResult;
import org.liaison.screening.ScreeningSubject;
import org.springframework.stereotype.Component;

/**
 * Answers screening requests of peers (Prüm style). The request is an envelope of type
 * {@code screening.request} from a pinned peer, answered once (its id is kept as a replay guard); the
 * peer must host the asking agency, and this node's copy of the agreements must let the asker query
 * the alerts of some agency hosted here for the category screened, or the answer is REFUSED with the
 * reason. Otherwise the subject is screened against the alerts of agencies hosted here (not replicas),
 * each hit recorded and its owner notified as for a local screening, and the answer, a
 * {@code screening.answer} envelope naming the request, carries what each owner may disclose, and each
 * hit recorded with its alert (which the owner may disclose to the asker, as {@code alert.state} would).
 */
@Component
class ScreeningRequests {

	static final String REQUEST = "screening.request";
	static final String ANSWER = "screening.answer";
	static final String NO_AGREEMENT = "NO_AGREEMENT";

	record Request(AgencyId asker, ScreeningSubject subject, @Nullable Set<AlertId> known) {
	}

	/** A hit the peer recorded, with the alert it hit, so that the asker can keep both. */
	record Recorded(RemoteHits.ReportedHit hit, Alert alert) {
	}

	record Answer(String request, PeerScreening.Status status, @Nullable String reason, List<ScreeningResult.Hit> hits,
			@Nullable List<Recorded> recorded) {
	}

	private final Envelopes envelopes;
	private final Inbox inbox;
	private final Peers peers;
	private final Agencies agencies;
	private final QueryAgreements permission;
	private final Screening screening;
	private final AlertReplicas replicas;
	private final AuditLog audit;

	ScreeningRequests(Envelopes envelopes, Inbox inbox, Peers peers, Agencies agencies, QueryAgreements permission,
			Screening screening, AlertReplicas replicas, AuditLog audit) {
		this.replicas = replicas;
		this.envelopes = envelopes;
		this.inbox = inbox;
		this.peers = peers;
		this.agencies = agencies;
		this.permission = permission;
		this.screening = screening;
		this.audit = audit;
	}

	/** Answers a sealed request with a sealed answer; a {@link Rejection} for a request that does not check out. */
	String answer(String compact) {
		Envelopes.Read<Request> read = envelopes.open(compact, REQUEST, null, Request.class);
		EnvelopeHeader h = read.header();
		Request request = read.payload();
		if (request.asker() == null || request.subject() == null) {
			throw new Rejection(Reason.INVALID_PAYLOAD, "a screening request names its asker and subject", h);
		}
		inbox.remember(h);
		if (!h.sender().equals(peers.hostOf(request.asker()).orElse(null))) {
			throw new Rejection(Reason.NOT_HOSTED_BY_SENDER, request.asker() + " is not hosted by " + h.sender(), h);
		}
		ScreeningQuery query;
		try {
			query = request.subject().query();
		}
		catch (RuntimeException e) {
			throw new Rejection(Reason.INVALID_PAYLOAD, "the subject is not one this node screens", h);
		}
		List<AgencyId> hostedHere = agencies.all().stream().map(a -> a.id()).filter(id -> !peers.isRemote(id)).toList();
		Answer answer;
		if (!permission.permits(request.asker(), hostedHere, query.category())) {
			audit.append(AuditEvent.of("federation:" + h.sender(), request.asker().value(), "screening.remote-query")
				.subject("screening", query.getClass().getSimpleName())
				.outcome("REFUSED")
				.detail("node", h.sender().value())
				.detail("reason", NO_AGREEMENT));
			answer = new Answer(h.id(), PeerScreening.Status.REFUSED, NO_AGREEMENT, List.of(), List.of());
		}
		else {
			Screening.PeerAnswer found = screening.screenForPeer(request.asker(), h.sender().value(), query,
					request.known() == null ? Set.of() : request.known());
			List<Recorded> recorded = found.recorded().stream()
				.map(hit -> new Recorded(hit, replicas.current(hit.alert()).orElseThrow()))
				.toList();
			answer = new Answer(h.id(), PeerScreening.Status.ANSWERED, null, found.result().hits(), recorded);
		}
		return envelopes.seal(h.sender(), ANSWER, answer).compact();
	}
}
