package org.liaison.records;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.liaison.agency.Actor;
import org.liaison.agency.AgencyId;
import org.liaison.agency.Role;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.liaison.common.Problem;
import org.liaison.records.internal.DisclosureStore;
import org.liaison.records.internal.RecordStore;
import org.liaison.treaty.Agreements;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and reading records. A record is visible to its originator and to the agencies it was
 * disclosed to (until the disclosure's retention ends); to anyone else it does not exist. Every read
 * is audited, the refused ones too.
 */
@Service
public class Records {

	private final RecordStore records;
	private final DisclosureStore disclosures;
	private final Schemata schemata;
	private final Agreements agreements;
	private final AuditLog audit;
	private final Clock clock;
	private final RecordsProperties properties;

	Records(RecordStore records, DisclosureStore disclosures, Schemata schemata, Agreements agreements, AuditLog audit,
			Clock clock, RecordsProperties properties) {
		this.records = records;
		this.disclosures = disclosures;
		this.schemata = schemata;
		this.agreements = agreements;
		this.audit = audit;
		this.clock = clock;
		this.properties = properties;
	}

	/** Creates a record originated by the actor's agency (OFFICER or NGO_MEMBER). */
	@Transactional
	public EntityRecord create(Actor actor, NewRecord request) {
		actor.require(Role.OFFICER, Role.NGO_MEMBER);
		AgencyId agency = actor.requireAgency();
		Schema schema = schemata.get(request.schema());
		Map<String, List<String>> properties = schema.validate(request.properties());
		if (request.purposes() == null || request.purposes().isEmpty()) {
			throw Problem.invalid("purposes", "a record needs at least one purpose");
		}
		LocalDate today = LocalDate.now(clock);
		LocalDate retention = request.retentionUntil() == null ? today.plus(this.properties.defaultRetention())
				: request.retentionUntil();
		if (!retention.isAfter(today)) {
			throw Problem.invalid("retentionUntil", "retentionUntil must be in the future");
		}
		if (retention.isAfter(today.plusYears(this.properties.maxRetentionYears()))) {
			throw Problem.invalid("retentionUntil",
					"retentionUntil may be at most " + this.properties.maxRetentionYears() + " years ahead");
		}
		if (request.legalBasis() != null && agreements.find(request.legalBasis()).isEmpty()) {
			throw Problem.invalid("legalBasis", "legalBasis names no known agreement");
		}
		EntityRecord record = new EntityRecord(RecordId.random(), schema.name(), schema.category(),
				schema.caption(properties), properties, request.markings(), agency, request.purposes(),
				request.legalBasis(), retention, actor.username(), clock.instant().truncatedTo(ChronoUnit.MICROS));
		records.insert(record);
		audit.append(AuditEvent.of(actor.username(), agency.value(), "record.create")
			.subject("record", record.id().toString())
			.purpose(record.purposes().iterator().next().name())
			.legalBasis(record.legalBasis())
			.detail("schema", record.schema())
			.detail("classification", record.markings().classification())
			.detail("tlp", record.markings().tlp().label()));
		return record;
	}

	/**
	 * The record as the actor's agency may see it, audited; a 404 problem, audited as refused, when the
	 * agency neither originated nor received it, exactly as for an id that names nothing.
	 */
	@Transactional
	public RecordView read(Actor actor, String id) {
		AgencyId agency = actor.agency();
		var view = agency == null ? null
				: RecordId.parse(id).flatMap(rid -> records.find(rid)).map(r -> viewFor(agency, r)).orElse(null);
		if (view == null) {
			audit.appendIndependently(AuditEvent.of(actor.username(), actor.agencyOrNode(), "record.read")
				.subject("record", id.length() > 36 ? id.substring(0, 36) : id)
				.outcome("NOT_FOUND"));
			throw Problem.notFound("record");
		}
		audit.append(AuditEvent.of(actor.username(), agency.value(), "record.read")
			.subject("record", id)
			.detail("as", view.disclosures() != null ? "originator" : "recipient"));
		return view;
	}

	/** The record if the agency may see it: as originator (with all disclosures) or as a recipient. */
	@org.jspecify.annotations.Nullable RecordView viewFor(AgencyId agency, EntityRecord r) {
		if (r.originator().equals(agency)) {
			return new RecordView(r, disclosures.of(r.id()), null);
		}
		List<Disclosure> held = disclosures.holdings(r.id(), agency, LocalDate.now(clock));
		return held.isEmpty() ? null : new RecordView(r, null, held);
	}

	/** A page of the records the agency originated ({@code received=false}) or received; audited as one read. */
	@Transactional
	public List<EntityRecord> list(Actor actor, boolean received, int page, int size) {
		AgencyId agency = actor.requireAgency();
		int limit = Math.max(1, Math.min(size, 200));
		long offset = (long) Math.max(0, page) * limit;
		List<EntityRecord> out = received ? records.disclosedTo(agency, LocalDate.now(clock), limit, offset)
				: records.byOriginator(agency, limit, offset);
		audit.append(AuditEvent.of(actor.username(), agency.value(), "record.list")
			.subject("records", received ? "received" : "originated")
			.detail("page", page)
			.detail("count", out.size()));
		return out;
	}
}
