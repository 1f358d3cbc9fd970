package org.liaison.federation;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.liaison.agency.AgencyId;

/**
 * A peer node: where it answers, the fingerprints (RFC 7638 thumbprints) of the public keys pinned for
 * it, and the agencies it hosts.
 */
public record Peer(NodeId id, URI baseUrl, List<String> fingerprints, Set<AgencyId> agencies, String addedBy,
		Instant addedAt) {

	public Peer {
		fingerprints = List.copyOf(fingerprints);
		agencies = Set.copyOf(agencies);
	}
}
