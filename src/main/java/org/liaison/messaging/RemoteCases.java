package org.liaison.messaging;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Agencies;
import org.liaison.agency.AgencyId;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.liaison.messaging.internal.CaseStore;
import org.liaison.messaging.internal.SearchIndex;
import org.liaison.treaty.Agreements;
import org.liaison.treaty.DisclosureDecision;
import org.liaison.treaty.DisclosureItem;
import org.liaison.treaty.DisclosureRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The state of a case between nodes, for the federation module: closed by the agency that opened it, or a
 * party added. {@link #outgoing} gives the case as it now stands with, for an added party, the agreement and
 * article its addition was decided under; {@link #apply} brings the case here to that state: the party is
 * added (after this node decides the same), the case is opened here if the new party is hosted here and
 * never saw it, and a close closes it, so that an answer here is refused as in a case closed here.
 */
@Service
public class RemoteCases {

	/** A case as it now stands, and the party just added (null when it was closed). */
	public record State(CaseFile caseFile, @Nullable Added added) {
	}

	/** A party added, with the agreement and article the owner's node decided under, and when. */
	public record Added(AgencyId agency, @Nullable String agreement, @Nullable String article, java.time.Instant at) {
	}

	private final CaseStore cases;
	private final SearchIndex index;
	private final Agreements agreements;
	private final Agencies agencies;
	private final AuditLog audit;
	private final java.time.Clock clock;

	RemoteCases(CaseStore cases, SearchIndex index, Agreements agreements, Agencies agencies, AuditLog audit,
			java.time.Clock clock) {
		this.cases = cases;
		this.index = index;
		this.agreements = agreements;
		this.agencies = agencies;
		this.audit = audit;
		this.clock = clock;
	}

	/** The case as its owner sees it now; with the party just added and its decision, if one was. */
	@Transactional(propagation = Propagation.MANDATORY)
	public State outgoing(CaseChanged change) {
		CaseFile c = cases.findFor(change.caseId(), change.owner())
			.orElseThrow(() -> new IllegalStateException("case " + change.caseId() + " vanished"));
		if (change.added() == null) {
			return new State(c, null);
		}
		DisclosureDecision d = decide(c, change.added(), agreements.today());
		return new State(c, new Added(change.added(), d.agreement(), d.article(), clock.instant()));
	}

	/**
	 * Brings the case here to the state sent by {@code fromNode}, which hosts its owner; false when nothing
	 * changed. Throws {@link RemoteMessages.Refused} when the decision here differs or the case does not hold
	 * together with the one here.
	 */
	@Transactional
	public boolean apply(State s, String fromNode) {
		CaseFile c = s.caseFile();
		for (AgencyId party : c.parties()) {
			if (agencies.find(party).isEmpty()) {
				throw new RemoteMessages.Refused("party " + party + " is unknown here", false);
			}
		}
		Set<AgencyId> here = new HashSet<>(cases.parties(c.id()));
		Set<AgencyId> missing = new HashSet<>(c.parties());
		missing.removeAll(here);
		Added added = s.added();
		if (!here.isEmpty() && !missing.isEmpty() && (added == null || !Set.of(added.agency()).equals(missing))) {
			throw new RemoteMessages.Refused("case " + c.id() + " has other parties here", false);
		}
		if (here.isEmpty() && added == null) {
			return false; // closing a case this node never saw changes nothing here
		}
		boolean changed = false;
		if (added != null && !here.contains(added.agency())) {
			check(c, added, fromNode);
			if (here.isEmpty()) {
				cases.insert(new CaseFile(c.id(), c.reference(), c.subject(), c.owner(), c.category(), c.purpose(), c.legalBasis(),
						c.priority(), c.classification(), c.tlp(), c.handlingCodes(), c.handlingNote(), CaseStatus.OPEN, c.parties(),
						c.createdBy(), c.createdAt(), c.lastMessageAt(), null, null, null));
				index.subject(c.id(), c.subject(), c.parties());
			}
			else {
				cases.addParty(c.id(), added.agency());
				index.subject(c.id(), c.subject(), List.of(added.agency()));
			}
			changed = true;
		}
		if (c.status() == CaseStatus.CLOSED && c.closedAt() != null) {
			changed |= cases.close(c.id(), Objects.requireNonNullElse(c.closedBy(), c.owner().value()), c.closedAt(),
					c.closeReason());
		}
		audit.append(AuditEvent.of("federation:" + fromNode, c.owner().value(), "case.receive")
			.subject("case", c.id())
			.outcome(changed ? "APPLIED" : "UNCHANGED")
			.detail("status", c.status())
			.detail("added", added == null ? null : added.agency()));
		return changed;
	}

	private void check(CaseFile c, Added added, String fromNode) {
		DisclosureDecision d = decide(c, added.agency(), LocalDate.ofInstant(added.at(), ZoneOffset.UTC));
		audit.append(AuditEvent.of("federation:" + fromNode, added.agency().value(), "case.party.receive")
			.subject("case", c.id())
			.outcome(d.decision().name())
			.purpose(c.purpose().name())
			.legalBasis(d.agreement())
			.detail("reason", d.reason()));
		if (!d.permitted() || !Objects.equals(d.agreement(), added.agreement()) || !Objects.equals(d.article(), added.article())) {
			throw new RemoteMessages.Refused("this node decides " + d.decision() + " (" + d.reason() + ", " + d.agreement()
					+ " art. " + d.article() + ") for " + added.agency() + " where the sender permitted under "
					+ added.agreement() + " art. " + added.article(), true);
		}
	}

	private DisclosureDecision decide(CaseFile c, AgencyId party, LocalDate day) {
		DisclosureItem item = DisclosureItem.original(c.category(), c.classification(), c.tlp(), c.handlingCodes(), c.owner(), null);
		return agreements.decide(new DisclosureRequest(item, agencies.get(c.owner()), agencies.get(party), c.purpose(), day));
	}
}
