package org.liaison.federation.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.agency.Role;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.liaison.common.Problem;
import org.liaison.federation.NodeId;
import org.liaison.treaty.Agreement;
import org.liaison.treaty.Agreements;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether this node and each party's node hold the same text of each agreement, for the NODE_ADMIN:
 * IN_AGREEMENT (same version and digest), MISMATCH, MISSING_THERE (the peer acknowledged holding none),
 * MISSING_HERE (a peer sent a text this node does not hold: a copy it may adopt) or UNCONFIRMED (sent,
 * no acknowledgement yet). Adopting a received copy records it as this node's own agreement; a text that
 * differs from one held here is never adopted over it (the administrators settle it, say by suspending).
 */
@Service
class AgreementStates {

	enum State {
		IN_AGREEMENT, MISMATCH, MISSING_THERE, MISSING_HERE, UNCONFIRMED
	}

	record PeerState(String node, State state, @Nullable Long version, @Nullable String digest, @Nullable Instant updatedAt) {
	}

	record AgreementState(String agreement, @Nullable Long version, @Nullable String digest, List<PeerState> peers) {
	}

	private final Agreements agreements;
	private final AgreementTexts texts;
	private final AgreementCopies copies;
	private final AuditLog audit;

	AgreementStates(Agreements agreements, AgreementTexts texts, AgreementCopies copies, AuditLog audit) {
		this.agreements = agreements;
		this.texts = texts;
		this.copies = copies;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	List<AgreementState> list(Actor actor) {
		actor.require(Role.NODE_ADMIN);
		Map<String, Map<String, AgreementCopies.Copy>> said = new TreeMap<>();
		copies.all().forEach(c -> said.computeIfAbsent(c.agreement(), k -> new TreeMap<>()).put(c.peer().value(), c));
		Set<String> ids = new TreeSet<>(said.keySet());
		Map<String, Agreement> own = new TreeMap<>();
		agreements.all().forEach(a -> own.put(a.id(), a));
		ids.addAll(own.keySet());
		List<AgreementState> out = new ArrayList<>();
		for (String id : ids) {
			Agreement mine = own.get(id);
			Map<String, AgreementCopies.Copy> theirs = said.getOrDefault(id, Map.of());
			Set<String> nodes = new LinkedHashSet<>();
			if (mine != null) {
				texts.partiesNodes(mine).forEach(n -> nodes.add(n.value()));
			}
			nodes.addAll(theirs.keySet());
			String digest = mine == null ? null : AgreementDigest.of(mine);
			List<PeerState> peers = nodes.stream().map(n -> state(mine, digest, n, theirs.get(n)))
				.filter(p -> p != null).toList();
			if (!peers.isEmpty() || mine != null) {
				out.add(new AgreementState(id, mine == null ? null : mine.version(), digest, peers));
			}
		}
		return out;
	}

	private static @Nullable PeerState state(@Nullable Agreement mine, @Nullable String digest, String node,
			AgreementCopies.@Nullable Copy copy) {
		if (copy == null) {
			return new PeerState(node, State.UNCONFIRMED, null, null, null);
		}
		State state;
		if (mine == null) {
			if (copy.version() == null) {
				return null; // neither side holds it
			}
			state = State.MISSING_HERE;
		}
		else if (copy.version() == null) {
			state = State.MISSING_THERE;
		}
		else {
			state = copy.version() == mine.version() && copy.digest().equals(digest) ? State.IN_AGREEMENT : State.MISMATCH;
		}
		return new PeerState(node, state, copy.version(), copy.digest(), copy.updatedAt());
	}

	/** Records the text a peer sent as this node's agreement (NODE_ADMIN); 409 when one is held here already. */
	@Transactional
	Agreement adopt(Actor actor, String id, NodeId from) {
		actor.require(Role.NODE_ADMIN);
		if (agreements.find(id).isPresent()) {
			throw Problem.conflict("agreement-exists",
					"this node holds its own text of the agreement; settle a mismatch with the other party's administrator");
		}
		AgreementCopies.Copy copy = copies.find(from, id).orElse(null);
		Agreement text = texts.text(copy).orElseThrow(() -> Problem.notFound("agreement text from " + from));
		Agreement adopted = agreements.create(actor, text);
		audit.append(AuditEvent.of(actor.username(), actor.agencyOrNode(), "federation.agreement.adopt")
			.subject("agreement", id)
			.outcome("ADOPTED")
			.detail("from", from.value())
			.detail("version", text.version())
			.detail("digest", AgreementDigest.of(text)));
		return adopted;
	}

	/** Sends the text of every agreement a party hosted here is bound by to the other parties' nodes (NODE_ADMIN). */
	@Transactional
	int announce(Actor actor) {
		actor.require(Role.NODE_ADMIN);
		int sent = 0;
		for (Agreement a : agreements.all()) {
			sent += texts.send(a);
		}
		audit.append(AuditEvent.of(actor.username(), actor.agencyOrNode(), "federation.agreement.announce")
			.subject("node", "all").outcome("QUEUED").detail("messages", sent));
		return sent;
	}
}
