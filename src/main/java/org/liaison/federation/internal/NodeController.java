package org.liaison.federation.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.jwk.JWK;
import org.liaison.agency.Actor;
import org.liaison.agency.Agencies;
import org.liaison.agency.Role;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.liaison.federation.FederationProperties;
import org.liaison.federation.Peers;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * This node's identity: the public node document at {@code /.well-known/liaison-node} (node id, public
 * keys, their fingerprints, the agencies hosted here), and key rotation for a NODE_ADMIN.
 */
@RestController
class NodeController {

	private final NodeKeys keys;
	private final Agencies agencies;
	private final Peers peers;
	private final AuditLog audit;
	private final FederationProperties properties;
	private final org.liaison.federation.Outbox outbox;

	NodeController(NodeKeys keys, Agencies agencies, Peers peers, AuditLog audit, FederationProperties properties,
			org.liaison.federation.Outbox outbox) {
		this.outbox = outbox;
		this.keys = keys;
		this.agencies = agencies;
		this.peers = peers;
		this.audit = audit;
		this.properties = properties;
	}

	@GetMapping("/.well-known/liaison-node")
	Map<String, Object> document() {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("nodeId", properties.node());
		out.put("keys", keys.publicKeys().toJSONObject(true));
		out.put("fingerprints", fingerprints());
		out.put("agencies", agencies.all().stream().filter(a -> !peers.isRemote(a.id())).toList());
		return out;
	}

	@GetMapping("/api/v1/federation/node")
	Map<String, Object> node(Actor actor) {
		actor.require(Role.NODE_ADMIN);
		return document();
	}

	@PostMapping("/api/v1/federation/node/keys/rotate")
	@Transactional
	Map<String, Object> rotate(Actor actor) {
		actor.require(Role.NODE_ADMIN);
		keys.rotate();
		for (org.liaison.federation.Peer peer : peers.all()) {
			outbox.enqueue(peer.id(), NodeKeysHandler.TYPE, Map.of("keys", keys.publicKeys().toJSONObject(true)));
		}
		audit.append(AuditEvent.of(actor.username(), actor.agencyOrNode(), "federation.keys.rotate")
			.subject("node", properties.nodeId())
			.detail("fingerprints", fingerprints()));
		return document();
	}

	private List<Map<String, String>> fingerprints() {
		return keys.publicKeys().getKeys().stream()
			.map((JWK k) -> Map.of("use", k.getKeyUse().identifier(), "fingerprint", k.getKeyID()))
			.toList();
	}
}
