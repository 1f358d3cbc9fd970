package org.liaison.alerts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.agency.Agencies;
import org.liaison.agency.Agency;
import org.liaison.agency.AgencyId;
import org.liaison.agency.Role;
import org.liaison.alerts.internal.AlertStore;
import org.liaison.alerts.internal.ComplianceCheck;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.liaison.common.Problem;
import org.liaison.records.Schemata;
import org.liaison.treaty.Agreement;
import org.liaison.treaty.Agreements;
import org.liaison.treaty.DisclosureRequest;
import org.liaison.treaty.Purpose;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuing, reviewing, withdrawing, expiring and reading alerts. An alert is visible to its owner always;
 * to a reviewer of this node while it is under review; to any other agency only while it is published
 * and the disclosure decision lets the owner disclose it to that agency for one of its purposes. To
 * anyone else it does not exist: the answer is the same 404 as for an id that names nothing. Every
 * change and every read is audited, the refused reads too.
 */
@Service
public class Alerts {

	private static final int LIST_LIMIT = 200;
	private static final int EXPIRY_BATCH = 500;

	private final AlertStore store;
	private final ComplianceCheck check;
	private final Agencies agencies;
	private final Agreements agreements;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Alerts(AlertStore store, Schemata schemata, Agencies agencies, Agreements agreements, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.check = new ComplianceCheck(schemata);
		this.agencies = agencies;
		this.agreements = agreements;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Issues an alert for the officer's agency after the automatic checks: a person alert, or any flagged
	 * one, goes to review; an object alert is published at once. A failed check stores nothing.
	 */
	@Transactional
	public Alert create(Actor actor, NewAlert request) {
		actor.require(Role.OFFICER);
		Agency owner = agencies.get(actor.requireAgency());
		LocalDate today = agreements.today();
		Agreement basis = request.legalBasis() == null ? null : agreements.find(request.legalBasis()).orElse(null);
		ComplianceCheck.Passed passed = check.check(request, owner, basis, today);
		Instant now = now();
		Alert draft = new Alert(AlertId.random(), request.type(), passed.schema().name(), passed.schema().category(),
				passed.schema().caption(passed.properties()), passed.properties(), request.action(), request.purposes(),
				request.legalBasis(), request.markings(), blankToNull(request.summary()), owner.id(), AlertStatus.DRAFT,
				request.reviewDate(), request.expiresAt().truncatedTo(ChronoUnit.MICROS), passed.flags(), actor.username(),
				now, null, null, null, null, null, 0);
		Alert alert = request.type().isPersonAlert() || !passed.flags().isEmpty() ? draft.submit()
				: draft.publishDirectly(now);
		store.insert(alert);
		audit.append(event(actor, alert, "alert.create")
			.outcome(alert.status().name())
			.detail("type", alert.type())
			.detail("schema", alert.schema())
			.detail("flags", alert.flags().size()));
		if (alert.status() == AlertStatus.PUBLISHED) {
			publish(alert);
		}
		return alert;
	}

	/**
	 * A REVIEWER of this node approves (publishing it) or refuses, with a reason, an alert under review;
	 * never one the same user issued (four eyes).
	 */
	@Transactional
	public Alert review(Actor actor, String id, ReviewDecision decision, @Nullable String reason) {
		actor.require(Role.REVIEWER);
		AgencyId agency = actor.requireAgency();
		Alert current = AlertId.parse(id).flatMap(store::find).filter(a -> visible(agency, actor, a)).orElse(null);
		if (current == null) {
			throw notFound(actor, agency, "alert.review", id);
		}
		if (current.createdBy().equals(actor.username())) {
			throw Problem.forbidden("a reviewer may not review an alert they issued");
		}
		Instant now = now();
		Alert next = decision == ReviewDecision.APPROVE ? current.approve(actor.username(), now)
				: current.refuse(actor.username(), reason == null ? "" : reason, now);
		save(next, current);
		audit.append(event(actor, next, "alert.review").outcome(next.status().name()).detail("decision", decision));
		if (next.status() == AlertStatus.PUBLISHED) {
			publish(next);
		}
		return next;
	}

	/** The owner agency's OFFICER withdraws a published alert; another agency that can see it gets a 403. */
	@Transactional
	public Alert withdraw(Actor actor, String id) {
		AgencyId agency = actor.requireAgency();
		Alert current = AlertId.parse(id).flatMap(store::find).filter(a -> visible(agency, actor, a)).orElse(null);
		if (current == null) {
			throw notFound(actor, agency, "alert.withdraw", id);
		}
		if (!current.owner().equals(agency)) {
			throw Problem.forbidden("only the owner agency withdraws an alert");
		}
		actor.require(Role.OFFICER);
		Alert next = current.withdraw(actor.username(), now());
		save(next, current);
		audit.append(event(actor, next, "alert.withdraw").outcome(next.status().name()));
		events.publishEvent(new AlertWithdrawn(next.id(), next.owner()));
		return next;
	}

	/** The alert if the actor's agency may see it, audited; a 404 problem, audited as refused, otherwise. */
	@Transactional
	public Alert find(Actor actor, String id) {
		AgencyId agency = actor.requireAgency();
		Alert alert = AlertId.parse(id).flatMap(store::find).filter(a -> visible(agency, actor, a)).orElse(null);
		if (alert == null) {
			throw notFound(actor, agency, "alert.read", id);
		}
		audit.append(event(actor, alert, "alert.read").detail("as", alert.owner().equals(agency) ? "owner" : "recipient"));
		return alert;
	}

	/**
	 * The alerts the actor's agency may see, newest first, optionally in one status: its own, those
	 * published by others that may be disclosed to it, and for a reviewer those under review.
	 */
	@Transactional
	public List<Alert> list(Actor actor, @Nullable AlertStatus status) {
		AgencyId agency = actor.requireAgency();
		List<Alert> out = new ArrayList<>(store.byOwner(agency, LIST_LIMIT));
		store.publishedNotOwnedBy(agency, LIST_LIMIT).stream().filter(a -> visible(agency, actor, a)).forEach(out::add);
		if (actor.has(Role.REVIEWER)) {
			store.underReview(LIST_LIMIT).stream().filter(a -> !a.owner().equals(agency)).forEach(out::add);
		}
		List<Alert> visible = out.stream()
			.filter(a -> status == null || a.status() == status)
			.sorted(Comparator.comparing(Alert::createdAt).reversed().thenComparing(a -> a.id().toString()))
			.limit(LIST_LIMIT)
			.toList();
		audit.append(AuditEvent.of(actor.username(), agency.value(), "alert.list")
			.subject("alerts", status == null ? "all" : status.name())
			.detail("count", visible.size()));
		return visible;
	}

	/**
	 * The alert if it is published, without any actor check or audit: for the screening module, which
	 * indexes published alerts and applies the disclosure decision itself to every hit it reports.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<Alert> published(AlertId id) {
		return store.find(id).filter(a -> a.status() == AlertStatus.PUBLISHED);
	}

	/**
	 * The alert if the agency owns it (in any status), without audit: for the screening module, which
	 * shows an alert's hits to its owner only and audits that read itself.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<Alert> owned(AgencyId agency, AlertId id) {
		return store.find(id).filter(a -> a.owner().equals(agency));
	}

	/**
	 * Hands every published alert to the consumer, one at a time as the database streams them, without
	 * any actor check or audit: for the screening module's index rebuild, which must not hold millions of
	 * alerts at once. One read-only transaction, so that PostgreSQL streams with a cursor.
	 */
	@Transactional(readOnly = true)
	public void forEachPublished(java.util.function.Consumer<Alert> consumer) {
		store.forEachPublished(consumer);
	}

	/** Expires the published alerts whose expiry has come (a batch at a time); returns how many. */
	@Transactional
	public int expireDue() {
		Instant now = now();
		int expired = 0;
		for (AlertId id : store.dueToExpire(now, EXPIRY_BATCH)) {
			Alert current = store.find(id).orElse(null);
			if (current == null || current.status() != AlertStatus.PUBLISHED) {
				continue;
			}
			Alert next = current.expire(now);
			if (!store.update(next, current.version())) {
				continue; // another replica expired or withdrew it meanwhile
			}
			audit.append(AuditEvent.of("system", next.owner().value(), "alert.expire")
				.subject("alert", next.id().toString())
				.outcome(next.status().name())
				.legalBasis(next.legalBasis())
				.detail("expiresAt", next.expiresAt()));
			events.publishEvent(new AlertExpired(next.id(), next.owner()));
			expired++;
		}
		return expired;
	}

	private boolean visible(AgencyId agency, Actor actor, Alert alert) {
		if (alert.owner().equals(agency)) {
			return true;
		}
		if (alert.status() == AlertStatus.UNDER_REVIEW) {
			return actor.has(Role.REVIEWER);
		}
		if (alert.status() != AlertStatus.PUBLISHED) {
			return false;
		}
		Agency owner = agencies.get(alert.owner());
		Agency asker = agencies.get(agency);
		LocalDate today = agreements.today();
		for (Purpose purpose : alert.purposes()) {
			if (agreements.decide(new DisclosureRequest(alert.asItem(), owner, asker, purpose, today)).permitted()) {
				return true;
			}
		}
		return false;
	}

	private void save(Alert next, Alert current) {
		if (!store.update(next, current.version())) {
			throw new IllegalStateException("the alert changed meanwhile; it is no longer " + current.status());
		}
	}

	private void publish(Alert alert) {
		events.publishEvent(new AlertPublished(alert.id(), alert.type(), alert.owner(), alert.schema(), alert.expiresAt()));
	}

	private Problem notFound(Actor actor, AgencyId agency, String action, String id) {
		audit.appendIndependently(AuditEvent.of(actor.username(), agency.value(), action)
			.subject("alert", id.length() > 36 ? id.substring(0, 36) : id)
			.outcome("NOT_FOUND"));
		return Problem.notFound("alert");
	}

	private static AuditEvent event(Actor actor, Alert alert, String action) {
		return AuditEvent.of(actor.username(), actor.agencyOrNode(), action)
			.subject("alert", alert.id().toString())
			.purpose(alert.purposes().iterator().next().name())
			.legalBasis(alert.legalBasis());
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
