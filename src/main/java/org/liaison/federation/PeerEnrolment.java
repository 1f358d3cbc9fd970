package org.liaison.federation;

import java.net.URI;
import java.text.ParseException;
import java.util.List;

import com.nimbusds.jose.jwk.JWKSet;
import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.agency.AgencyId;
import org.liaison.agency.Role;
import org.liaison.common.Problem;
import org.liaison.federation.internal.Transport;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;

/**
 * A NODE_ADMIN enrols a peer: with its keys as given (passed on by hand), or fetched from the peer's
 * {@code /.well-known/liaison-node}; either way they are pinned only if their fingerprints are exactly
 * those the administrator compared out of band ({@link Peers#add}).
 */
@Service
public class PeerEnrolment {

	private final Peers peers;
	private final Transport transport;
	private final ObjectMapper json;

	PeerEnrolment(Peers peers, Transport transport, ObjectMapper json) {
		this.peers = peers;
		this.transport = transport;
		this.json = json;
	}

	public Peer enrol(Actor actor, NodeId id, URI baseUrl, @Nullable JWKSet keys, List<String> fingerprints,
			List<AgencyId> agencies) {
		actor.require(Role.NODE_ADMIN);
		return peers.add(actor, id, baseUrl, keys != null ? keys : fetch(id, baseUrl), fingerprints, agencies);
	}

	private JWKSet fetch(NodeId id, URI url) {
		try {
			var doc = transport.nodeDocument(url);
			if (!id.value().equals(doc.path("nodeId").asString(""))) {
				throw Problem.badRequest("peer-mismatch", "the node at this URL calls itself " + doc.path("nodeId").asString("?"));
			}
			return JWKSet.parse(json.writeValueAsString(doc.path("keys")));
		}
		catch (Transport.Unreachable e) {
			throw new Problem(HttpStatus.BAD_GATEWAY, "peer-unreachable", "Peer unreachable", e.getMessage());
		}
		catch (ParseException e) {
			throw Problem.badRequest("peer-keys", "the peer's node document holds no JWK set");
		}
	}
}
