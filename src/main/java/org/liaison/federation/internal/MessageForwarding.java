package org.liaison.federation.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.liaison.agency.Agencies;
import org.liaison.agency.AgencyId;
import org.liaison.federation.NodeId;
import org.liaison.federation.Outbox;
import org.liaison.federation.Peers;
import org.liaison.federation.internal.Rejection.Reason;
import org.liaison.messaging.MessageSent;
import org.liaison.messaging.RemoteMessages;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Messages to agencies hosted on peers. Leaving: in the sending transaction, one envelope per node that
 * hosts recipients, with the case, the message, those recipients' receipts (deadline, agreement and
 * article) and the attachments inline. Arriving: the sender must host the sending agency and this node
 * every recipient; messaging decides again and stores the message in the recipients' inboxes.
 */
@Component
class MessageForwarding implements PayloadHandler {

	static final String TYPE = "message.send";

	record Payload(RemoteMessages.Transfer transfer) {
	}

	private final RemoteMessages messages;
	private final Agencies agencies;
	private final Peers peers;
	private final Outbox outbox;
	private final ObjectMapper json;

	MessageForwarding(RemoteMessages messages, Agencies agencies, Peers peers, Outbox outbox, ObjectMapper json) {
		this.messages = messages;
		this.agencies = agencies;
		this.peers = peers;
		this.outbox = outbox;
		this.json = json;
	}

	@EventListener
	void on(MessageSent event) {
		if (peers.isRemote(event.from())) {
			return; // a message this node stored on behalf of a peer's agency (a hit's follow-up) stays here
		}
		Map<NodeId, List<AgencyId>> byNode = new LinkedHashMap<>();
		for (AgencyId to : event.to()) {
			Optional<NodeId> host = peers.hostOf(to);
			host.ifPresent(node -> byNode.computeIfAbsent(node, k -> new ArrayList<>()).add(to));
		}
		byNode.forEach((node, recipients) -> outbox.enqueue(node, TYPE,
				new Payload(messages.outgoing(event.messageId(), recipients))));
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public void apply(EnvelopeHeader header, byte[] bytes) {
		RemoteMessages.Transfer t;
		try {
			t = json.readValue(new String(bytes, StandardCharsets.UTF_8), Payload.class).transfer();
		}
		catch (RuntimeException e) {
			throw new Rejection(Reason.INVALID_PAYLOAD, "not a message", header);
		}
		if (t == null || t.message() == null || t.caseFile() == null || t.receipts() == null) {
			throw new Rejection(Reason.INVALID_PAYLOAD, "not a message", header);
		}
		if (!header.sender().equals(peers.hostOf(t.message().from()).orElse(null))) {
			throw new Rejection(Reason.NOT_HOSTED_BY_SENDER, t.message().from() + " is not hosted by " + header.sender(), header);
		}
		for (RemoteMessages.Recipient r : t.receipts()) {
			if (peers.isRemote(r.agency()) || agencies.find(r.agency()).isEmpty()) {
				throw new Rejection(Reason.NOT_HOSTED_HERE, r.agency() + " is not hosted on this node", header);
			}
		}
		try {
			messages.receive(t, header.sender().value());
		}
		catch (RemoteMessages.Refused e) {
			throw new Rejection(e.decisionMismatch() ? Reason.DECISION_MISMATCH : Reason.INVALID_PAYLOAD,
					e.getMessage() == null ? "refused" : e.getMessage(), header);
		}
	}
}
