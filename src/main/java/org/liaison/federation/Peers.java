package org.liaison.federation;

import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import org.liaison.agency.Actor;
import org.liaison.agency.AgencyId;
import org.liaison.agency.Role;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.liaison.common.Problem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The peer registry: nodes whose public keys a NODE_ADMIN pinned, and which agencies each hosts (an
 * agency is hosted on exactly one node; one not hosted by a peer is hosted here). Reads are served from
 * memory and reloaded after every change.
 */
@Service
public class Peers {

	/** A peer as this node uses it: its entry and its pinned public keys. */
	public record Pinned(Peer peer, JWKSet keys) {

		public List<ECKey> signingKeys() {
			return keysFor(KeyUse.SIGNATURE);
		}

		public Optional<ECKey> encryptionKey() {
			return keysFor(KeyUse.ENCRYPTION).stream().findFirst();
		}

		private List<ECKey> keysFor(KeyUse use) {
			return keys.getKeys().stream().filter(k -> k instanceof ECKey && use.equals(k.getKeyUse()))
				.map(k -> (ECKey) k).toList();
		}
	}

	private final JdbcClient jdbc;
	private final org.liaison.agency.Agencies agencies;
	private final AuditLog audit;
	private final Clock clock;
	private final FederationProperties properties;
	private volatile Map<NodeId, Pinned> peers = Map.of();
	private volatile Map<AgencyId, NodeId> hosting = Map.of();
	private volatile boolean loaded;

	Peers(JdbcClient jdbc, org.liaison.agency.Agencies agencies, AuditLog audit, Clock clock,
			FederationProperties properties) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.audit = audit;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * Pins a peer's public keys (NODE_ADMIN). Every key must be a public P-256 key with a use, and the
	 * fingerprints the administrator compared out of band must be exactly those of the keys.
	 */
	@Transactional
	public Peer add(Actor actor, NodeId id, URI baseUrl, JWKSet keys, Collection<String> fingerprints,
			Collection<AgencyId> agencies) {
		actor.require(Role.NODE_ADMIN);
		if (id.equals(properties.node())) {
			throw Problem.invalid("nodeId", "a node cannot be its own peer");
		}
		checkUrl(baseUrl);
		for (AgencyId agency : agencies) {
			if (this.agencies.find(agency).isEmpty()) {
				throw Problem.invalid("agencies", "register agency " + agency + " on this node before naming its host");
			}
		}
		List<String> thumbprints = thumbprints(keys);
		if (!new TreeSet<>(thumbprints).equals(new TreeSet<>(fingerprints))) {
			throw Problem.badRequest("fingerprint-mismatch",
					"the fingerprints given are not those of the keys: compare them again with the peer's administrator");
		}
		OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
		try {
			jdbc.sql("INSERT INTO federation_peer (node_id, base_url, public_keys, added_by, added_at) VALUES (?, ?, ?, ?, ?)")
				.params(id.value(), baseUrl.toString(), keys.toPublicJWKSet().toString(), actor.username(), now)
				.update();
			for (AgencyId agency : agencies) {
				jdbc.sql("INSERT INTO federation_hosting (agency_id, node_id) VALUES (?, ?)").params(agency.value(), id.value())
					.update();
			}
		}
		catch (DuplicateKeyException e) {
			throw Problem.conflict("duplicate-peer", "this node, or one of the agencies, is already registered");
		}
		audit.append(AuditEvent.of(actor.username(), actor.agencyOrNode(), "federation.peer.add")
			.subject("node", id.value())
			.detail("baseUrl", baseUrl)
			.detail("fingerprints", thumbprints)
			.detail("agencies", new TreeSet<>(agencies).toString()));
		afterCommitReload();
		return new Peer(id, baseUrl, thumbprints, Set.copyOf(agencies), actor.username(), now.toInstant());
	}

	/** Removes a peer and its hosting entries (NODE_ADMIN); its queued messages stay until retried or dropped. */
	@Transactional
	public void remove(Actor actor, NodeId id) {
		actor.require(Role.NODE_ADMIN);
		jdbc.sql("DELETE FROM federation_hosting WHERE node_id = ?").param(id.value()).update();
		if (jdbc.sql("DELETE FROM federation_peer WHERE node_id = ?").param(id.value()).update() == 0) {
			throw Problem.notFound("peer " + id);
		}
		audit.append(AuditEvent.of(actor.username(), actor.agencyOrNode(), "federation.peer.remove").subject("node", id.value()));
		afterCommitReload();
	}

	/** Replaces the pinned keys of a peer: a key rotation it announced, signed with a key already pinned. */
	@Transactional
	public void repin(NodeId id, JWKSet keys) {
		thumbprints(keys);
		jdbc.sql("UPDATE federation_peer SET public_keys = ? WHERE node_id = ?")
			.params(keys.toPublicJWKSet().toString(), id.value()).update();
		afterCommitReload();
	}

	public List<Peer> all() {
		return snapshot().values().stream().map(Pinned::peer).sorted(java.util.Comparator.comparing(Peer::id)).toList();
	}

	public Optional<Pinned> find(NodeId id) {
		return Optional.ofNullable(snapshot().get(id));
	}

	/** The peer hosting the agency, or empty when the agency is hosted here (or unknown). */
	public Optional<NodeId> hostOf(AgencyId agency) {
		snapshot();
		return Optional.ofNullable(hosting.get(agency));
	}

	/** Whether a peer (not this node) hosts the agency. */
	public boolean isRemote(AgencyId agency) {
		return hostOf(agency).isPresent();
	}

	/** Reads the registry again from the database (after a change, or another replica's change). */
	public synchronized void reload() {
		Map<NodeId, Set<AgencyId>> hosted = new ConcurrentHashMap<>();
		Map<AgencyId, NodeId> hostMap = new ConcurrentHashMap<>();
		jdbc.sql("SELECT agency_id, node_id FROM federation_hosting").query((rs, n) -> {
			NodeId node = NodeId.of(rs.getString("node_id"));
			AgencyId agency = AgencyId.of(rs.getString("agency_id"));
			hostMap.put(agency, node);
			hosted.computeIfAbsent(node, k -> new TreeSet<>()).add(agency);
			return null;
		}).list();
		Map<NodeId, Pinned> out = new ConcurrentHashMap<>();
		jdbc.sql("SELECT * FROM federation_peer").query((rs, n) -> {
			NodeId node = NodeId.of(rs.getString("node_id"));
			JWKSet keys;
			try {
				keys = JWKSet.parse(rs.getString("public_keys"));
			}
			catch (ParseException e) {
				throw new IllegalStateException("pinned keys of " + node + " are not a JWK set", e);
			}
			Peer peer = new Peer(node, URI.create(rs.getString("base_url")), thumbprints(keys),
					hosted.getOrDefault(node, Set.of()), rs.getString("added_by"),
					rs.getObject("added_at", OffsetDateTime.class).toInstant());
			out.put(node, new Pinned(peer, keys));
			return null;
		}).list();
		peers = Map.copyOf(out);
		hosting = Map.copyOf(hostMap);
		loaded = true;
	}

	private Map<NodeId, Pinned> snapshot() {
		if (!loaded) {
			reload();
		}
		return peers;
	}

	private void afterCommitReload() {
		if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
			org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
					new org.springframework.transaction.support.TransactionSynchronization() {
						@Override
						public void afterCompletion(int status) {
							reload();
						}
					});
		}
		else {
			reload();
		}
	}

	private void checkUrl(URI url) {
		String scheme = url.getScheme();
		if ("https".equals(scheme) || ("http".equals(scheme) && properties.allowPlainHttp())) {
			if (url.getHost() == null) {
				throw Problem.invalid("baseUrl", "the base URL has no host");
			}
			return;
		}
		throw Problem.invalid("baseUrl", "peers are reached over https (plain http only with liaison.federation.allow-plain-http)");
	}

	/** The RFC 7638 thumbprints of the keys; a 400 problem for anything but public P-256 keys with a use. */
	static List<String> thumbprints(JWKSet keys) {
		List<String> out = new ArrayList<>();
		boolean signing = false;
		boolean encryption = false;
		for (JWK k : keys.getKeys()) {
			if (!(k instanceof ECKey ec) || !ECKey.SUPPORTED_CURVES.contains(ec.getCurve())
					|| !com.nimbusds.jose.jwk.Curve.P_256.equals(ec.getCurve()) || k.isPrivate() || k.getKeyUse() == null) {
				throw Problem.invalid("keys", "every key must be a public P-256 key with a use (sig or enc)");
			}
			signing |= KeyUse.SIGNATURE.equals(k.getKeyUse());
			encryption |= KeyUse.ENCRYPTION.equals(k.getKeyUse());
			try {
				out.add(k.computeThumbprint().toString());
			}
			catch (com.nimbusds.jose.JOSEException e) {
				throw Problem.invalid("keys", "a key has no thumbprint");
			}
		}
		if (!signing || !encryption) {
			throw Problem.invalid("keys", "a peer needs a signing key and an encryption key");
		}
		return out;
	}
}
