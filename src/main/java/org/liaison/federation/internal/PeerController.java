package org.liaison.federation.internal;

import java.net.URI;
import java.text.ParseException;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.jwk.JWKSet;
import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.agency.AgencyId;
import org.liaison.agency.Role;
import org.liaison.common.Problem;
import org.liaison.federation.NodeId;
import org.liaison.federation.Peer;
import org.liaison.federation.PeerEnrolment;
import org.liaison.federation.Peers;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/federation/peers}: a NODE_ADMIN pins a peer after comparing its key fingerprints out of
 * band. The keys may be given (from the peer's node document, passed on by hand), or fetched from the
 * peer's {@code /.well-known/liaison-node}; either way they are pinned only if their fingerprints are
 * exactly those the administrator typed.
 */
@RestController
class PeerController {

	record NewPeer(String nodeId, String baseUrl, @Nullable Map<String, Object> keys, List<String> fingerprints,
			List<String> agencies) {
	}

	private final Peers peers;
	private final PeerEnrolment enrolment;

	PeerController(Peers peers, PeerEnrolment enrolment) {
		this.peers = peers;
		this.enrolment = enrolment;
	}

	@GetMapping("/api/v1/federation/peers")
	List<Peer> list(Actor actor) {
		actor.require(Role.NODE_ADMIN);
		return peers.all();
	}

	@PostMapping("/api/v1/federation/peers")
	@ResponseStatus(HttpStatus.CREATED)
	Peer add(Actor actor, @RequestBody NewPeer body) {
		actor.require(Role.NODE_ADMIN);
		if (body.nodeId() == null || body.baseUrl() == null || body.fingerprints() == null || body.agencies() == null) {
			throw Problem.badRequest("validation", "nodeId, baseUrl, fingerprints and agencies are required");
		}
		URI url;
		try {
			url = URI.create(body.baseUrl());
		}
		catch (IllegalArgumentException e) {
			throw Problem.invalid("baseUrl", "baseUrl is not a URL");
		}
		List<AgencyId> agencies = body.agencies().stream().map(AgencyId::of).toList();
		return enrolment.enrol(actor, NodeId.of(body.nodeId()), url, body.keys() == null ? null : parse(body.keys()),
				body.fingerprints(), agencies);
	}

	@DeleteMapping("/api/v1/federation/peers/{nodeId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(Actor actor, @PathVariable String nodeId) {
		peers.remove(actor, NodeId.of(nodeId));
	}

	private static JWKSet parse(Map<String, Object> keys) {
		try {
			return JWKSet.parse(keys);
		}
		catch (ParseException e) {
			throw Problem.invalid("keys", "keys must be a JWK set");
		}
	}
}
