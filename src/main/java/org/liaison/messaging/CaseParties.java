package org.liaison.messaging;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.agency.Agencies;
import org.liaison.agency.AgencyId;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.liaison.common.Problem;
import org.liaison.messaging.internal.CaseStore;
import org.liaison.messaging.internal.SearchIndex;
import org.liaison.treaty.Agreements;
import org.liaison.treaty.DisclosureDecision;
import org.liaison.treaty.DisclosureItem;
import org.liaison.treaty.DisclosureRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adding a party to an open case. The agency that opened the case adds it, and only where the agreements
 * let it disclose the case (its category, markings and purpose) to the new party: the same decision as for
 * a message, explained with the agreement and article either way, and audited. The new party sees the case
 * and the messages sent to it from then on, not those sent before.
 */
@Service
public class CaseParties {

	/** A party admitted to a case, with the decision that admitted it. */
	public record Admission(CaseFile caseFile, AgencyId party, String decision, String explanation,
			@Nullable String agreement, @Nullable String article) {
	}

	private final Cases cases;
	private final CaseStore store;
	private final SearchIndex index;
	private final Agencies agencies;
	private final Agreements agreements;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;

	CaseParties(Cases cases, CaseStore store, SearchIndex index, Agencies agencies, Agreements agreements, AuditLog audit,
			ApplicationEventPublisher events) {
		this.cases = cases;
		this.store = store;
		this.index = index;
		this.agencies = agencies;
		this.agreements = agreements;
		this.audit = audit;
		this.events = events;
	}

	/** Adds the agency to the case (403 with the reason when no agreement allows it; nothing stored then). */
	@Transactional
	public Admission add(Actor actor, String caseId, @Nullable String party) {
		Cases.requireCaseHandler(actor);
		AgencyId owner = actor.requireAgency();
		CaseFile c = cases.visible(actor, caseId, "case.party.add");
		if (!c.owner().equals(owner)) {
			throw Problem.forbidden("only the agency that opened a case adds parties to it");
		}
		if (c.status() == CaseStatus.CLOSED) {
			throw Problem.conflict("case-closed", "the case is closed");
		}
		AgencyId added = known(party);
		if (c.parties().contains(added)) {
			throw Problem.conflict("already-party", added + " is a party of this case already");
		}
		if (c.parties().size() >= Cases.MAX_PARTIES) {
			throw Problem.invalid("agency", "a case has at most " + Cases.MAX_PARTIES + " parties");
		}
		DisclosureDecision d = agreements.decide(new DisclosureRequest(DisclosureItem.original(c.category(),
				c.classification(), c.tlp(), c.handlingCodes(), owner, null), agencies.get(owner), agencies.get(added),
				c.purpose(), agreements.today()));
		AuditEvent event = AuditEvent.of(actor.username(), owner.value(), "case.party.add")
			.subject("case", c.id())
			.outcome(d.decision().name())
			.purpose(c.purpose().name())
			.legalBasis(d.agreement())
			.detail("party", added)
			.detail("reason", d.reason())
			.detail("article", d.article());
		if (!d.permitted()) {
			audit.appendIndependently(event);
			throw denied(added, d);
		}
		store.addParty(c.id(), added);
		index.subject(c.id(), c.subject(), java.util.List.of(added));
		audit.append(event);
		events.publishEvent(new CaseChanged(c.id(), owner, store.parties(c.id()), added));
		CaseFile now = store.findFor(c.id(), owner).orElseThrow();
		return new Admission(now, added, d.decision().name(), d.explanation(), d.agreement(), d.article());
	}

	private AgencyId known(@Nullable String party) {
		if (party == null || !AgencyId.isWellFormed(party)) {
			throw Problem.invalid("agency", "agency is an agency id like FR.DGPN");
		}
		AgencyId id = AgencyId.of(party);
		if (agencies.find(id).isEmpty()) {
			throw new Problem(HttpStatus.BAD_REQUEST, "unknown-agency", "Invalid request", "'agency' names an agency unknown to this node")
				.with("field", "agency");
		}
		return id;
	}

	private static Problem denied(AgencyId party, DisclosureDecision d) {
		Problem p = new Problem(HttpStatus.FORBIDDEN, d.reason().name().toLowerCase().replace('_', '-'), "Party not added",
				d.explanation());
		p.with("decision", d.decision()).with("reason", d.reason()).with("citations", d.citations()).with("party", party);
		if (d.agreement() != null) {
			p.with("agreement", d.agreement()).with("article", d.article());
		}
		return p;
	}
}
