package org.liaison.records;

import java.util.Objects;
import java.util.Optional;

import org.liaison.agency.Agencies;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.liaison.records.internal.DisclosureStore;
import org.liaison.records.internal.RecordStore;
import org.liaison.treaty.Agreements;
import org.liaison.treaty.DisclosureDecision;
import org.liaison.treaty.DisclosureItem;
import org.liaison.treaty.DisclosureRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disclosures between nodes, for the federation module: what leaves ({@link #transfer}) and what
 * arrives ({@link #receive}). The decision runs on both sides: the receiving node decides again on the
 * same item, under its own copy of the agreements, and stores the record only when it agrees.
 */
@Service
public class DisclosureTransfers {

	private final RecordStore records;
	private final DisclosureStore disclosures;
	private final Disclosures decisions;
	private final Agencies agencies;
	private final Agreements agreements;
	private final AuditLog audit;

	DisclosureTransfers(RecordStore records, DisclosureStore disclosures, Disclosures decisions, Agencies agencies,
			Agreements agreements, AuditLog audit) {
		this.records = records;
		this.disclosures = disclosures;
		this.decisions = decisions;
		this.agencies = agencies;
		this.agreements = agreements;
		this.audit = audit;
	}

	/** The disclosure with its record and the sender's holding, to be sent to the recipient's node. */
	@Transactional(readOnly = true)
	public Optional<DisclosureTransfer> transfer(String disclosureId) {
		return disclosures.byId(disclosureId).flatMap(d -> records.find(d.record()).map(r -> {
			DisclosureItem item = decisions.itemAsHeldBy(r, d.from(), d.to(), d.purpose(), d.disclosedAt()
				.atZone(java.time.ZoneOffset.UTC).toLocalDate());
			return new DisclosureTransfer(r, d, item == null ? null : item.holding());
		}));
	}

	/**
	 * Decides a disclosure that arrived from another node as this node would, audits the decision
	 * (whatever it is, even if the caller's transaction rolls back) and, when it is an agreeing PERMIT,
	 * stores the record (once) and the disclosure (once).
	 *
	 * @param sender the node it came from, for the audit entry
	 */
	@Transactional
	public ReceivedDisclosure receive(DisclosureTransfer transfer, String sender) {
		Disclosure d = transfer.disclosure();
		EntityRecord record = transfer.record();
		if (!record.id().equals(d.record())) {
			throw new IllegalArgumentException("the disclosure is of another record");
		}
		DisclosureItem item = record.asItem();
		if (!d.from().equals(record.originator())) {
			if (transfer.holding() == null) {
				throw new IllegalArgumentException("an onward transfer must say how the sender holds the record");
			}
			item = item.heldThrough(transfer.holding());
		}
		java.time.LocalDate day = d.disclosedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate();
		DisclosureDecision decision = agreements.decide(
				new DisclosureRequest(item, agencies.get(d.from()), agencies.get(d.to()), d.purpose(), day));
		boolean agrees = decision.permitted() && Objects.equals(decision.agreement(), d.agreement())
				&& Objects.equals(decision.article(), d.article());
		AuditEvent event = AuditEvent.of("federation:" + sender, d.to().value(), "disclosure.receive")
			.subject("record", record.id().toString())
			.outcome(agrees ? decision.decision().name() : "MISMATCH")
			.purpose(d.purpose().name())
			.legalBasis(decision.agreement())
			.detail("from", d.from())
			.detail("reason", decision.reason())
			.detail("article", decision.article())
			.detail("senderAgreement", d.agreement())
			.detail("senderArticle", d.article())
			.detail("disclosure", d.id());
		if (!agrees) {
			audit.appendIndependently(event);
			return new ReceivedDisclosure(decision, false, false);
		}
		if (records.find(record.id()).isEmpty()) {
			records.insert(record);
		}
		boolean stored = disclosures.insertIfAbsent(d);
		audit.append(event.detail("stored", stored));
		return new ReceivedDisclosure(decision, true, stored);
	}
}
