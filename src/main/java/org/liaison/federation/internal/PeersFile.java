package org.liaison.federation.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.jwk.JWKSet;
import org.liaison.agency.Actor;
import org.liaison.agency.AgencyId;
import org.liaison.agency.Role;
import org.liaison.federation.FederationProperties;
import org.liaison.federation.NodeId;
import org.liaison.federation.Peers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Pins the peers of {@code LIAISON_PEERS_FILE} at start: a JSON array of
 * {@code {nodeId, baseUrl, keys, fingerprints, agencies}}, where {@code keys} is the peer's public JWK
 * set as its node document shows it. The file is the out-of-band channel, so the fingerprints in it
 * must still match the keys. Peers already registered are left as they are.
 */
@Component
class PeersFile {

	private static final Logger log = LoggerFactory.getLogger(PeersFile.class);
	private static final Actor LOADER = new Actor("peers-file", null, Set.of(Role.NODE_ADMIN));

	private final Peers peers;
	private final NodeKeys keys;
	private final FederationProperties properties;
	private final ObjectMapper json;

	PeersFile(Peers peers, NodeKeys keys, FederationProperties properties, ObjectMapper json) {
		this.peers = peers;
		this.keys = keys;
		this.properties = properties;
		this.json = json;
	}

	@EventListener(ApplicationReadyEvent.class)
	void load() {
		keys.ensure();
		String file = properties.peersFile();
		if (file == null || file.isBlank()) {
			return;
		}
		JsonNode entries;
		try {
			entries = json.readTree(Files.readString(Path.of(file)));
		}
		catch (IOException e) {
			throw new IllegalStateException("cannot read the peers file " + file, e);
		}
		for (JsonNode e : entries) {
			NodeId id = NodeId.of(e.path("nodeId").asString());
			if (peers.find(id).isPresent()) {
				continue;
			}
			try {
				List<String> fingerprints = new ArrayList<>();
				e.path("fingerprints").forEach(f -> fingerprints.add(f.asString()));
				List<AgencyId> agencies = new ArrayList<>();
				e.path("agencies").forEach(a -> agencies.add(AgencyId.of(a.asString())));
				peers.add(LOADER, id, URI.create(e.path("baseUrl").asString()),
						JWKSet.parse(json.writeValueAsString(e.path("keys"))), fingerprints, agencies);
				log.info("Peer {} pinned from {}", id, file);
			}
			catch (ParseException | RuntimeException ex) {
				throw new IllegalStateException("peer " + id + " of " + file + " cannot be pinned: " + ex.getMessage(), ex);
			}
		}
	}
}
