package org.liaison.screening;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.liaison.common.Sha256;
import org.liaison.agency.Actor;
import org.liaison.agency.Agencies;
import org.liaison.agency.Agency;
import org.liaison.agency.AgencyId;
import org.liaison.agency.Role;
import org.liaison.alerts.Alert;
import org.liaison.alerts.AlertId;
import org.liaison.alerts.AlertReplicas;
import org.liaison.alerts.Alerts;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.liaison.treaty.Agreements;
import org.liaison.treaty.DisclosureRequest;
import org.liaison.treaty.Purpose;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hit/no-hit screening by an OFFICER. {@link ScreeningMatcher} finds the matches in the index (persons
 * scored by the matcher, documents and vehicles exact on the normalised number); the alert of each
 * match is then read from the database. A hit is reported only when the asker's agency owns the alert or the disclosure
 * decision lets the owner disclose it to that agency for one of the alert's purposes: any other agency
 * gets NO_HIT and cannot tell the alert exists. Every screening is audited with a SHA-256 hash of the
 * query, never the names or numbers themselves.
 */
@Service
public class Screening {

	/** Best score first, then by alert id, so that equal scores list the same way on every node. */
	static final Comparator<ScreeningResult.Hit> BEST_FIRST = Comparator.comparingDouble(ScreeningResult.Hit::score)
		.reversed()
		.thenComparing(h -> h.alert().toString());

	private final ScreeningMatcher matcher;
	private final Alerts alerts;
	private final Agencies agencies;
	private final Agreements agreements;
	private final AuditLog audit;
	private final ScreeningHits recorded;
	private final AlertReplicas replicas;
	private final Clock clock;

	Screening(ScreeningMatcher matcher, Alerts alerts, Agencies agencies, Agreements agreements, AuditLog audit, ScreeningHits recorded,
			AlertReplicas replicas, Clock clock) {
		this.matcher = matcher;
		this.replicas = replicas;
		this.alerts = alerts;
		this.agencies = agencies;
		this.agreements = agreements;
		this.audit = audit;
		this.recorded = recorded;
		this.clock = clock;
	}

	/**
	 * Screens one subject for the actor's agency. Hits the agency marked as false positives for this
	 * subject are dropped (and counted as suppressed in the audit); every hit on another agency's alert is
	 * recorded, with its follow-up, in the same transaction as the audit entry.
	 */
	@Transactional
	public ScreeningResult screen(Actor actor, ScreeningQuery query) {
		actor.require(Role.OFFICER);
		AgencyId asker = actor.requireAgency();
		String queryHash = Sha256.hex(query.canonical());
		Set<AlertId> falsePositives = recorded.suppressed(asker, queryHash);
		Matches found = matches(asker, query, alert -> true, falsePositives);
		ScreeningResult result = ScreeningResult.of(found.hits(), query.notes());
		Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
		for (ScreeningResult.Hit hit : found.hits()) {
			if (!hit.owner().equals(asker)) {
				recorded.record(hit.alert(), hit.owner(), asker, actor.username(), hit.score(), queryHash, at);
			}
		}
		audit.append(AuditEvent.of(actor.username(), asker.value(), "screening.query")
			.subject("screening", query.getClass().getSimpleName())
			.outcome(result.result().name())
			.detail("query", queryHash)
			.detail("hits", found.hits().size())
			.detail("suppressed", found.suppressed()));
		return result;
	}

	/**
	 * Screens for an agency hosted on the peer node {@code node}, against the alerts of agencies hosted
	 * here only (never replicas: their owners' nodes answer for them), revealing what the owners may
	 * disclose to the asker. Each hit is recorded and announced as a local one is (the owner is notified
	 * and a follow-up opened here), except those on {@code known} alerts, whose hit the asker's node
	 * reports already; audited as {@code screening.remote-query} with the query's hash.
	 */
	@Transactional
	public PeerAnswer screenForPeer(AgencyId asker, String node, ScreeningQuery query, Set<AlertId> known) {
		String queryHash = Sha256.hex(query.canonical());
		Matches found = matches(asker, query, alert -> replicas.originOf(alert.id()).isEmpty(),
				recorded.suppressed(asker, queryHash));
		Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
		List<RemoteHits.ReportedHit> recordedHits = new ArrayList<>();
		for (ScreeningResult.Hit hit : found.hits()) {
			if (!known.contains(hit.alert())) {
				String id = recorded.record(hit.alert(), hit.owner(), asker, "federation:" + node, hit.score(), queryHash, at);
				recordedHits.add(new RemoteHits.ReportedHit(id, hit.alert(), hit.owner(), asker, at, hit.score(),
						at.plus(ScreeningHits.FOLLOW_UP)));
			}
		}
		ScreeningResult result = ScreeningResult.of(found.hits(), query.notes());
		audit.append(AuditEvent.of("federation:" + node, asker.value(), "screening.remote-query")
			.subject("screening", query.getClass().getSimpleName())
			.outcome(result.result().name())
			.detail("query", queryHash)
			.detail("node", node)
			.detail("hits", found.hits().size())
			.detail("recorded", recordedHits.size()));
		return new PeerAnswer(result, recordedHits);
	}

	/** What a peer's screening found, and the hits it recorded (with their ids and follow-up deadlines). */
	public record PeerAnswer(ScreeningResult result, List<RemoteHits.ReportedHit> recorded) {
	}

	private record Matches(List<ScreeningResult.Hit> hits, int suppressed) {
	}

	/** The hits on alerts {@code which} accepts that the asker may know of, best first, minus its false positives. */
	private Matches matches(AgencyId asker, ScreeningQuery query, Predicate<Alert> which, Set<AlertId> falsePositives) {
		int suppressed = 0;
		List<ScreeningResult.Hit> hits = new ArrayList<>();
		LocalDate today = agreements.today();
		for (ScreeningMatcher.Match match : matcher.match(query)) {
			// Read for the hit only; a withdrawal that committed since the search drops it here.
			Alert alert = alerts.published(match.alert()).orElse(null);
			if (alert == null || !AlertTerms.lists(alert, query) || !which.test(alert)) {
				continue; // withdrawn meanwhile, or a document or vehicle found by a colliding fingerprint
			}
			double score = match.score();
			String explanation = query instanceof ScreeningQuery.Vehicle v ? v.explanation(alert.properties())
					: match.explanation();
			if (!disclosable(alert, asker, today)) {
				continue;
			}
			if (falsePositives.contains(alert.id())) {
				suppressed++;
				continue;
			}
			Map<String, String> summary = new LinkedHashMap<>();
			summary.put("text", alert.summary() == null ? "" : alert.summary());
			summary.put("caption", alert.caption());
			hits.add(new ScreeningResult.Hit(alert.id(), alert.owner(), alert.type(), alert.action(), score, explanation,
					summary));
		}
		hits.sort(BEST_FIRST);
		return new Matches(hits, suppressed);
	}

	private boolean disclosable(Alert alert, AgencyId asker, LocalDate today) {
		if (alert.owner().equals(asker)) {
			return true;
		}
		Agency owner = agencies.get(alert.owner());
		Agency to = agencies.get(asker);
		for (Purpose purpose : alert.purposes()) {
			if (agreements.decide(new DisclosureRequest(alert.asItem(), owner, to, purpose, today)).permitted()) {
				return true;
			}
		}
		return false;
	}

}
