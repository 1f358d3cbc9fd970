package org.liaison.federation.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.liaison.alerts.Alert;
import org.liaison.alerts.AlertReplicas;
import org.liaison.federation.FederationProperties;
import org.liaison.federation.NodeId;
import org.liaison.federation.Peer;
import org.liaison.federation.Peers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * Catches up with each peer's alert log from the cursor this node stored for it: asks for the changes
 * after the cursor, applies each page (versions make a repeated or older state change nothing) and moves
 * the cursor in the same transaction, until the peer says nothing more follows. Runs every
 * {@code liaison.federation.sync-interval}, so a peer pinned late, or this node after an outage, gets
 * every alert it may see without the peer sending everything again.
 */
@Component
class AlertCatchUp {

	private static final Logger logger = LoggerFactory.getLogger(AlertCatchUp.class);

	private final AlertSync sync;
	private final Peers peers;
	private final AlertReplicas replicas;
	private final JdbcClient jdbc;
	private final TransactionTemplate tx;
	private final ObjectMapper json;
	private final FederationProperties properties;
	private final Clock clock;
	private final HttpClient http;
	private final int pageSize;

	AlertCatchUp(AlertSync sync, Peers peers, AlertReplicas replicas, JdbcClient jdbc, TransactionTemplate tx,
			ObjectMapper json, FederationProperties properties, Clock clock, SslBundles bundles,
			@Value("${liaison.federation.sync-page-size:1000}") int pageSize) {
		this.sync = sync;
		this.peers = peers;
		this.replicas = replicas;
		this.jdbc = jdbc;
		this.tx = tx;
		this.json = json;
		this.properties = properties;
		this.clock = clock;
		this.pageSize = pageSize;
		HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(properties.timeout()).version(HttpClient.Version.HTTP_1_1);
		if (properties.sslBundle() != null && !properties.sslBundle().isBlank()) {
			b.sslContext(bundles.getBundle(properties.sslBundle()).createSslContext());
		}
		this.http = b.build();
	}

	@Scheduled(fixedDelayString = "${liaison.federation.sync-interval:PT30S}",
			initialDelayString = "${liaison.federation.sync-initial-delay:PT2S}")
	void run() {
		for (Peer peer : peers.all()) {
			try {
				catchUp(peer.id());
			}
			catch (RuntimeException e) {
				logger.warn("federation: catching up with {} failed: {}", peer.id(), e.getMessage());
				note(peer.id(), e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
			}
		}
	}

	/** Catches up with one peer until it has nothing more; returns how many alert states changed here. */
	synchronized long catchUp(NodeId peer) {
		URI base = peers.find(peer).orElseThrow(() -> new IllegalStateException("no peer " + peer)).peer().baseUrl();
		long changed = 0;
		while (true) {
			long cursor = cursor(peer);
			Envelopes.Sealed request = sync.request(peer, cursor, pageSize);
			AlertSync.Page page = sync.open(fetch(base, request.compact()), peer, request.id());
			List<Alert> mine = page.alerts().stream()
				.filter(a -> peer.equals(peers.hostOf(a.owner()).orElse(null)))
				.toList();
			if (mine.size() < page.alerts().size()) {
				logger.warn("federation: {} sent {} alerts of agencies it does not host; skipped", peer,
						page.alerts().size() - mine.size());
			}
			changed += tx.execute(status -> {
				int n = mine.isEmpty() ? 0 : replicas.applyAll(mine, peer.value());
				store(peer, cursor, page.next());
				return (long) n;
			});
			if (!page.more() || page.next() <= cursor) {
				return changed;
			}
		}
	}

	long cursor(NodeId peer) {
		return jdbc.sql("SELECT after_seq FROM federation_sync_cursor WHERE peer = ?").param(peer.value())
			.query(Long.class).optional().orElse(0L);
	}

	private void store(NodeId peer, long expected, long next) {
		OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
		int n = jdbc.sql("UPDATE federation_sync_cursor SET after_seq = ?, synced_at = ?, last_error = NULL "
				+ "WHERE peer = ? AND after_seq = ?").params(next, now, peer.value(), expected).update();
		if (n == 0) {
			if (expected != 0) {
				throw new IllegalStateException("the cursor for " + peer + " moved meanwhile");
			}
			jdbc.sql("INSERT INTO federation_sync_cursor (peer, after_seq, synced_at) VALUES (?, ?, ?)")
				.params(peer.value(), next, now).update();
		}
	}

	private void note(NodeId peer, String error) {
		String e = error.length() <= 1000 ? error : error.substring(0, 1000);
		jdbc.sql("UPDATE federation_sync_cursor SET last_error = ? WHERE peer = ?").params(e, peer.value()).update();
	}

	private String fetch(URI base, String request) {
		if (!"https".equals(base.getScheme()) && !properties.allowPlainHttp()) {
			throw new IllegalStateException("plain http refused: the peer must be reached over https");
		}
		HttpRequest r = HttpRequest.newBuilder(base.resolve("/federation/v1/sync"))
			.timeout(properties.timeout().multipliedBy(6))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("request", request))))
			.build();
		HttpResponse<String> response;
		try {
			response = http.send(r, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new IllegalStateException("peer unreachable: " + e.getClass().getSimpleName());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted");
		}
		if (response.statusCode() != 200) {
			throw new IllegalStateException("peer answered HTTP " + response.statusCode() + ": "
					+ response.body().substring(0, Math.min(300, response.body().length())));
		}
		return json.readTree(response.body()).path("page").asString();
	}
}
