package org.liaison.records;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.agency.Agencies;
import org.liaison.agency.AgencyId;
import org.liaison.agency.Role;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.liaison.common.Problem;
import org.liaison.records.internal.ConsentStore;
import org.liaison.records.internal.DisclosureStore;
import org.liaison.records.internal.RecordStore;
import org.liaison.treaty.Purpose;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Originator control over onward transfer: a holder asks, the originator grants or refuses, and the
 * disclosure decision counts a grant for exactly that record, holder, recipient and purpose.
 */
@Service
public class Consents {

	private final ConsentStore consents;
	private final RecordStore records;
	private final DisclosureStore disclosures;
	private final Agencies agencies;
	private final AuditLog audit;
	private final Clock clock;

	Consents(ConsentStore consents, RecordStore records, DisclosureStore disclosures, Agencies agencies, AuditLog audit,
			Clock clock) {
		this.consents = consents;
		this.records = records;
		this.disclosures = disclosures;
		this.agencies = agencies;
		this.audit = audit;
		this.clock = clock;
	}

	/** A holder (not the originator) asks the originator to allow passing the record to {@code to}. */
	@Transactional
	public ConsentRequest request(Actor actor, String recordId, String to, Purpose purpose, @Nullable String reason) {
		actor.require(Role.OFFICER, Role.NGO_MEMBER);
		AgencyId holder = actor.requireAgency();
		if (to == null || !AgencyId.isWellFormed(to) || agencies.find(AgencyId.of(to)).isEmpty()) {
			throw new Problem(org.springframework.http.HttpStatus.BAD_REQUEST, "unknown-agency", "Invalid request",
					"'to' names no agency known to this node").with("field", "to");
		}
		EntityRecord record = RecordId.parse(recordId).flatMap(records::find)
			.filter(r -> !disclosures.holdings(r.id(), holder, LocalDate.now(clock)).isEmpty())
			.orElseThrow(() -> Problem.notFound("record"));
		if (reason != null && reason.length() > 1000) {
			throw Problem.invalid("reason", "reason has at most 1000 characters");
		}
		ConsentRequest request = new ConsentRequest(UUID.randomUUID().toString(), record.id(), record.originator(), holder,
				AgencyId.of(to), purpose, ConsentRequest.Status.PENDING, reason, actor.username(),
				clock.instant().truncatedTo(ChronoUnit.MICROS), null, null);
		consents.insert(request);
		audit.append(AuditEvent.of(actor.username(), holder.value(), "consent.request")
			.subject("record", record.id().toString())
			.purpose(purpose.name())
			.detail("consent", request.id())
			.detail("to", to));
		return request;
	}

	@Transactional
	public ConsentRequest grant(Actor actor, String id, @Nullable String reason) {
		return decide(actor, id, ConsentRequest.Status.GRANTED, reason);
	}

	@Transactional
	public ConsentRequest refuse(Actor actor, String id, @Nullable String reason) {
		return decide(actor, id, ConsentRequest.Status.REFUSED, reason);
	}

	private ConsentRequest decide(Actor actor, String id, ConsentRequest.Status status, @Nullable String reason) {
		actor.require(Role.OFFICER, Role.NGO_MEMBER);
		AgencyId agency = actor.requireAgency();
		ConsentRequest current = consents.lock(id)
			.filter(c -> c.originator().equals(agency) || c.holder().equals(agency))
			.orElseThrow(() -> Problem.notFound("consent request"));
		if (!current.originator().equals(agency)) {
			throw Problem.forbidden("only the originator grants or refuses consent");
		}
		if (current.status() != ConsentRequest.Status.PENDING) {
			throw new IllegalStateException("the consent request is already " + current.status());
		}
		if (reason != null && reason.length() > 1000) {
			throw Problem.invalid("reason", "reason has at most 1000 characters");
		}
		consents.decide(id, status, reason, actor.username(), clock.instant().truncatedTo(ChronoUnit.MICROS));
		audit.append(AuditEvent.of(actor.username(), agency.value(), "consent." + status.name().toLowerCase())
			.subject("record", current.record().toString())
			.outcome(status.name())
			.purpose(current.purpose().name())
			.detail("consent", id)
			.detail("holder", current.holder())
			.detail("to", current.to()));
		return consents.lock(id).orElseThrow();
	}

	public List<ConsentRequest> involving(Actor actor) {
		return consents.involving(actor.requireAgency());
	}
}
