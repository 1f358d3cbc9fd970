package org.liaison.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.agency.AgencyId;
import org.liaison.alerts.AlertId;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.liaison.common.Sha256;
import org.springframework.stereotype.Service;

/**
 * Screening across the federation (Prüm style): the subject is screened here first (with the alerts
 * replicated from peers), then by every peer hosting an agency whose alerts the asker may query, each
 * within the time budget. The answer merges the hits, one per alert (a replica here and its owner's
 * answer are the same alert; the one found here stands), and says how each peer answered. The fan-out
 * is audited as {@code screening.fan-out} with the query's hash and each peer's status.
 */
@Service
public class FederatedScreening {

	/** The merged answer: as a local one, plus each peer's status (absent for a local screening). */
	public record Result(ScreeningResult.Outcome result, List<ScreeningResult.Hit> hits,
			@JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> notes,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<PeerStatus> peers) {

		static Result local(ScreeningResult r) {
			return new Result(r.result(), r.hits(), r.notes(), null);
		}
	}

	/** How one peer answered: ANSWERED with its hit count and latency, TIMED_OUT, REFUSED (why) or UNREACHABLE (why). */
	public record PeerStatus(String node, PeerScreening.Status status, int hits, @Nullable Long latencyMs,
			@Nullable String reason) {
	}

	private final Screening screening;
	private final PeerScreening peers;
	private final AuditLog audit;

	FederatedScreening(Screening screening, PeerScreening peers, AuditLog audit) {
		this.screening = screening;
		this.peers = peers;
		this.audit = audit;
	}

	/** Screens here only, as {@link Screening#screen} does. */
	public Result local(Actor actor, ScreeningSubject subject) {
		return Result.local(screening.screen(actor, subject.query()));
	}

	/** Screens here, then on the peers; the local screening is committed (and its hits recorded) first. */
	public Result screen(Actor actor, ScreeningSubject subject) {
		ScreeningQuery query = subject.query();
		ScreeningResult here = screening.screen(actor, query);
		AgencyId asker = actor.requireAgency();
		Map<AlertId, ScreeningResult.Hit> merged = new LinkedHashMap<>();
		here.hits().forEach(h -> merged.put(h.alert(), h));
		List<PeerScreening.Answer> answers = peers.ask(asker, actor.username(), subject, query,
				Set.copyOf(merged.keySet()));
		List<PeerStatus> statuses = new ArrayList<>();
		for (PeerScreening.Answer a : answers) {
			a.hits().forEach(h -> merged.putIfAbsent(h.alert(), h));
			statuses.add(new PeerStatus(a.node(), a.status(), a.hits().size(), a.latencyMs(), a.reason()));
		}
		List<ScreeningResult.Hit> hits = new ArrayList<>(merged.values());
		hits.sort(Screening.BEST_FIRST);
		ScreeningResult all = ScreeningResult.of(hits, here.notes());
		audit.append(AuditEvent.of(actor.username(), asker.value(), "screening.fan-out")
			.subject("screening", query.getClass().getSimpleName())
			.outcome(all.result().name())
			.detail("query", Sha256.hex(query.canonical()))
			.detail("hits", hits.size())
			.detail("localHits", here.hits().size())
			.detail("peers", statuses.stream().map(s -> s.node() + "=" + s.status()).collect(Collectors.joining(","))));
		return new Result(all.result(), all.hits(), all.notes(), statuses);
	}
}
