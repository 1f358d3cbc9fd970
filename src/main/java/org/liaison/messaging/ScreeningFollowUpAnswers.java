package org.liaison.messaging;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.liaison.agency.Actor;
import org.liaison.agency.AgencyId;
import org.liaison.agency.Role;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.liaison.common.Problem;
import org.liaison.messaging.internal.CaseStore;
import org.liaison.messaging.internal.MessageStore;
import org.liaison.screening.FollowUpAnswered;
import org.liaison.screening.FollowUps;
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
 * also what happens when the answer was given in the case and recorded on the hit from there. Should the
 * node stop between the two commits, the escalation of the overdue request finds the answer on the hit
 * ({@link #caughtUp}) and sends it then instead of escalating.
 */
@Component
class ScreeningFollowUpAnswers {

	private static final Logger log = LoggerFactory.getLogger(ScreeningFollowUpAnswers.class);

	private final FollowUps followUps;
	private final MessageStore messages;
	private final CaseStore cases;
	private final Sender sender;
	private final AuditLog audit;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final MessagingProperties properties;

	ScreeningFollowUpAnswers(FollowUps followUps, MessageStore messages, CaseStore cases, Sender sender, AuditLog audit,
			PlatformTransactionManager transactionManager, Clock clock, MessagingProperties properties) {
		this.followUps = followUps;
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
		carry(answered.hitId(), answered.owner(), answered.answer(), answered.answeredBy());
	}

	/**
	 * Whether the overdue request is the follow-up of a hit answered already, in which case that answer is
	 * now sent in the case (in a transaction of its own) and the request is not to be escalated.
	 */
	boolean caughtUp(String requestId, AgencyId recipient) {
		return messages.screeningHitOf(requestId)
			.flatMap(followUps::answered)
			.filter(hit -> hit.owner().equals(recipient))
			.map(hit -> carry(hit.id(), hit.owner(), hit.answer(), hit.answeredBy()))
			.orElse(false);
	}

	/** Sends the hit's answer in its follow-up case unless answered there already; returns whether it sent it. */
	private boolean carry(String hitId, AgencyId owner, String answer, String answeredBy) {
		try {
			return Boolean.TRUE.equals(transactions.execute(tx -> send(hitId, owner, answer, answeredBy)));
		}
		catch (RuntimeException e) {
			// the answer on the hit is committed: whoever gave it must not see this as its failure
			log.warn("the answer to screening hit {} could not be sent in its follow-up case: {}", hitId, e.getMessage());
			audit.appendIndependently(AuditEvent.of("system", owner.value(), "case.follow-up.answer")
				.subject("screening-hit", hitId)
				.outcome(e instanceof Problem p ? "REFUSED_" + p.status().value() : "FAILED"));
			return false;
		}
	}

	private boolean send(String hitId, AgencyId owner, String answer, String answeredBy) {
		MessageStore.Row request = messages.followUpRequestOf(hitId).orElse(null);
		if (request == null) {
			return false; // no case was opened: the agreements did not let the asker tell the owner
		}
		boolean open = messages.receiptOf(request.id(), owner, clock.instant(), properties.dueSoon())
			.map(r -> r.answeredAt() == null)
			.orElse(false);
		CaseFile c = cases.findFor(request.caseId(), owner).orElse(null);
		if (!open || c == null || c.status() == CaseStatus.CLOSED) {
			return false; // answered in the case already (perhaps where this answer came from), or the case is closed
		}
		Actor officer = new Actor(answeredBy, owner, Set.of(Role.OFFICER));
		sender.send(officer, c, new NewMessage(MessageType.ANSWER, List.of(), answer, false, null, null, request.id(),
				List.of(), List.of()), false);
		return true;
	}
}
