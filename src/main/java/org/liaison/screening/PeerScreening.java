package org.liaison.screening;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.AgencyId;
import org.liaison.alerts.AlertId;

/**
 * Asks peer nodes to screen a subject against the alerts of the agencies they host. The federation
 * module implements it: screening sits below federation and must not depend on it, so the fan-out is
 * reached through this interface (dependency inversion across a module boundary).
 */
public interface PeerScreening {

	/** How a peer dealt with the request. */
	enum Status {
		ANSWERED, TIMED_OUT, REFUSED, UNREACHABLE
	}

	/**
	 * One peer's answer: its node id, status, the hits it revealed (when ANSWERED), how long it took
	 * (when it answered or refused) and why it was refused or not reached.
	 */
	record Answer(String node, Status status, List<ScreeningResult.Hit> hits, @Nullable Long latencyMs,
			@Nullable String reason) {

		public Answer {
			hits = List.copyOf(hits);
		}
	}

	/**
	 * Asks, in parallel and within the configured time budget, every peer hosting an agency whose alerts
	 * the asker may query under an agreement; {@code known} are the alerts the asker hit here already
	 * (replicas), which the peers return without recording their hit a second time. A hit a peer recorded
	 * is kept here too, as asked by {@code askedBy}, so that the asker lists it and the owner's answer
	 * comes back.
	 */
	List<Answer> ask(AgencyId asker, String askedBy, ScreeningSubject subject, ScreeningQuery query, Set<AlertId> known);
}
