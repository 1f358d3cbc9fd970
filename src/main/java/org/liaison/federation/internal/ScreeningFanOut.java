package org.liaison.federation.internal;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.AgencyId;
import org.liaison.alerts.AlertId;
import org.liaison.alerts.AlertReplicas;
import org.liaison.federation.FederationProperties;
import org.liaison.federation.Peer;
import org.liaison.federation.Peers;
import org.liaison.screening.PeerScreening;
import org.liaison.screening.RemoteHits;
import org.liaison.screening.ScreeningQuery;
import org.liaison.screening.ScreeningResult;
import org.liaison.screening.ScreeningSubject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The asking side of remote screening: seals a {@code screening.request} to every peer hosting an agency
 * whose alerts the asker may query under this node's agreements, posts them all at once to
 * {@code /federation/v1/screening}, and waits for the answers until {@code liaison.federation.screening-budget}
 * has passed. A peer is ANSWERED (its hits, only those on alerts of agencies it hosts), REFUSED (403 or
 * a sealed refusal, with the reason), TIMED_OUT, or UNREACHABLE (no connection, another status, or an
 * answer that does not check out). A hit the peer recorded comes with its alert: the alert is kept as a
 * replica and the hit as the asker's, so that the officer lists it and the owner's answer comes back.
 */
@Component
class ScreeningFanOut implements PeerScreening {

	private static final Logger logger = LoggerFactory.getLogger(ScreeningFanOut.class);

	private record Asked(Peer peer, AgencyId asker, String askedBy, ScreeningQuery query, Envelopes.Sealed request,
			CompletableFuture<Reply> reply) {
	}

	/** The peer's HTTP answer, and on a 200 its answer envelope opened (or why it does not check out). */
	private record Reply(HttpResponse<String> response, long latencyMs, @Nullable Opened opened) {
	}

	private record Opened(Envelopes.@Nullable Read<ScreeningRequests.Answer> read, @Nullable Rejection rejection) {
	}

	private final Envelopes envelopes;
	private final Peers peers;
	private final QueryAgreements permission;
	private final Transport transport;
	private final ObjectMapper json;
	private final FederationProperties properties;
	private final AlertReplicas replicas;
	private final RemoteHits hits;

	ScreeningFanOut(Envelopes envelopes, Peers peers, QueryAgreements permission, Transport transport, ObjectMapper json,
			FederationProperties properties, AlertReplicas replicas, RemoteHits hits) {
		this.replicas = replicas;
		this.hits = hits;
		this.envelopes = envelopes;
		this.peers = peers;
		this.permission = permission;
		this.transport = transport;
		this.json = json;
		this.properties = properties;
	}

	@Override
	public List<Answer> ask(AgencyId asker, String askedBy, ScreeningSubject subject, ScreeningQuery query,
			Set<AlertId> known) {
		long deadline = System.nanoTime() + properties.screeningBudget().toNanos();
		List<Peer> permitted = peers.all().stream()
			.filter(peer -> permission.permits(asker, peer.agencies(), query.category()))
			.toList();
		// sealed concurrently (a signature and a key agreement each), each posted as soon as it is sealed
		List<Asked> asked = permitted.parallelStream().map(peer -> {
			// only that peer's own alerts: which alerts of others the subject hit is none of its business
			Set<AlertId> its = known.stream()
				.filter(id -> replicas.originOf(id).filter(peer.id().value()::equals).isPresent())
				.collect(java.util.stream.Collectors.toSet());
			var request = envelopes.seal(peer.id(), ScreeningRequests.REQUEST, new ScreeningRequests.Request(asker, subject, its));
			long started = System.nanoTime();
			return new Asked(peer, asker, askedBy, query, request, transport
				.postAsync(peer.baseUrl(), "/federation/v1/screening", Map.of("request", request.compact()),
						properties.screeningBudget())
				.thenApply(response -> new Reply(response, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
						response.statusCode() == 200 ? open(peer, response.body()) : null)));
		}).toList();
		List<Answer> answers = new ArrayList<>();
		for (Asked a : asked) {
			answers.add(await(a, deadline));
		}
		return answers;
	}

	/** Opens an answer where it arrives (on the HTTP client's thread, the answers of several peers at once). */
	private Opened open(Peer peer, String body) {
		try {
			String compact = field(body, "answer");
			if (compact == null) {
				throw new Rejection(Rejection.Reason.MALFORMED, "no answer envelope");
			}
			return new Opened(envelopes.open(compact, ScreeningRequests.ANSWER, peer.id(), ScreeningRequests.Answer.class), null);
		}
		catch (Rejection r) {
			return new Opened(null, r);
		}
	}

	private Answer await(Asked a, long deadline) {
		String node = a.peer().id().value();
		Reply reply;
		try {
			reply = a.reply().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException e) {
			a.reply().cancel(true);
			return new Answer(node, Status.TIMED_OUT, List.of(), null, "no answer within " + properties.screeningBudget());
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof HttpTimeoutException) {
				return new Answer(node, Status.TIMED_OUT, List.of(), null, "no answer within " + properties.screeningBudget());
			}
			return new Answer(node, Status.UNREACHABLE, List.of(), null, e.getCause() instanceof IOException io
					? Transport.why(io) : String.valueOf(e.getCause().getMessage()));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new Answer(node, Status.UNREACHABLE, List.of(), null, "interrupted");
		}
		long latency = reply.latencyMs();
		HttpResponse<String> response = reply.response();
		if (response.statusCode() == 403) {
			return new Answer(node, Status.REFUSED, List.of(), latency, field(response.body(), "reason"));
		}
		if (response.statusCode() != 200 || reply.opened() == null) {
			return new Answer(node, Status.UNREACHABLE, List.of(), latency, "peer answered HTTP " + response.statusCode());
		}
		try {
			return opened(a, latency, reply.opened());
		}
		catch (Rejection r) {
			return new Answer(node, Status.UNREACHABLE, List.of(), latency, "the answer does not check out: " + r.reason());
		}
	}

	private Answer opened(Asked a, long latency, Opened opened) {
		if (opened.rejection() != null) {
			throw opened.rejection();
		}
		Envelopes.Read<ScreeningRequests.Answer> read = java.util.Objects.requireNonNull(opened.read());
		ScreeningRequests.Answer answer = read.payload();
		if (!a.request().id().equals(answer.request()) || answer.status() == null) {
			throw new Rejection(Rejection.Reason.INVALID_PAYLOAD, "the answer answers another request", read.header());
		}
		// a peer answers for the agencies it hosts, never for others
		if (answer.status() != Status.ANSWERED || answer.hits() == null) {
			return new Answer(a.peer().id().value(), Status.REFUSED, List.of(), latency, answer.reason());
		}
		List<ScreeningResult.Hit> hits = answer.hits().stream().filter(h -> a.peer().agencies().contains(h.owner())).toList();
		if (answer.recorded() != null) {
			answer.recorded().forEach(r -> keep(a, r));
		}
		return new Answer(a.peer().id().value(), Status.ANSWERED, hits, latency, null);
	}

	/** Keeps a hit the peer recorded for the asker, and the alert it hit as a replica, when both are the peer's to give. */
	private void keep(Asked a, ScreeningRequests.Recorded r) {
		String node = a.peer().id().value();
		if (r.hit() == null || r.alert() == null || !a.peer().agencies().contains(r.alert().owner())
				|| !r.alert().owner().equals(r.hit().owner()) || !r.alert().id().equals(r.hit().alert())
				|| !a.asker().equals(r.hit().asker())) {
			logger.warn("federation: {} answered a screening with a hit it cannot report; not kept", node);
			return;
		}
		try {
			replicas.apply(r.alert(), node);
			hits.keepAsked(r.hit(), node, a.askedBy(), a.query());
		}
		catch (IllegalArgumentException e) {
			logger.warn("federation: a hit {} reported in its screening answer is not kept: {}", node, e.getMessage());
		}
	}

	private @Nullable String field(String body, String name) {
		try {
			JsonNode value = json.readTree(body).path(name);
			return value.isString() ? value.asString() : null;
		}
		catch (RuntimeException e) {
			return null;
		}
	}
}
