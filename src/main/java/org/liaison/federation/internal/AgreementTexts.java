package org.liaison.federation.internal;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Agencies;
import org.liaison.agency.Agency;
import org.liaison.agency.AgencyId;
import org.liaison.federation.NodeId;
import org.liaison.federation.Outbox;
import org.liaison.federation.Peer;
import org.liaison.federation.Peers;
import org.liaison.federation.internal.Rejection.Reason;
import org.liaison.treaty.Agreement;
import org.liaison.treaty.AgreementChanged;
import org.liaison.treaty.Agreements;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Agreement texts between the parties' nodes, so that both sides decide on the same text. When an
 * agreement a party hosted here is bound by is recorded, suspended or resumed, its whole text (with
 * version and digest) goes into the outbox, in that transaction, to every peer hosting another party.
 * The receiver keeps it as the sender's copy, never as its own (adopting a text is a NODE_ADMIN's act,
 * {@link AgreementStates#adopt}), and acknowledges with the version and digest it holds itself, or none,
 * so that both administrators see whether the two copies agree.
 */
@Component
class AgreementTexts implements PayloadHandler {

	static final String TYPE = "agreement.text";

	record Payload(Agreement agreement, String digest) {
	}

	private final Agreements agreements;
	private final Agencies agencies;
	private final Peers peers;
	private final Outbox outbox;
	private final AgreementCopies copies;
	private final ObjectMapper json;

	AgreementTexts(Agreements agreements, Agencies agencies, Peers peers, Outbox outbox, AgreementCopies copies,
			ObjectMapper json) {
		this.agreements = agreements;
		this.agencies = agencies;
		this.peers = peers;
		this.outbox = outbox;
		this.copies = copies;
		this.json = json;
	}

	@EventListener
	void on(AgreementChanged event) {
		agreements.find(event.agreementId()).ifPresent(this::send);
	}

	/** Queues the text to the nodes of the other parties; how many; none unless a party is hosted here. */
	int send(Agreement agreement) {
		if (peers.all().isEmpty() || !bindsAny(agreement, hostedHere())) {
			return 0;
		}
		List<NodeId> nodes = partiesNodes(agreement);
		Payload payload = new Payload(agreement, AgreementDigest.of(agreement));
		nodes.forEach(node -> outbox.enqueue(node, TYPE, payload));
		return nodes.size();
	}

	/** The peers hosting an agency that a party of the agreement includes. */
	List<NodeId> partiesNodes(Agreement agreement) {
		return peers.all().stream().filter(p -> bindsAny(agreement, p.agencies())).map(Peer::id).toList();
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public void apply(EnvelopeHeader header, byte[] bytes) {
		Payload p = PayloadHandler.read(json, header, bytes, Payload.class, "an agreement text");
		if (p.agreement() == null || !AgreementDigest.of(p.agreement()).equals(p.digest())) {
			throw new Rejection(Reason.INVALID_PAYLOAD, "the digest is not that of the text", header);
		}
		Agreement text = p.agreement();
		Peer sender = peers.find(header.sender()).orElseThrow().peer();
		if (!bindsAny(text, sender.agencies())) {
			throw new Rejection(Reason.NOT_HOSTED_BY_SENDER, "no party of " + text.id() + " is hosted by " + header.sender(),
					header);
		}
		if (!bindsAny(text, hostedHere())) {
			throw new Rejection(Reason.NOT_HOSTED_HERE, "no party of " + text.id() + " is hosted on this node", header);
		}
		copies.put(header.sender(), text.id(), text.version(), p.digest(), json.writeValueAsString(text));
		Optional<Agreement> own = agreements.find(text.id());
		outbox.enqueue(header.sender(), AgreementAcks.TYPE, new AgreementAcks.Payload(text.id(),
				own.map(Agreement::version).orElse(null), own.map(AgreementDigest::of).orElse(null)));
	}

	private List<AgencyId> hostedHere() {
		return agencies.all().stream().map(Agency::id).filter(id -> !peers.isRemote(id)).toList();
	}

	private boolean bindsAny(Agreement agreement, java.util.Collection<AgencyId> hosted) {
		return hosted.stream().map(agencies::find).flatMap(Optional::stream)
			.anyMatch(a -> agreement.parties().stream().anyMatch(party -> party.includes(a)));
	}

	/** The text a peer sent, read back; empty when it sent none (or only acknowledged). */
	Optional<Agreement> text(AgreementCopies.@Nullable Copy copy) {
		return copy == null || copy.text() == null ? Optional.empty()
				: Optional.of(json.readValue(copy.text(), Agreement.class));
	}
}
