package org.liaison.federation;

import java.util.List;

import org.liaison.federation.internal.NodeKeys;
import org.springframework.stereotype.Service;

/** This node as its peers know it: its id and the fingerprints of its public keys, newest first. */
@Service
public class ThisNode {

	/** A key's use ({@code sig} or {@code enc}) and its RFC 7638 thumbprint, read out of band to peers. */
	public record Fingerprint(String use, String value) {
	}

	private final NodeKeys keys;
	private final FederationProperties properties;

	ThisNode(NodeKeys keys, FederationProperties properties) {
		this.keys = keys;
		this.properties = properties;
	}

	public NodeId id() {
		return properties.node();
	}

	public List<Fingerprint> fingerprints() {
		return keys.publicKeys().getKeys().stream()
			.map(k -> new Fingerprint(k.getKeyUse().identifier(), k.getKeyID()))
			.toList();
	}
}
