package org.liaison.federation.internal;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.liaison.federation.NodeId;
import org.liaison.federation.Outbox;
import org.liaison.federation.Peers;
import org.liaison.federation.internal.Rejection.Reason;
import org.liaison.screening.FollowUpAnswered;
import org.liaison.screening.RemoteHits;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * The owner's answer to the follow-up of a hit that an agency on a peer asked: it goes back to the
 * asker's node in the answer's transaction, and is stored there once on the hit the asker lists.
 */
@Component
class FollowUpForwarding implements PayloadHandler {

	static final String TYPE = "screening.follow-up";

	record Payload(RemoteHits.ReportedAnswer answer) {
	}

	private final RemoteHits hits;
	private final Peers peers;
	private final Outbox outbox;
	private final ObjectMapper json;

	FollowUpForwarding(RemoteHits hits, Peers peers, Outbox outbox, ObjectMapper json) {
		this.hits = hits;
		this.peers = peers;
		this.outbox = outbox;
		this.json = json;
	}

	@EventListener
	void on(FollowUpAnswered event) {
		Optional<NodeId> host = peers.hostOf(event.asker());
		if (host.isEmpty() || peers.isRemote(event.owner())) {
			return;
		}
		RemoteHits.ReportedAnswer answer = hits.answer(event.hitId())
			.orElseThrow(() -> new IllegalStateException("answer to hit " + event.hitId() + " vanished"));
		outbox.enqueue(host.get(), TYPE, new Payload(answer));
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public void apply(EnvelopeHeader header, byte[] bytes) {
		RemoteHits.ReportedAnswer answer;
		try {
			answer = json.readValue(new String(bytes, StandardCharsets.UTF_8), Payload.class).answer();
		}
		catch (RuntimeException e) {
			throw new Rejection(Reason.INVALID_PAYLOAD, "not a follow-up answer", header);
		}
		if (answer == null) {
			throw new Rejection(Reason.INVALID_PAYLOAD, "not a follow-up answer", header);
		}
		if (!header.sender().equals(peers.hostOf(answer.owner()).orElse(null))) {
			throw new Rejection(Reason.NOT_HOSTED_BY_SENDER, answer.owner() + " is not hosted by " + header.sender(), header);
		}
		try {
			hits.receiveAnswer(answer, header.sender().value());
		}
		catch (IllegalArgumentException e) {
			throw new Rejection(Reason.NOT_HOSTED_HERE, e.getMessage() == null ? "unknown hit" : e.getMessage(), header);
		}
	}
}
