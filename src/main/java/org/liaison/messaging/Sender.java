package org.liaison.messaging;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.agency.Agencies;
import org.liaison.agency.AgencyId;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.liaison.common.Problem;
import org.liaison.messaging.internal.AttachmentStore;
import org.liaison.messaging.internal.CaseStore;
import org.liaison.messaging.internal.MessageStore;
import org.liaison.records.DisclosureOutcome;
import org.liaison.records.Disclosures;
import org.liaison.screening.FollowUps;
import org.liaison.treaty.Agreements;
import org.liaison.treaty.DisclosureDecision;
import org.liaison.treaty.DisclosureItem;
import org.liaison.treaty.DisclosureRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Sends one message in a case, all or nothing, inside the caller's transaction: the message itself is
 * decided for every recipient (the case's category, markings and purpose), and every referenced record
 * is disclosed to every recipient through {@link Disclosures}. The first denial fails the whole send
 * with a 403 naming the reason, the transaction rolls back (no message, no disclosure) and the denial is
 * audited on its own. An answer to the follow-up of a screening hit is recorded on the hit too, through
 * {@link FollowUps}, in the same transaction: a follow-up answered already (on the hit or in the case) is
 * a 409, so that the hit and the case never hold two different first answers.
 */
@Component
class Sender {

	private final CaseStore cases;
	private final MessageStore messages;
	private final AttachmentStore attachments;
	private final Disclosures disclosures;
	private final FollowUps followUps;
	private final Agreements agreements;
	private final Agencies agencies;
	private final Notifications notifications;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final MessagingProperties properties;

	Sender(CaseStore cases, MessageStore messages, AttachmentStore attachments, Disclosures disclosures, FollowUps followUps,
			Agreements agreements, Agencies agencies, Notifications notifications, AuditLog audit, ApplicationEventPublisher events, Clock clock,
			MessagingProperties properties) {
		this.cases = cases;
		this.messages = messages;
		this.attachments = attachments;
		this.disclosures = disclosures;
		this.followUps = followUps;
		this.agreements = agreements;
		this.agencies = agencies;
		this.notifications = notifications;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.properties = properties;
	}

	/** Sends the message in the case for the actor's agency; returns it as stored, as its sender sees it. */
	Message send(Actor actor, CaseFile c, NewMessage m) {
		return send(actor, c, m, true);
	}

	/** Sends as {@link #send(Actor, CaseFile, NewMessage)}, carrying these files too, just taken in for it. */
	Message send(Actor actor, CaseFile c, NewMessage m, List<Attachment> fresh) {
		return send(actor, c, withFiles(m, fresh.stream().map(Attachment::id).toList()), true, fresh);
	}

	/**
	 * Sends as {@link #send(Actor, CaseFile, NewMessage)}; with {@code recordOnHit} false, an answer to a
	 * screening follow-up is not recorded on the hit, because it comes from there.
	 */
	Message send(Actor actor, CaseFile c, NewMessage m, boolean recordOnHit) {
		return send(actor, c, m, recordOnHit, List.of());
	}

	private Message send(Actor actor, CaseFile c, NewMessage m, boolean recordOnHit, List<Attachment> fresh) {
		AgencyId from = actor.requireAgency();
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		if (m.type() == null) {
			throw Problem.invalid("type", "type is REQUEST, ANSWER or NOTIFICATION");
		}
		String body = Texts.body(m.body(), properties.maxBodyChars());
		MessageStore.Row request = m.type() == MessageType.ANSWER ? answered(c, m, from) : null;
		List<AgencyId> to = recipients(c, m, from, request);
		Instant due = m.type() == MessageType.REQUEST ? due(m, now) : null;
		if (m.type() != MessageType.REQUEST && m.dueAt() != null) {
			throw Problem.invalid("dueAt", "only a request has a deadline");
		}
		if (!cases.touchIfOpen(c.id(), now)) {
			throw Problem.conflict("case-closed", "the case is closed: it takes no more messages");
		}
		String id = UUID.randomUUID().toString();
		List<MessageStore.NewReceipt> receipts = new ArrayList<>();
		LocalDate today = agreements.today();
		DisclosureItem item = DisclosureItem.original(c.category(), c.classification(), c.tlp(), c.handlingCodes(), from, null);
		for (AgencyId recipient : to) {
			DisclosureDecision d = agreements.decide(new DisclosureRequest(item, agencies.get(from), agencies.get(recipient),
					c.purpose(), today));
			if (!d.permitted()) {
				throw denied(actor, c, recipient, null, d);
			}
			receipts.add(new MessageStore.NewReceipt(recipient, due, d.agreement(), d.article()));
		}
		List<String[]> refs = new ArrayList<>();
		for (String record : new LinkedHashSet<>(m.records())) {
			for (AgencyId recipient : to) {
				DisclosureOutcome outcome = disclose(actor, record, recipient, c);
				if (!outcome.decision().permitted()) {
					throw denied(actor, c, recipient, record, outcome.decision());
				}
				refs.add(new String[] { record, recipient.value(),
						outcome.disclosure() == null ? null : outcome.disclosure().id() });
			}
		}
		if (request != null && recordOnHit) {
			recordOnHit(request, from, body, actor.username(), now);
		}
		MessageStore.Row row = new MessageStore.Row(id, c.id(), m.type(),
				m.type() == MessageType.REQUEST ? RequestKind.INFORMATION : null,
				m.type() == MessageType.REQUEST ? m.urgent() : null,
				m.type() == MessageType.REQUEST ? m.accessibility() : null, request == null ? null : request.id(), from,
				actor.username(), body, now);
		messages.insert(row, receipts, now);
		for (String[] ref : refs) {
			messages.insertRecordRef(id, ref[0], AgencyId.of(ref[1]), ref[2]);
		}
		Set<String> files = new LinkedHashSet<>(m.attachments());
		if (attachments.attach(files, c.id(), from, id) != files.size()) {
			throw Problem.invalid("attachments", "attachments must be files your agency uploaded to this case and has not sent");
		}
		if (request != null) {
			messages.answer(request.id(), from, id, now);
		}
		for (AgencyId recipient : to) {
			notifications.notify(recipient, Notifications.ALL, "MESSAGE_RECEIVED", c.id(), id,
					m.type() + " from " + from + " in case " + c.reference()
							+ (due == null ? "" : ", due " + due.truncatedTo(ChronoUnit.SECONDS)));
		}
		events.publishEvent(new MessageSent(id, c.id(), m.type(), from, to, now));
		audit.append(AuditEvent.of(actor.username(), from.value(), "message.send")
			.subject("message", id)
			.purpose(c.purpose().name())
			.legalBasis(c.legalBasis())
			.detail("case", c.id())
			.detail("type", m.type())
			.detail("to", String.join(",", to.stream().map(AgencyId::value).toList()))
			.detail("records", m.records().isEmpty() ? null : String.join(",", new LinkedHashSet<>(m.records())))
			.detail("attachments", files.isEmpty() ? null : String.join(",", files))
			.detail("dueAt", due));
		List<Receipt> sent = receipts.stream()
			.map(r -> new Receipt(r.agency(), now, null, null, r.dueAt(), null, null, null, null,
					DeadlineState.of(r.dueAt(), null, now, properties.dueSoon()), r.agreement(), r.article()))
			.toList();
		List<Attachment> carried = carried(id, files, fresh);
		return new Message(id, c.id(), row.type(), row.kind(), row.urgent(), row.accessibility(), row.inReplyTo(), from,
				actor.username(), body, now, sent, refs.stream().map(r -> r[0]).distinct().toList(), carried);
	}

	/** The files the message now carries: those just taken in as they are (no query), any others as stored. */
	private List<Attachment> carried(String messageId, Set<String> ids, List<Attachment> fresh) {
		if (ids.isEmpty()) {
			return List.of();
		}
		if (ids.size() == fresh.size()) {
			return fresh.stream()
				.map(a -> new Attachment(a.id(), a.caseId(), messageId, a.agency(), a.name(), a.contentType(), a.size(), a.sha256(),
						a.uploadedBy(), a.uploadedAt()))
				.toList();
		}
		return attachments.ofMessages(List.of(messageId)).getOrDefault(messageId, List.of());
	}

	/** The message with these attachment ids added to those it names. */
	private static NewMessage withFiles(NewMessage m, List<String> ids) {
		if (ids.isEmpty()) {
			return m;
		}
		List<String> all = new ArrayList<>(m.attachments());
		all.addAll(ids);
		return new NewMessage(m.type(), m.to(), m.body(), m.urgent(), m.accessibility(), m.dueAt(), m.inReplyTo(), m.records(),
				all);
	}

	private DisclosureOutcome disclose(Actor actor, String record, AgencyId recipient, CaseFile c) {
		try {
			return disclosures.disclose(actor, record, recipient.value(), c.purpose());
		}
		catch (Problem p) {
			if (p.status() == HttpStatus.NOT_FOUND) {
				throw Problem.invalid("records", "records must be records your agency holds");
			}
			throw p;
		}
	}

	private @Nullable Instant due(NewMessage m, Instant now) {
		if (m.urgent() && m.accessibility() == null) {
			throw Problem.invalid("accessibility", "an urgent request says whether the information is DIRECT or INDIRECT");
		}
		if (m.dueAt() != null) {
			if (!m.dueAt().isAfter(now)) {
				throw Problem.badRequest("deadline-in-past", "dueAt must be in the future").with("field", "dueAt");
			}
			return m.dueAt().truncatedTo(ChronoUnit.MICROS);
		}
		Accessibility accessibility = m.accessibility() == null ? Accessibility.INDIRECT : m.accessibility();
		return now.plus(Deadlines.of(RequestKind.INFORMATION, m.urgent(), accessibility));
	}

	private void recordOnHit(MessageStore.Row request, AgencyId from, String body, String by, Instant now) {
		String hit = request.kind() == RequestKind.SCREENING_FOLLOW_UP ? messages.screeningHitOf(request.id()).orElse(null) : null;
		if (hit == null) {
			return;
		}
		if (body.codePointCount(0, body.length()) > FollowUps.MAX_ANSWER) {
			throw Problem.invalid("body", "an answer to a screening follow-up has at most " + FollowUps.MAX_ANSWER + " characters");
		}
		if (!followUps.recordAnswer(hit, from, body, by, now)) {
			throw Problem.conflict("invalid-state", "this follow-up was answered already");
		}
	}

	/** The request an answer answers: in this case and addressed to the answering agency. */
	private MessageStore.Row answered(CaseFile c, NewMessage m, AgencyId from) {
		if (m.inReplyTo() == null) {
			throw Problem.invalid("inReplyTo", "an answer names the request it answers (inReplyTo)");
		}
		return messages.find(m.inReplyTo())
			.filter(r -> r.caseId().equals(c.id()) && r.type() == MessageType.REQUEST)
			.filter(r -> messages.receiptOf(r.id(), from, clock.instant(), properties.dueSoon()).isPresent())
			.orElseThrow(() -> Problem.invalid("inReplyTo", "inReplyTo must name a request of this case sent to your agency"));
	}

	private List<AgencyId> recipients(CaseFile c, NewMessage m, AgencyId from, MessageStore.@Nullable Row request) {
		List<AgencyId> to = new ArrayList<>();
		if (m.to().isEmpty()) {
			if (request != null) {
				to.add(request.from());
			}
			else {
				c.parties().stream().filter(p -> !p.equals(from)).forEach(to::add);
			}
		}
		for (String t : new LinkedHashSet<>(m.to())) {
			AgencyId id = t != null && AgencyId.isWellFormed(t) ? AgencyId.of(t) : null;
			if (id == null || id.equals(from) || !c.parties().contains(id)) {
				throw Problem.invalid("to", "'to' lists other parties of the case");
			}
			to.add(id);
		}
		if (to.isEmpty()) {
			throw Problem.invalid("to", "the message has no recipient");
		}
		return to;
	}

	private Problem denied(Actor actor, CaseFile c, AgencyId recipient, @Nullable String record, DisclosureDecision d) {
		audit.appendIndependently(AuditEvent.of(actor.username(), actor.agencyOrNode(), "message.send")
			.subject("case", c.id())
			.outcome("DENY")
			.purpose(c.purpose().name())
			.legalBasis(d.agreement())
			.detail("to", recipient)
			.detail("record", record)
			.detail("reason", d.reason())
			.detail("article", d.article()));
		Problem p = new Problem(HttpStatus.FORBIDDEN, d.reason().name().toLowerCase().replace('_', '-'), "Message not sent",
				(record == null ? "" : "a referenced record may not go to " + recipient + ": ") + d.explanation());
		p.with("decision", d.decision()).with("reason", d.reason()).with("citations", d.citations()).with("recipient", recipient);
		if (record != null) {
			p.with("record", record);
		}
		if (d.agreement() != null) {
			p.with("agreement", d.agreement()).with("article", d.article());
		}
		return p;
	}
}
