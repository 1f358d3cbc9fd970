package org.liaison.screening;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.agency.AgencyId;
import org.liaison.agency.Role;
import org.liaison.alerts.AlertId;
import org.liaison.alerts.Alerts;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.liaison.common.Problem;
import org.liaison.records.PropertyType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-ups that hits open: the owner agency answers each (once) within
 * {@link ScreeningHits#FOLLOW_UP}; the asking agency reads the answers to its own hits. Only the owner
 * sees or answers the follow-ups of its alerts: to anyone else a hit is as unknown as its alert. Reads
 * and answers are audited; the counts behind the console's badge are not, as they reveal no content.
 */
@Service
public class FollowUps {

	/** The longest answer, in characters. */
	public static final int MAX_ANSWER = 4000;
	private static final int LIST_LIMIT = 500;

	private final ScreeningHitStore store;
	private final Alerts alerts;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	FollowUps(ScreeningHitStore store, Alerts alerts, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.alerts = alerts;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** How many of an agency's follow-ups await its answer, and how many of those are overdue. */
	public record Pending(long open, long overdue) {
	}

	/**
	 * An OFFICER of the owner agency answers the follow-up of a hit on its alert. A hit of another
	 * agency's alert, or one on another alert, is a 404 as for an unknown one; a follow-up answered
	 * already is a 409 (the first answer stands; messaging will carry the conversation on).
	 */
	@Transactional
	public ScreeningHits.HitView answer(Actor actor, String alertId, String hitId, @Nullable String answer) {
		AgencyId agency = actor.requireAgency();
		ScreeningHitStore.Row hit = AlertId.parse(alertId)
			.filter(id -> alerts.owned(agency, id).isPresent())
			.flatMap(id -> hitId.length() == 36 ? store.find(hitId).filter(h -> h.alert().equals(id)) : java.util.Optional.empty())
			.orElse(null);
		if (hit == null) {
			audit.appendIndependently(AuditEvent.of(actor.username(), agency.value(), "screening.follow-up.answer")
				.subject("screening-hit", hitId.length() > 36 ? hitId.substring(0, 36) : hitId)
				.outcome("NOT_FOUND"));
			throw Problem.notFound("hit");
		}
		actor.require(Role.OFFICER);
		String text = text(answer);
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		if (!store(hit, text, actor.username(), now, "hit")) {
			throw Problem.conflict("invalid-state", "this follow-up was answered already");
		}
		return ScreeningHits.HitView.of(store.find(hit.id()).orElseThrow(), now);
	}

	/**
	 * Records on the hit the answer its owner gave to the follow-up elsewhere (in the follow-up's case),
	 * in the caller's transaction; returns {@code false}, changing nothing, when the follow-up was answered
	 * already (the first answer stands). Like {@link #answer}, it is audited and announced as
	 * {@link FollowUpAnswered}. The caller has checked that {@code answeredBy} acts for {@code owner}.
	 *
	 * @throws IllegalArgumentException when no hit of that owner has this id
	 * @throws Problem a 400 (field {@code answer}) when the text is not a valid answer
	 */
	@Transactional
	public boolean recordAnswer(String hitId, AgencyId owner, String text, String answeredBy, Instant at) {
		ScreeningHitStore.Row hit = store.find(hitId)
			.filter(h -> h.owner().equals(owner))
			.orElseThrow(() -> new IllegalArgumentException("no hit " + hitId + " on an alert of " + owner));
		return store(hit, text(text), answeredBy, at.truncatedTo(ChronoUnit.MICROS), "case");
	}

	private boolean store(ScreeningHitStore.Row hit, String text, String by, Instant now, String via) {
		if (!store.answer(hit.id(), text, by, now)) {
			return false;
		}
		audit.append(AuditEvent.of(by, hit.owner().value(), "screening.follow-up.answer")
			.subject("screening-hit", hit.id())
			.outcome("ANSWERED")
			.detail("alert", hit.alert().toString())
			.detail("asker", hit.asker().value())
			.detail("late", now.isAfter(hit.followUpDue()))
			.detail("via", via));
		events.publishEvent(new FollowUpAnswered(hit.id(), hit.alert(), hit.owner(), hit.asker(), text, by, now));
		return true;
	}

	/**
	 * The hit if its follow-up was answered, with the answer; not audited, as it is no one's read but the
	 * check of the module that carries the follow-up (messaging) that it missed no answer.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<ScreeningHits.HitView> answered(String hitId) {
		return store.find(hitId).filter(h -> h.followUpAnsweredAt() != null).map(h -> ScreeningHits.HitView.of(h, clock.instant()));
	}

	/** The owner agency's unanswered follow-ups, due soonest first (so overdue ones come first), for an OFFICER; audited. */
	@Transactional
	public List<ScreeningHits.HitView> open(Actor actor) {
		return listed(actor, "screening.follow-ups.read", store::openByOwner);
	}

	/** The hits the OFFICER's agency got on other agencies' alerts, newest first, with the owners' answers; audited. */
	@Transactional
	public List<ScreeningHits.HitView> asked(Actor actor) {
		return listed(actor, "screening.hits.asked.read", store::byAsker);
	}

	private List<ScreeningHits.HitView> listed(Actor actor, String action,
			java.util.function.BiFunction<AgencyId, Integer, List<ScreeningHitStore.Row>> rows) {
		actor.require(Role.OFFICER);
		AgencyId agency = actor.requireAgency();
		Instant now = clock.instant();
		List<ScreeningHits.HitView> hits = rows.apply(agency, LIST_LIMIT).stream()
			.map(r -> ScreeningHits.HitView.of(r, now))
			.toList();
		audit.append(AuditEvent.of(actor.username(), agency.value(), action)
			.subject("agency", agency.value())
			.detail("count", hits.size()));
		return hits;
	}

	/** The numbers behind the console's badge, for the actor's agency as owner; nothing for an actor without one. */
	@Transactional(readOnly = true)
	public Pending pending(Actor actor) {
		if (actor.agency() == null) {
			return new Pending(0, 0);
		}
		long[] counts = store.countOpen(actor.agency(), clock.instant());
		return new Pending(counts[0], counts[1]);
	}

	private static String text(@Nullable String answer) {
		String text;
		try {
			text = answer == null ? "" : PropertyType.TEXT.normalise(answer);
		}
		catch (IllegalArgumentException e) {
			throw Problem.invalid("answer", "the answer " + e.getMessage());
		}
		if (text.isEmpty()) {
			throw Problem.invalid("answer", "the answer needs some text");
		}
		if (text.codePointCount(0, text.length()) > MAX_ANSWER) {
			throw Problem.invalid("answer", "the answer has at most " + MAX_ANSWER + " characters");
		}
		return text;
	}
}
