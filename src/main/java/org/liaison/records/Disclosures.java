package org.liaison.records;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.agency.Agencies;
import org.liaison.agency.Agency;
import org.liaison.agency.AgencyId;
import org.liaison.agency.Role;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.liaison.common.Problem;
import org.liaison.records.internal.ConsentStore;
import org.liaison.records.internal.DisclosureStore;
import org.liaison.records.internal.RecordStore;
import org.liaison.treaty.Agreements;
import org.liaison.treaty.DisclosureDecision;
import org.liaison.treaty.DisclosureItem;
import org.liaison.treaty.DisclosureRequest;
import org.liaison.treaty.Holding;
import org.liaison.treaty.OnwardTransfer;
import org.liaison.treaty.Purpose;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sharing a record: the agreements decide, a PERMIT is stored with its obligations, and the decision is
 * audited either way. Each disclosure is its own row, so concurrent shares of one record lose nothing;
 * the same record shared with the same agency for the same purpose twice, even at the same moment, is
 * stored once (the database's unique constraint decides).
 */
@Service
public class Disclosures {

	private final RecordStore records;
	private final DisclosureStore disclosures;
	private final ConsentStore consents;
	private final Agencies agencies;
	private final Agreements agreements;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Disclosures(RecordStore records, DisclosureStore disclosures, ConsentStore consents, Agencies agencies,
			Agreements agreements, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.disclosures = disclosures;
		this.consents = consents;
		this.agencies = agencies;
		this.agreements = agreements;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Decides and, on PERMIT, stores the disclosure of a record the actor's agency holds. A DENY is
	 * returned, not thrown, so that its audit entry commits; a record the agency does not hold is a 404.
	 */
	@Transactional
	public DisclosureOutcome disclose(Actor actor, String recordId, String to, Purpose purpose) {
		actor.require(Role.OFFICER, Role.NGO_MEMBER);
		AgencyId from = actor.requireAgency();
		Agency recipient = recipient(to);
		EntityRecord record = RecordId.parse(recordId).flatMap(records::find).orElse(null);
		LocalDate today = agreements.today();
		DisclosureItem item = record == null ? null : itemAsHeldBy(record, from, recipient.id(), purpose, today);
		if (item == null) {
			audit.appendIndependently(AuditEvent.of(actor.username(), from.value(), "disclosure.decide")
				.subject("record", recordId.length() > 36 ? recordId.substring(0, 36) : recordId)
				.outcome("NOT_FOUND")
				.detail("to", recipient.id()));
			throw Problem.notFound("record");
		}
		DisclosureDecision decision = agreements.decide(
				new DisclosureRequest(item, agencies.get(from), recipient, purpose, today));
		Disclosure stored = null;
		boolean created = false;
		if (decision.permitted() && !from.equals(recipient.id())) {
			Disclosure candidate = new Disclosure(UUID.randomUUID().toString(), record.id(), from, recipient.id(), purpose,
					decision.agreement(), decision.article(), onwardTransferOf(decision), decision.obligations(),
					retentionOf(decision), actor.username(), clock.instant().truncatedTo(ChronoUnit.MICROS));
			created = disclosures.insertIfAbsent(candidate);
			stored = created ? candidate : disclosures.find(record.id(), recipient.id(), purpose).orElseThrow();
			if (created) {
				events.publishEvent(new RecordDisclosed(stored.id(), record.id(), from, recipient.id(), purpose,
						stored.agreement()));
			}
		}
		audit.append(decisionEvent(actor, from, "disclosure.decide", recipient.id(), purpose, decision)
			.subject("record", record.id().toString())
			.detail("onward", !from.equals(record.originator()))
			.detail("disclosure", stored == null ? null : stored.id()));
		return new DisclosureOutcome(decision, stored, created);
	}

	/**
	 * Decides without storing anything but an audit entry: for a record the agency holds, or for a
	 * hypothetical item (category and markings) originated by {@code from}. Only NODE_ADMIN and
	 * TREATY_ADMIN may ask on behalf of another agency.
	 */
	@Transactional
	public DisclosureDecision dryRun(Actor actor, @Nullable String recordId, @Nullable DisclosureItem hypothetical,
			@Nullable String fromId, String to, Purpose purpose, @Nullable LocalDate at) {
		AgencyId from = fromId == null ? actor.requireAgency() : agencyId(fromId, "from");
		if (!from.equals(actor.agency()) && !actor.has(Role.NODE_ADMIN) && !actor.has(Role.TREATY_ADMIN)) {
			throw Problem.forbidden("you may ask only on behalf of your own agency");
		}
		Agency recipient = recipient(to);
		LocalDate day = at == null ? agreements.today() : at;
		DisclosureItem item;
		if (recordId != null) {
			EntityRecord record = RecordId.parse(recordId).flatMap(records::find).orElse(null);
			item = record == null ? null : itemAsHeldBy(record, from, recipient.id(), purpose, day);
			if (item == null) {
				throw Problem.notFound("record");
			}
		}
		else if (hypothetical != null) {
			item = hypothetical;
		}
		else {
			throw Problem.invalid("record", "give a record id, or a category and markings");
		}
		DisclosureDecision decision = agreements.decide(new DisclosureRequest(item, agencies.get(from), recipient, purpose, day));
		audit.append(decisionEvent(actor, from, "decision.dry-run", recipient.id(), purpose, decision)
			.subject(recordId == null ? "item" : "record", recordId == null ? item.category().name() : recordId)
			.detail("at", day));
		return decision;
	}

	/** The record as the agency holds it, or null when it holds it neither as originator nor recipient. */
	@Nullable DisclosureItem itemAsHeldBy(EntityRecord record, AgencyId holder, AgencyId to, Purpose purpose,
			LocalDate today) {
		DisclosureItem original = record.asItem();
		if (record.originator().equals(holder)) {
			return original;
		}
		List<Disclosure> held = disclosures.holdings(record.id(), holder, today);
		if (held.isEmpty()) {
			return null;
		}
		Disclosure through = held.stream()
			.filter(d -> d.purpose() == purpose)
			.findFirst()
			.orElse(held.get(0));
		LocalDate retention = held.stream()
			.map(Disclosure::retentionUntil)
			.filter(java.util.Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(record.retentionUntil());
		boolean consent = consents.granted(record.id(), holder, to, purpose);
		DisclosureItem asHeld = new DisclosureItem(original.category(), original.classification(), original.tlp(),
				original.handlingCodes(), original.originator(),
				retention.isBefore(record.retentionUntil()) ? retention : record.retentionUntil(), null);
		return asHeld.heldThrough(new Holding(through.agreement(), through.onwardTransfer(), through.purpose(), consent));
	}

	private Agency recipient(String to) {
		return agencies.find(agencyId(to, "to")).orElseThrow(
				() -> new Problem(org.springframework.http.HttpStatus.BAD_REQUEST, "unknown-agency", "Invalid request",
						"'to' names no agency known to this node").with("field", "to"));
	}

	private static AgencyId agencyId(String value, String field) {
		if (value == null || !AgencyId.isWellFormed(value)) {
			throw Problem.invalid(field, "'" + field + "' must be an agency id like FR.DGPN");
		}
		return AgencyId.of(value);
	}

	private static OnwardTransfer onwardTransferOf(DisclosureDecision decision) {
		return decision.obligations().stream()
			.filter(o -> o.type().equals("ONWARD_TRANSFER"))
			.map(o -> OnwardTransfer.valueOf(o.value()))
			.findFirst()
			.orElse(OnwardTransfer.FORBIDDEN);
	}

	private static @Nullable LocalDate retentionOf(DisclosureDecision decision) {
		return decision.obligations().stream()
			.filter(o -> o.type().equals("RETENTION"))
			.map(o -> LocalDate.parse(o.value()))
			.findFirst()
			.orElse(null);
	}

	private static AuditEvent decisionEvent(Actor actor, AgencyId from, String action, AgencyId to, Purpose purpose,
			DisclosureDecision decision) {
		return AuditEvent.of(actor.username(), from.value(), action)
			.outcome(decision.decision().name())
			.purpose(purpose.name())
			.legalBasis(decision.agreement())
			.detail("to", to)
			.detail("reason", decision.reason())
			.detail("article", decision.article());
	}
}
