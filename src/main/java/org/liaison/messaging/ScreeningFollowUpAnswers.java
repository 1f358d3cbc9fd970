package org.liaison.messaging;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.liaison.agency.Actor;
import org.liaison.agency.Role;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.liaison.common.Problem;
import org.liaison.messaging.internal.CaseStore;
import org.liaison.messaging.internal.MessageStore;
import org.liaison.screening.FollowUpAnswered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carries an answer given on a screening hit into the hit's follow-up case: the owner's answer is sent
 * there as an ANSWER to the follow-up request, from the officer who gave it, so that the asker finds it
 * in its inbox, the request counts as answered and is not escalated.
 *
 * <p>It runs after the answer commits, in a transaction of its own, rather than in the answer's
 * transaction: the answer on the hit stands whatever happens to the case (closed by the asker, or the
 * agreements no longer letting the owner send to the asker), and screening, which knows nothing of
 * messaging, never fails for it. It is idempotent: a request answered already is left alone, which is
 * also what happens when the answer was given in the case and recorded on the hit from there. If the
 * node stops between the two commits, the request stays open (and may escalate) while the hit is
 * answered; the owner then answers in the case, which is a 409 there, or the asker closes the case.
 */
@Component
class ScreeningFollowUpAnswers {

	private static final Logger log = LoggerFactory.getLogger(ScreeningFollowUpAnswers.class);

	private final MessageStore messages;
	private final CaseStore cases;
	private final Sender sender;
	private final AuditLog audit;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final MessagingProperties properties;

	ScreeningFollowUpAnswers(MessageStore messages, CaseStore cases, Sender sender, AuditLog audit,
			PlatformTransactionManager transactionManager, Clock clock, MessagingProperties properties) {
		this.messages = messages;
		this.cases = cases;
		this.sender = sender;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.properties = properties;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	public void on(FollowUpAnswered answered) {
		try {
			transactions.executeWithoutResult(tx -> carry(answered));
		}
		catch (RuntimeException e) {
			// the answer on the hit is committed: the caller must not see this as its failure
			log.warn("the answer to screening hit {} could not be sent in its follow-up case: {}", answered.hitId(),
					e.getMessage());
			audit.appendIndependently(AuditEvent.of("system", answered.owner().value(), "case.follow-up.answer")
				.subject("screening-hit", answered.hitId())
				.outcome(e instanceof Problem p ? "REFUSED_" + p.status().value() : "FAILED"));
		}
	}

	private void carry(FollowUpAnswered answered) {
		MessageStore.Row request = messages.followUpRequestOf(answered.hitId()).orElse(null);
		if (request == null) {
			return; // no case was opened: the agreements did not let the asker tell the owner
		}
		boolean open = messages.receiptOf(request.id(), answered.owner(), clock.instant(), properties.dueSoon())
			.map(r -> r.answeredAt() == null)
			.orElse(false);
		CaseFile c = cases.findFor(request.caseId(), answered.owner()).orElse(null);
		if (!open || c == null || c.status() == CaseStatus.CLOSED) {
			return; // answered in the case already (perhaps where this answer came from), or the case is closed
		}
		Actor officer = new Actor(answered.answeredBy(), answered.owner(), Set.of(Role.OFFICER));
		sender.send(officer, c, new NewMessage(MessageType.ANSWER, List.of(), answered.answer(), false, null, null,
				request.id(), List.of(), List.of()), false);
	}
}
