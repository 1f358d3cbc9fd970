package org.liaison.screening;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

import org.liaison.agency.AgencyId;
import org.liaison.alerts.AlertId;
import org.liaison.alerts.AlertReplicas;
import org.liaison.alerts.Alerts;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hits that cross nodes, for the federation module. A screening here that hits an alert received from a
 * peer is recorded here (the asker lists it) and reported to the owner's node, which records it under the
 * same id with the same deadline and opens the follow-up there, where the owner can answer; the owner's
 * answer comes back the same way. Both sides apply a hit or an answer at most once.
 */
@Service
public class RemoteHits {

	/** A hit as one node reports it to the alert owner's node: no query, no user, only what the follow-up needs. */
	public record ReportedHit(String hitId, AlertId alert, AgencyId owner, AgencyId asker, Instant at, double score,
			Instant followUpDue) {

		public ReportedHit {
			Objects.requireNonNull(hitId, "hitId");
			Objects.requireNonNull(alert, "alert");
			Objects.requireNonNull(owner, "owner");
			Objects.requireNonNull(asker, "asker");
			Objects.requireNonNull(at, "at");
			Objects.requireNonNull(followUpDue, "followUpDue");
		}
	}

	/** The owner's answer to a hit's follow-up, as its node reports it to the asker's node. */
	public record ReportedAnswer(String hitId, AgencyId owner, AgencyId asker, String answer, String answeredBy,
			Instant answeredAt) {
	}

	private final ScreeningHitStore store;
	private final Alerts alerts;
	private final AlertReplicas replicas;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	RemoteHits(ScreeningHitStore store, Alerts alerts, AlertReplicas replicas, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.alerts = alerts;
		this.replicas = replicas;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The hit as it is reported to the owner's node. */
	@Transactional(readOnly = true)
	public Optional<ReportedHit> reported(String hitId) {
		return store.find(hitId).map(r -> new ReportedHit(r.id(), r.alert(), r.owner(), r.asker(), r.at(), r.score(),
				r.followUpDue()));
	}

	/** The answer to a hit's follow-up, once given. */
	@Transactional(readOnly = true)
	public Optional<ReportedAnswer> answer(String hitId) {
		return store.find(hitId).filter(r -> r.followUpAnsweredAt() != null)
			.map(r -> new ReportedAnswer(r.id(), r.owner(), r.asker(), Objects.requireNonNull(r.followUpAnswer()),
					Objects.requireNonNull(r.followUpAnsweredBy()), Objects.requireNonNull(r.followUpAnsweredAt())));
	}

	/**
	 * Records a hit a peer reported on an alert of an agency hosted here, and announces it (messaging opens
	 * the follow-up); false when this hit id is recorded already. Refuses, with
	 * {@link IllegalArgumentException}, a hit on an alert the owner does not hold here or one received
	 * from a peer itself.
	 */
	@Transactional
	public boolean receive(ReportedHit hit, String fromNode) {
		if (alerts.owned(hit.owner(), hit.alert()).isEmpty() || replicas.originOf(hit.alert()).isPresent()) {
			throw new IllegalArgumentException("alert " + hit.alert() + " is not an alert of " + hit.owner() + " on this node");
		}
		if (store.find(hit.hitId()).isPresent()) {
			return false;
		}
		Instant at = hit.at().truncatedTo(ChronoUnit.MICROS);
		Instant due = hit.followUpDue().truncatedTo(ChronoUnit.MICROS);
		// the peer's query stays there: the owner needs the hit, not what was asked
		store.insert(new ScreeningHitStore.Row(hit.hitId(), hit.alert(), hit.owner(), hit.asker(), "federation:" + fromNode,
				at, hit.score(), "0".repeat(64), due));
		audit.append(AuditEvent.of("federation:" + fromNode, hit.owner().value(), "screening.hit.receive")
			.subject("screening-hit", hit.hitId())
			.outcome("RECORDED")
			.detail("alert", hit.alert().toString())
			.detail("asker", hit.asker().value())
			.detail("dueAt", due));
		events.publishEvent(new ScreeningHitRecorded(hit.hitId(), hit.alert(), hit.owner(), hit.asker(), at, due, null));
		return true;
	}

	/**
	 * Keeps, on the asker's node, a hit that the owner's node recorded when it answered a screening of an
	 * agency here (the alert held here as a replica from {@code fromNode}), so that the asker lists it and
	 * the owner's answer to its follow-up can come back; false when kept already. Not announced: the
	 * owner's node notified the owner. Refuses a hit on an alert not received from that node.
	 */
	@Transactional
	public boolean keepAsked(ReportedHit hit, String fromNode, String askedBy, ScreeningQuery query) {
		if (!replicas.originOf(hit.alert()).filter(fromNode::equals).isPresent()) {
			throw new IllegalArgumentException("alert " + hit.alert() + " was not received from " + fromNode);
		}
		if (store.find(hit.hitId()).isPresent()) {
			return false;
		}
		store.insert(new ScreeningHitStore.Row(hit.hitId(), hit.alert(), hit.owner(), hit.asker(), askedBy,
				hit.at().truncatedTo(ChronoUnit.MICROS), hit.score(), org.liaison.common.Sha256.hex(query.canonical()),
				hit.followUpDue().truncatedTo(ChronoUnit.MICROS)));
		audit.append(AuditEvent.of("federation:" + fromNode, hit.asker().value(), "screening.hit.keep")
			.subject("screening-hit", hit.hitId())
			.outcome("RECORDED")
			.detail("alert", hit.alert().toString())
			.detail("owner", hit.owner().value()));
		return true;
	}

	/**
	 * Stores the owner's answer that its node reported for a hit an agency here asked; false when the
	 * follow-up was answered already. Refuses a hit unknown here or of another owner or asker.
	 */
	@Transactional
	public boolean receiveAnswer(ReportedAnswer answer, String fromNode) {
		ScreeningHitStore.Row hit = store.find(answer.hitId())
			.filter(r -> r.owner().equals(answer.owner()) && r.asker().equals(answer.asker()))
			.orElseThrow(() -> new IllegalArgumentException("no hit " + answer.hitId() + " of " + answer.owner() + " here"));
		String text = answer.answer().length() <= FollowUps.MAX_ANSWER ? answer.answer()
				: answer.answer().substring(0, FollowUps.MAX_ANSWER);
		Instant at = answer.answeredAt().truncatedTo(ChronoUnit.MICROS);
		if (!store.answer(hit.id(), text, answer.answeredBy(), at)) {
			return false;
		}
		audit.append(AuditEvent.of("federation:" + fromNode, hit.asker().value(), "screening.follow-up.receive")
			.subject("screening-hit", hit.id())
			.outcome("ANSWERED")
			.detail("alert", hit.alert().toString())
			.detail("owner", hit.owner().value())
			.detail("late", at.isAfter(hit.followUpDue())));
		events.publishEvent(new FollowUpAnswered(hit.id(), hit.alert(), hit.owner(), hit.asker(), text, answer.answeredBy(),
				clock.instant()));
		return true;
	}
}
