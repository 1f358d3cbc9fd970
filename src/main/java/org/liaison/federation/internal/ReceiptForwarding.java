package org.liaison.federation.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.liaison.agency.AgencyId;
import org.liaison.federation.NodeId;
import org.liaison.federation.Outbox;
import org.liaison.federation.Peers;
import org.liaison.federation.internal.Rejection.Reason;
import org.liaison.messaging.Acknowledgement;
import org.liaison.messaging.MessageSent;
import org.liaison.messaging.MessageType;
import org.liaison.messaging.ReceiptsChanged;
import org.liaison.messaging.RemoteReceipts;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Receipts of messages between nodes. A message sent here to an agency on a peer waits for that peer's
 * acknowledgement before it counts as delivered; the peer acknowledges it when it stores it, and reports
 * the first read and the answer, each in the transaction that made it, as a {@code message.receipt} to
 * the node hosting the sender. Arriving: the sender must host every receipt's agency.
 */
@Component
class ReceiptForwarding implements PayloadHandler {

	static final String TYPE = "message.receipt";

	record Payload(List<Acknowledgement> receipts) {
	}

	private final RemoteReceipts receipts;
	private final Peers peers;
	private final Outbox outbox;
	private final ObjectMapper json;

	ReceiptForwarding(RemoteReceipts receipts, Peers peers, Outbox outbox, ObjectMapper json) {
		this.receipts = receipts;
		this.peers = peers;
		this.outbox = outbox;
		this.json = json;
	}

	@EventListener
	void on(MessageSent event) {
		if (peers.isRemote(event.from())) {
			return;
		}
		receipts.awaitAcknowledgement(event.messageId(), event.to().stream().filter(peers::isRemote).toList());
		if (event.type() == MessageType.ANSWER) {
			// the answer itself travels to the requester only if it is a recipient: the receipt always does
			receipts.answered(event.messageId())
				.ifPresent(request -> report(event.from(), List.of(request)));
		}
	}

	@EventListener
	void on(ReceiptsChanged event) {
		report(event.recipient(), event.messages());
	}

	private void report(AgencyId recipient, List<ReceiptsChanged.Ref> messages) {
		if (peers.isRemote(recipient)) {
			return;
		}
		Map<NodeId, List<String>> byNode = new LinkedHashMap<>();
		for (ReceiptsChanged.Ref m : messages) {
			peers.hostOf(m.sender()).ifPresent(node -> byNode.computeIfAbsent(node, k -> new ArrayList<>()).add(m.messageId()));
		}
		byNode.forEach((node, ids) -> outbox.enqueue(node, TYPE, new Payload(receipts.of(recipient, ids))));
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public void apply(EnvelopeHeader header, byte[] bytes) {
		List<Acknowledgement> list;
		try {
			list = json.readValue(new String(bytes, StandardCharsets.UTF_8), Payload.class).receipts();
		}
		catch (RuntimeException e) {
			throw new Rejection(Reason.INVALID_PAYLOAD, "not a receipt", header);
		}
		if (list == null || list.stream().anyMatch(a -> a == null || a.message() == null || a.agency() == null)) {
			throw new Rejection(Reason.INVALID_PAYLOAD, "not a receipt", header);
		}
		for (Acknowledgement a : list) {
			if (!header.sender().equals(peers.hostOf(a.agency()).orElse(null))) {
				throw new Rejection(Reason.NOT_HOSTED_BY_SENDER, a.agency() + " is not hosted by " + header.sender(), header);
			}
		}
		receipts.apply(list, header.sender().value());
	}
}
