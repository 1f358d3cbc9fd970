package org.liaison.federation.internal;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Agencies;
import org.liaison.federation.NodeId;
import org.liaison.federation.Outbox;
import org.liaison.federation.Peers;
import org.liaison.federation.internal.Rejection.Reason;
import org.liaison.records.DisclosureTransfer;
import org.liaison.records.DisclosureTransfers;
import org.liaison.records.ReceivedDisclosure;
import org.liaison.records.RecordDisclosed;
import org.liaison.treaty.Agreement;
import org.liaison.treaty.Agreements;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Disclosures to agencies hosted on peers. Leaving: the stored disclosure, its record and the version
 * and digest of the agreement it was decided under go into the outbox in the disclosure's own
 * transaction. Arriving: the sender must host the disclosing agency and this node the recipient, both
 * sides must hold the same text of the agreement, and this node decides again; a mismatch refuses the
 * envelope (the sender's administrator sees it as a dead letter, this node's in its inbox).
 */
@Component
class DisclosureForwarding implements PayloadHandler {

	static final String TYPE = "record.disclosure";

	record Payload(DisclosureTransfer transfer, String agreement, long agreementVersion, String agreementDigest) {
	}

	private final DisclosureTransfers transfers;
	private final Agreements agreements;
	private final Agencies agencies;
	private final Peers peers;
	private final Outbox outbox;
	private final ObjectMapper json;

	DisclosureForwarding(DisclosureTransfers transfers, Agreements agreements, Agencies agencies, Peers peers, Outbox outbox,
			ObjectMapper json) {
		this.transfers = transfers;
		this.agreements = agreements;
		this.agencies = agencies;
		this.peers = peers;
		this.outbox = outbox;
		this.json = json;
	}

	/** In the disclosure's transaction: the outbox row commits with it, or neither does. */
	@EventListener
	void on(RecordDisclosed event) {
		Optional<NodeId> host = peers.hostOf(event.to());
		if (host.isEmpty()) {
			return;
		}
		DisclosureTransfer transfer = transfers.transfer(event.disclosureId())
			.orElseThrow(() -> new IllegalStateException("disclosure " + event.disclosureId() + " vanished"));
		Agreement agreement = agreements.find(event.agreement())
			.orElseThrow(() -> new IllegalStateException("agreement " + event.agreement() + " vanished"));
		outbox.enqueue(host.get(), TYPE, new Payload(transfer, agreement.id(), agreement.version(), AgreementDigest.of(agreement)));
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public void apply(EnvelopeHeader header, byte[] bytes) {
		Payload p = PayloadHandler.read(json, header, bytes, Payload.class, "a disclosure");
		var d = p.transfer().disclosure();
		if (!header.sender().equals(peers.hostOf(d.from()).orElse(null))) {
			throw new Rejection(Reason.NOT_HOSTED_BY_SENDER, d.from() + " is not hosted by " + header.sender(), header);
		}
		if (peers.isRemote(d.to()) || agencies.find(d.to()).isEmpty()) {
			throw new Rejection(Reason.NOT_HOSTED_HERE, d.to() + " is not hosted on this node", header);
		}
		if (agencies.find(p.transfer().record().originator()).isEmpty()) {
			throw new Rejection(Reason.INVALID_PAYLOAD, "the originator is unknown here", header);
		}
		@Nullable Agreement local = agreements.find(p.agreement()).orElse(null);
		if (local == null || !p.agreement().equals(d.agreement()) || local.version() != p.agreementVersion()
				|| !AgreementDigest.of(local).equals(p.agreementDigest())) {
			throw new Rejection(Reason.AGREEMENT_MISMATCH, "agreement " + p.agreement() + " v" + p.agreementVersion()
					+ (local == null ? " is unknown here" : " differs from this node's v" + local.version()), header);
		}
		ReceivedDisclosure received;
		try {
			received = transfers.receive(p.transfer(), header.sender().value());
		}
		catch (IllegalArgumentException e) {
			throw new Rejection(Reason.INVALID_PAYLOAD, e.getMessage() == null ? "invalid disclosure" : e.getMessage(), header);
		}
		if (!received.agrees()) {
			throw new Rejection(Reason.DECISION_MISMATCH, "this node decides " + received.decision().decision() + " ("
					+ received.decision().reason() + ", " + received.decision().agreement() + " art. "
					+ received.decision().article() + ") where the sender permitted under " + d.agreement() + " art. "
					+ d.article(), header);
		}
	}
}
