package org.liaison.messaging;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.liaison.agency.Agencies;
import org.liaison.alerts.Alert;
import org.liaison.alerts.Alerts;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.liaison.messaging.internal.CaseStore;
import org.liaison.messaging.internal.MessageStore;
import org.liaison.screening.ScreeningHitRecorded;
import org.liaison.treaty.Agreements;
import org.liaison.treaty.DisclosureDecision;
import org.liaison.treaty.DisclosureRequest;
import org.liaison.treaty.Purpose;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Opens the follow-up of a screening hit once the screening commits: a case of the asking agency with
 * the alert's owner, holding a request (kind SCREENING_FOLLOW_UP) the owner must answer by the hit's
 * follow-up deadline (12 hours), as SIRENE bureaux do. The request says that the alert was hit and names
 * the hit; it carries no personal data. It is decided like any message: if the agreements do not let
 * the asker tell the owner, no case is opened and the refusal is audited. The request is linked to the hit,
 * so that an answer on either side is recorded on the other (see {@link Sender} and
 * {@link ScreeningFollowUpAnswers}). A hit on an alert received from a peer opens nothing here: the hit is
 * carried to the owner's node, which opens the follow-up where the owner can answer it.
 */
@Component
class ScreeningFollowUps {

	private static final Logger log = LoggerFactory.getLogger(ScreeningFollowUps.class);

	private final Alerts alerts;
	private final Agencies agencies;
	private final Agreements agreements;
	private final CaseStore cases;
	private final MessageStore messages;
	private final Notifications notifications;
	private final AuditLog audit;
	private final org.springframework.context.ApplicationEventPublisher events;
	private final Clock clock;

	ScreeningFollowUps(Alerts alerts, Agencies agencies, Agreements agreements, CaseStore cases, MessageStore messages,
			Notifications notifications, AuditLog audit, org.springframework.context.ApplicationEventPublisher events,
			Clock clock) {
		this.alerts = alerts;
		this.agencies = agencies;
		this.agreements = agreements;
		this.cases = cases;
		this.messages = messages;
		this.notifications = notifications;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(ScreeningHitRecorded hit) {
		if (hit.remoteOwner()) {
			return;
		}
		Alert alert = alerts.owned(hit.owner(), hit.alertId()).orElse(null);
		if (alert == null) {
			log.warn("screening hit {} names an alert its owner does not have", hit.hitId());
			return;
		}
		Purpose purpose = alert.purposes().iterator().next();
		DisclosureDecision d = agreements.decide(new DisclosureRequest(
				org.liaison.treaty.DisclosureItem.original(alert.category(), alert.markings().classification(),
						alert.markings().tlp(), alert.markings().handlingCodes(), hit.asker(), null),
				agencies.get(hit.asker()), agencies.get(hit.owner()), purpose, agreements.today()));
		String system = "system";
		if (!d.permitted()) {
			audit.append(AuditEvent.of(system, hit.asker().value(), "case.follow-up")
				.subject("screening-hit", hit.hitId())
				.outcome("DENY")
				.detail("to", hit.owner())
				.detail("reason", d.reason()));
			return;
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		CaseFile c = new CaseFile(UUID.randomUUID().toString(), hit.asker().value() + "-HIT-" + hit.hitId().substring(0, 8).toUpperCase(),
				"Follow-up of a screening hit on alert " + alert.id(), hit.asker(), alert.category(), purpose,
				alert.legalBasis(), Priority.URGENT, alert.markings().classification(), alert.markings().tlp(),
				alert.markings().handlingCodes(), alert.markings().handlingNote(), CaseStatus.OPEN,
				List.of(hit.asker(), hit.owner()), system, now, now, null, null, null);
		cases.insert(c);
		String id = UUID.randomUUID().toString();
		Instant due = hit.followUpDue().truncatedTo(ChronoUnit.MICROS);
		messages.insert(new MessageStore.Row(id, c.id(), MessageType.REQUEST, RequestKind.SCREENING_FOLLOW_UP, true, null, null,
				hit.asker(), system, "A screening by " + hit.asker() + " hit your alert " + alert.id() + " (hit " + hit.hitId()
						+ "). Please send the follow-up (supplementary information and the action to take) by " + due + ".",
				now), List.of(new MessageStore.NewReceipt(hit.owner(), due, d.agreement(), d.article())), now);
		messages.linkScreeningHit(id, hit.hitId());
		notifications.notify(hit.owner(), Notifications.ALL, "MESSAGE_RECEIVED", c.id(), id,
				"REQUEST (screening hit follow-up) from " + hit.asker() + " in case " + c.reference() + ", due "
						+ due.truncatedTo(ChronoUnit.SECONDS));
		events.publishEvent(new MessageSent(id, c.id(), MessageType.REQUEST, hit.asker(), List.of(hit.owner()), now));
		audit.append(AuditEvent.of(system, hit.asker().value(), "case.follow-up")
			.subject("case", c.id())
			.purpose(purpose.name())
			.legalBasis(alert.legalBasis())
			.detail("hit", hit.hitId())
			.detail("alert", alert.id())
			.detail("to", hit.owner())
			.detail("dueAt", due));
	}
}
