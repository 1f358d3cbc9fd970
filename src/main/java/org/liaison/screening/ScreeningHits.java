package org.liaison.screening;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.agency.AgencyId;
import org.liaison.agency.Role;
import org.liaison.alerts.Alert;
import org.liaison.alerts.AlertId;
import org.liaison.alerts.Alerts;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.liaison.common.Problem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hits screenings reveal, and the false positives askers mark. A hit on another agency's alert is
 * recorded with a follow-up the owner must answer within {@link #FOLLOW_UP} and announced as a
 * {@link ScreeningHitRecorded} event; the owner lists the hits on its alert. An OFFICER of an agency that
 * got a hit may mark it a false positive for that subject (by the query hash): the same subject screened
 * again by that agency no longer hits that alert, until the mark is deleted. Everything is audited.
 */
@Service
public class ScreeningHits {

	/** The time the owner has to answer a hit (SIRENE practice). */
	public static final Duration FOLLOW_UP = Duration.ofHours(12);
	private static final int LIST_LIMIT = 500;

	private final ScreeningHitStore store;
	private final Alerts alerts;
	private final org.liaison.alerts.AlertReplicas replicas;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ScreeningHits(ScreeningHitStore store, Alerts alerts, org.liaison.alerts.AlertReplicas replicas, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.alerts = alerts;
		this.replicas = replicas;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * One recorded hit and its follow-up: the alert and its owner, the asking agency, when and how well it
	 * matched, when the owner's answer is due, whether that time has passed unanswered, and the answer.
	 */
	public record HitView(String id, AlertId alert, AgencyId owner, AgencyId asker, Instant at, double score,
			Instant followUpDue, boolean overdue, @Nullable String answer, @Nullable String answeredBy,
			@Nullable Instant answeredAt) {

		static HitView of(ScreeningHitStore.Row r, Instant now) {
			return new HitView(r.id(), r.alert(), r.owner(), r.asker(), r.at(), r.score(), r.followUpDue(),
					r.followUpAnsweredAt() == null && now.isAfter(r.followUpDue()), r.followUpAnswer(),
					r.followUpAnsweredBy(), r.followUpAnsweredAt());
		}

		public boolean answered() {
			return answeredAt != null;
		}
	}

	/** A false-positive mark: the alert it silences for the asker's agency and the subject's query hash. */
	public record FalsePositive(String id, AlertId alert, AgencyId asker, Instant createdAt) {
	}

	/**
	 * Records a hit in the caller's transaction, announces it and returns its id; a hit on an alert received from a peer
	 * names that node, so that the hit is carried to the owner's node.
	 */
	String record(AlertId alert, AgencyId owner, AgencyId asker, String askedBy, double score, String queryHash, Instant at) {
		String id = UUID.randomUUID().toString();
		Instant due = at.plus(FOLLOW_UP);
		store.insert(new ScreeningHitStore.Row(id, alert, owner, asker, askedBy, at, score, queryHash, due));
		events.publishEvent(new ScreeningHitRecorded(id, alert, owner, asker, at, due, replicas.originOf(alert).orElse(null)));
		return id;
	}

	/** The alerts the agency marked as false positives for this query hash. */
	Set<AlertId> suppressed(AgencyId asker, String queryHash) {
		return store.suppressed(asker, queryHash);
	}

	/** The hits on an alert, newest first, for its owner agency; anyone else gets the 404 of an unknown alert. */
	@Transactional
	public List<HitView> hits(Actor actor, String alertId) {
		AgencyId agency = actor.requireAgency();
		Alert alert = AlertId.parse(alertId).flatMap(id -> alerts.owned(agency, id)).orElse(null);
		if (alert == null) {
			throw notFound(actor, agency, "screening.hits.read", "alert", alertId);
		}
		Instant now = clock.instant();
		List<HitView> hits = store.byAlert(alert.id(), LIST_LIMIT)
			.stream()
			.map(r -> HitView.of(r, now))
			.toList();
		audit.append(AuditEvent.of(actor.username(), agency.value(), "screening.hits.read")
			.subject("alert", alert.id().toString())
			.detail("count", hits.size()));
		return hits;
	}

	/**
	 * An OFFICER marks the hit of this alert on this subject as a false positive for the agency; 404 when the
	 * agency never got a hit on the alert. Marking the same subject twice returns the existing mark.
	 */
	@Transactional
	public FalsePositive markFalsePositive(Actor actor, String alertId, ScreeningQuery subject) {
		actor.require(Role.OFFICER);
		AgencyId asker = actor.requireAgency();
		AlertId alert = AlertId.parse(alertId).filter(id -> store.anyHit(id, asker)).orElse(null);
		if (alert == null) {
			throw notFound(actor, asker, "screening.false-positive.mark", "alert", alertId);
		}
		String hash = org.liaison.common.Sha256.hex(subject.canonical());
		ScreeningHitStore.Mark mark = store.mark(alert, asker, hash).orElse(null);
		if (mark == null) {
			mark = new ScreeningHitStore.Mark(UUID.randomUUID().toString(), alert, asker, hash, actor.username(),
					clock.instant().truncatedTo(ChronoUnit.MICROS));
			store.insert(mark);
		}
		audit.append(AuditEvent.of(actor.username(), asker.value(), "screening.false-positive.mark")
			.subject("alert", alert.toString())
			.outcome("MARKED")
			.detail("falsePositive", mark.id())
			.detail("query", hash));
		return new FalsePositive(mark.id(), mark.alert(), mark.asker(), mark.createdAt());
	}

	/** An OFFICER of the agency that made the mark deletes it: the subject hits the alert again. */
	@Transactional
	public void unmarkFalsePositive(Actor actor, String id) {
		actor.require(Role.OFFICER);
		AgencyId asker = actor.requireAgency();
		ScreeningHitStore.Mark mark = (id.length() == 36 ? store.mark(id) : java.util.Optional.<ScreeningHitStore.Mark>empty())
			.filter(m -> m.asker().equals(asker))
			.orElse(null);
		if (mark == null || !store.delete(mark.id())) {
			throw notFound(actor, asker, "screening.false-positive.unmark", "false positive", id);
		}
		audit.append(AuditEvent.of(actor.username(), asker.value(), "screening.false-positive.unmark")
			.subject("alert", mark.alert().toString())
			.outcome("UNMARKED")
			.detail("falsePositive", mark.id())
			.detail("query", mark.queryHash()));
	}

	private Problem notFound(Actor actor, AgencyId agency, String action, String what, String id) {
		audit.appendIndependently(AuditEvent.of(actor.username(), agency.value(), action)
			.subject(what.equals("alert") ? "alert" : "false-positive", id.length() > 36 ? id.substring(0, 36) : id)
			.outcome("NOT_FOUND"));
		return Problem.notFound(what);
	}
}
