package org.liaison.federation.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

import org.liaison.agency.AgencyId;
import org.liaison.federation.NodeId;
import org.liaison.federation.Outbox;
import org.liaison.federation.Peers;
import org.liaison.federation.internal.Rejection.Reason;
import org.liaison.messaging.CaseChanged;
import org.liaison.messaging.RemoteCases;
import org.liaison.messaging.RemoteMessages;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * A case's state between nodes: when the agency that opened a case closes it or adds a party, a
 * {@code case.state} goes, in that transaction, to every peer hosting one of its parties. Arriving: the
 * sender must host the case's owner; messaging decides again for an added party and applies the state.
 */
@Component
class CaseForwarding implements PayloadHandler {

	static final String TYPE = "case.state";

	record Payload(RemoteCases.State state) {
	}

	private final RemoteCases cases;
	private final Peers peers;
	private final Outbox outbox;
	private final ObjectMapper json;

	CaseForwarding(RemoteCases cases, Peers peers, Outbox outbox, ObjectMapper json) {
		this.cases = cases;
		this.peers = peers;
		this.outbox = outbox;
		this.json = json;
	}

	@EventListener
	void on(CaseChanged event) {
		if (peers.isRemote(event.owner())) {
			return;
		}
		Set<NodeId> nodes = new LinkedHashSet<>();
		for (AgencyId party : event.parties()) {
			peers.hostOf(party).ifPresent(nodes::add);
		}
		if (!nodes.isEmpty()) {
			Payload payload = new Payload(cases.outgoing(event));
			nodes.forEach(node -> outbox.enqueue(node, TYPE, payload));
		}
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public void apply(EnvelopeHeader header, byte[] bytes) {
		RemoteCases.State state;
		try {
			state = json.readValue(new String(bytes, StandardCharsets.UTF_8), Payload.class).state();
		}
		catch (RuntimeException e) {
			throw new Rejection(Reason.INVALID_PAYLOAD, "not a case state", header);
		}
		if (state == null || state.caseFile() == null || state.caseFile().parties() == null) {
			throw new Rejection(Reason.INVALID_PAYLOAD, "not a case state", header);
		}
		if (!header.sender().equals(peers.hostOf(state.caseFile().owner()).orElse(null))) {
			throw new Rejection(Reason.NOT_HOSTED_BY_SENDER, state.caseFile().owner() + " is not hosted by " + header.sender(),
					header);
		}
		try {
			cases.apply(state, header.sender().value());
		}
		catch (RemoteMessages.Refused e) {
			throw new Rejection(e.decisionMismatch() ? Reason.DECISION_MISMATCH : Reason.INVALID_PAYLOAD,
					e.getMessage() == null ? "refused" : e.getMessage(), header);
		}
	}
}
