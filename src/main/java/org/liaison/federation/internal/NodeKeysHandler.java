package org.liaison.federation.internal;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;

import com.nimbusds.jose.jwk.JWKSet;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.liaison.federation.Peers;
import org.liaison.federation.internal.Rejection.Reason;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A peer announces its keys after a rotation. The envelope was signed with a key pinned for that peer,
 * so the new set is pinned in its place (it still holds the old keys until they retire).
 */
@Component
class NodeKeysHandler implements PayloadHandler {

	static final String TYPE = "node.keys";

	private final Peers peers;
	private final ObjectMapper json;
	private final AuditLog audit;

	NodeKeysHandler(Peers peers, ObjectMapper json, AuditLog audit) {
		this.peers = peers;
		this.json = json;
		this.audit = audit;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public void apply(EnvelopeHeader header, byte[] payload) {
		JWKSet keys;
		try {
			JsonNode node = json.readTree(new String(payload, StandardCharsets.UTF_8)).path("keys");
			keys = JWKSet.parse(json.writeValueAsString(node));
			peers.repin(header.sender(), keys);
		}
		catch (ParseException | RuntimeException e) {
			throw new Rejection(Reason.INVALID_PAYLOAD, "not a set of public P-256 keys with uses", header);
		}
		audit.append(AuditEvent.of("federation:" + header.sender(), "NODE", "federation.peer.repin")
			.subject("node", header.sender().value())
			.detail("kids", keys.getKeys().stream().map(k -> k.getKeyID()).toList()));
	}
}
