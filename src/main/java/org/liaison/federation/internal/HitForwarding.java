package org.liaison.federation.internal;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.liaison.federation.NodeId;
import org.liaison.federation.Outbox;
import org.liaison.federation.Peers;
import org.liaison.federation.internal.Rejection.Reason;
import org.liaison.screening.RemoteHits;
import org.liaison.screening.ScreeningHitRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Hits on alerts of agencies hosted on peers. Leaving: in the screening's transaction, the hit goes into
 * the outbox to the owner's node. Arriving: the sender must host the asking agency and this node the
 * alert; the hit is recorded under the sender's id (so once) and its follow-up opened here.
 */
@Component
class HitForwarding implements PayloadHandler {

	static final String TYPE = "screening.hit";

	record Payload(RemoteHits.ReportedHit hit) {
	}

	private final RemoteHits hits;
	private final Peers peers;
	private final Outbox outbox;
	private final ObjectMapper json;

	HitForwarding(RemoteHits hits, Peers peers, Outbox outbox, ObjectMapper json) {
		this.hits = hits;
		this.peers = peers;
		this.outbox = outbox;
		this.json = json;
	}

	@EventListener
	void on(ScreeningHitRecorded event) {
		Optional<NodeId> host = peers.hostOf(event.owner());
		if (host.isEmpty()) {
			return;
		}
		RemoteHits.ReportedHit hit = hits.reported(event.hitId())
			.orElseThrow(() -> new IllegalStateException("hit " + event.hitId() + " vanished"));
		outbox.enqueue(host.get(), TYPE, new Payload(hit));
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public void apply(EnvelopeHeader header, byte[] bytes) {
		RemoteHits.ReportedHit hit;
		try {
			hit = json.readValue(new String(bytes, StandardCharsets.UTF_8), Payload.class).hit();
		}
		catch (RuntimeException e) {
			throw new Rejection(Reason.INVALID_PAYLOAD, "not a screening hit", header);
		}
		if (hit == null) {
			throw new Rejection(Reason.INVALID_PAYLOAD, "not a screening hit", header);
		}
		if (!header.sender().equals(peers.hostOf(hit.asker()).orElse(null))) {
			throw new Rejection(Reason.NOT_HOSTED_BY_SENDER, hit.asker() + " is not hosted by " + header.sender(), header);
		}
		if (peers.isRemote(hit.owner())) {
			throw new Rejection(Reason.NOT_HOSTED_HERE, hit.owner() + " is not hosted on this node", header);
		}
		try {
			hits.receive(hit, header.sender().value());
		}
		catch (IllegalArgumentException e) {
			throw new Rejection(Reason.NOT_HOSTED_HERE, e.getMessage() == null ? "unknown alert" : e.getMessage(), header);
		}
	}
}
