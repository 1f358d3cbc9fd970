package org.liaison.messaging;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.agency.AgencyId;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.liaison.common.Problem;
import org.liaison.messaging.internal.MessageStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages in cases: sending, reading (the first read by a recipient is its read receipt), delaying a
 * deadline with a justification, the inbox, outbox and overdue lists, the cooperation figures, and the
 * escalation of overdue requests.
 */
@Service
public class Messages {

	private static final int ESCALATION_BATCH = 500;

	private final Cases cases;
	private final MessageStore messages;
	private final MessageViews views;
	private final Sender sender;
	private final ScreeningFollowUpAnswers followUpAnswers;
	private final AttachmentIntake intake;
	private final Notifications notifications;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final MessagingProperties properties;

	Messages(Cases cases, MessageStore messages, MessageViews views, Sender sender,
			ScreeningFollowUpAnswers followUpAnswers, AttachmentIntake intake, Notifications notifications, AuditLog audit, ApplicationEventPublisher events, Clock clock,
			MessagingProperties properties) {
		this.intake = intake;
		this.cases = cases;
		this.messages = messages;
		this.views = views;
		this.sender = sender;
		this.followUpAnswers = followUpAnswers;
		this.notifications = notifications;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.properties = properties;
	}

	/** Sends a message in a case the actor's agency is party to (404 otherwise, 409 when closed, 403 when denied). */
	@Transactional
	public Message send(Actor actor, String caseId, NewMessage message) {
		return send(actor, caseId, message, List.of());
	}

	/** Sends a message as {@link #send(Actor, String, NewMessage)}, carrying the files given as well. */
	@Transactional
	public Message send(Actor actor, String caseId, NewMessage message, List<Upload> files) {
		Cases.requireCaseHandler(actor);
		CaseFile c = cases.visible(actor, caseId, "message.send");
		return sender.send(actor, c, message, files.stream().map(u -> intake.store(actor, c, u)).toList());
	}

	/** A message of the case the agency sent or received; a recipient's first read is its read receipt. Audited. */
	@Transactional
	public Message read(Actor actor, String caseId, String messageId) {
		AgencyId agency = actor.requireAgency();
		CaseFile c = cases.visible(actor, caseId, "message.read");
		MessageStore.Row row = visibleMessage(actor, c, messageId, "message.read");
		int changed = messages.markRead(List.of(row.id()), agency, actor.username(), now());
		audit.append(AuditEvent.of(actor.username(), agency.value(), "message.read")
			.subject("message", row.id())
			.purpose(c.purpose().name())
			.legalBasis(c.legalBasis())
			.detail("case", c.id())
			.detail("first", changed == 1 ? true : null));
		if (changed == 1) {
			events.publishEvent(new ReceiptsChanged(agency, List.of(new ReceiptsChanged.Ref(row.id(), row.from()))));
		}
		return views.of(List.of(row), agency).get(0);
	}

	/**
	 * The recipient of an unanswered request moves its deadline later, stating why (EU Directive 2023/977,
	 * Art. 5(3)); the requesting agency is told. The new deadline must be in the future and after the current one.
	 */
	@Transactional
	public Message delay(Actor actor, String caseId, String messageId, Instant until, String justification) {
		Cases.requireCaseHandler(actor);
		AgencyId agency = actor.requireAgency();
		CaseFile c = cases.visible(actor, caseId, "message.delay");
		MessageStore.Row row = visibleMessage(actor, c, messageId, "message.delay");
		String why = Texts.text("justification", justification, 2000, true);
		Receipt receipt = messages.receiptOf(row.id(), agency, clock.instant(), properties.dueSoon())
			.filter(r -> r.dueAt() != null && r.answeredAt() == null)
			.orElseThrow(() -> Problem.conflict("not-delayable", "only an unanswered request to your agency can be delayed"));
		if (c.status() == CaseStatus.CLOSED) {
			throw Problem.conflict("case-closed", "the case is closed");
		}
		if (until == null || !until.isAfter(clock.instant())) {
			throw Problem.badRequest("deadline-in-past", "until must be in the future").with("field", "until");
		}
		if (!until.isAfter(receipt.dueAt())) {
			throw Problem.invalid("until", "until must be after the current deadline");
		}
		Instant due = until.truncatedTo(ChronoUnit.MICROS);
		messages.delay(row.id(), agency, due, why);
		notifications.notify(row.from(), Notifications.ALL, "REQUEST_DELAYED", c.id(), row.id(),
				"Request in case " + c.reference() + " delayed by " + agency + " until " + due.truncatedTo(ChronoUnit.SECONDS));
		audit.append(AuditEvent.of(actor.username(), agency.value(), "message.delay")
			.subject("message", row.id())
			.detail("case", c.id())
			.detail("from", receipt.dueAt())
			.detail("until", due));
		return views.of(List.of(row), agency).get(0);
	}

	/**
	 * A page of the agency's inbox (received messages), newest first: the newest lines, or those just older
	 * than {@code before}, or just newer than {@code after} (cursors of earlier pages, at most one). Audited
	 * as one read of the list.
	 */
	@Transactional
	public MessagePage inbox(Actor actor, @Nullable String before, @Nullable String after, int size) {
		return page(actor, "inbox", before, after, size);
	}

	/** A page of the agency's outbox (sent messages) as {@link #inbox}, with every recipient's delivery, read and answer. */
	@Transactional
	public MessagePage outbox(Actor actor, @Nullable String before, @Nullable String after, int size) {
		return page(actor, "outbox", before, after, size);
	}

	/** Unanswered requests past their deadline that the agency received or sent, most overdue first. */
	@Transactional
	public List<MessageLine> overdue(Actor actor) {
		return list(actor, "overdue", 500);
	}

	/** The unanswered requests the agency received, soonest deadline first (the dashboard's "what needs me now"). */
	@Transactional
	public List<MessageLine> dueSoonest(Actor actor, int limit) {
		return list(actor, "due", limit);
	}

	private MessagePage page(Actor actor, String box, @Nullable String before, @Nullable String after, int size) {
		AgencyId agency = actor.requireAgency();
		if (before != null && after != null) {
			throw Problem.invalid("after", "a page is either before or after a cursor, not both");
		}
		BoxCursor cursor = before != null ? BoxCursor.parse("before", before) : after != null ? BoxCursor.parse("after", after) : null;
		boolean older = after == null;
		int limit = Math.max(1, Math.min(size, 200));
		Instant now = clock.instant();
		List<MessageStore.Line> lines = box.equals("inbox")
				? messages.inbox(agency, cursor, older, limit, now, properties.dueSoon())
				: messages.outbox(agency, cursor, older, limit, now, properties.dueSoon());
		List<MessageLine> out = audited(actor, box, lines, cursor);
		boolean full = out.size() == limit;
		BoxCursor olderPage = out.isEmpty() || (older && !full) ? null : BoxCursor.of(out.get(out.size() - 1));
		BoxCursor newerPage = out.isEmpty() || cursor == null || (!older && !full) ? null : BoxCursor.of(out.get(0));
		return new MessagePage(out, olderPage, newerPage);
	}

	private List<MessageLine> list(Actor actor, String box, int size) {
		AgencyId agency = actor.requireAgency();
		int limit = Math.max(1, Math.min(size, 200));
		Instant now = clock.instant();
		List<MessageStore.Line> lines = box.equals("due") ? messages.dueSoonest(agency, now, properties.dueSoon(), limit)
				: messages.overdue(agency, now, properties.dueSoon(), limit);
		return audited(actor, box, lines, null);
	}

	private List<MessageLine> audited(Actor actor, String box, List<MessageStore.Line> lines, @Nullable BoxCursor cursor) {
		AgencyId agency = actor.requireAgency();
		audit.append(AuditEvent.of(actor.username(), agency.value(), "message.list")
			.subject("messages", box)
			.detail("from", cursor == null ? null : cursor.sentAt())
			.detail("count", lines.size()));
		return lines.stream().map(l -> new MessageLine(l.message().id(), l.message().caseId(), l.reference(), l.subject(),
				l.markings(), l.message().type(), l.message().kind(), l.message().urgent(), l.message().from(),
				l.message().sentBy(), l.message().sentAt(), l.receipts())).toList();
	}

	/** How the agency's requests stand against their deadlines, received and sent: the cooperation KPIs. */
	@Transactional(readOnly = true)
	public Map<String, Map<String, Long>> figures(Actor actor) {
		AgencyId agency = actor.requireAgency();
		Map<String, Map<String, Long>> out = new LinkedHashMap<>();
		out.put("received", messages.requestCounts(agency, true, clock.instant()));
		out.put("sent", messages.requestCounts(agency, false, clock.instant()));
		return out;
	}

	/**
	 * Flags every request past its deadline, unanswered and not yet escalated, in an open case; tells the
	 * recipient's single point of contact and the requesting agency. Returns how many were escalated. A
	 * screening follow-up whose hit was answered meanwhile gets that answer instead (see
	 * {@link ScreeningFollowUpAnswers}).
	 */
	@Transactional
	public int escalateOverdue() {
		Instant now = now();
		int count = 0;
		for (MessageStore.Overdue o : messages.overdueNotEscalated(now, ESCALATION_BATCH)) {
			if (followUpAnswers.caughtUp(o.messageId(), o.recipient())
					|| !messages.flagEscalated(o.messageId(), o.recipient(), now)) {
				continue;
			}
			count++;
			String due = o.dueAt().truncatedTo(ChronoUnit.SECONDS).toString();
			notifications.notify(o.recipient(), Notifications.SPOC, "REQUEST_OVERDUE", o.caseId(), o.messageId(),
					"Overdue: request from " + o.from() + " was due " + due);
			notifications.notify(o.from(), Notifications.ALL, "REQUEST_OVERDUE", o.caseId(), o.messageId(),
					"Overdue: your request to " + o.recipient() + " was due " + due);
			events.publishEvent(new RequestEscalated(o.messageId(), o.caseId(), o.from(), o.recipient(), o.dueAt(), now));
			audit.append(AuditEvent.of("system", o.recipient().value(), "message.escalate")
				.subject("message", o.messageId())
				.outcome("OVERDUE")
				.detail("case", o.caseId())
				.detail("from", o.from())
				.detail("dueAt", o.dueAt()));
		}
		return count;
	}

	private MessageStore.Row visibleMessage(Actor actor, CaseFile c, String messageId, String action) {
		AgencyId agency = actor.requireAgency();
		return messages.find(messageId)
			.filter(r -> r.caseId().equals(c.id()))
			.filter(r -> r.from().equals(agency)
					|| messages.receiptOf(r.id(), agency, clock.instant(), properties.dueSoon()).isPresent())
			.orElseThrow(() -> {
				audit.appendIndependently(AuditEvent.of(actor.username(), agency.value(), action)
					.subject("message", messageId.length() > 36 ? messageId.substring(0, 36) : messageId)
					.outcome("NOT_FOUND"));
				return Problem.notFound("message");
			});
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}
}
