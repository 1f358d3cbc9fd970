package org.liaison.screening;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.liaison.agency.AgencyId;
import org.liaison.alerts.AlertId;
import org.liaison.alerts.AlertType;
import org.liaison.alerts.RequestedAction;

/**
 * HIT with the hits the asker may know of, best first, or NO_HIT with none; {@code notes} say what was
 * odd about the query itself (a VIN whose check digit does not match), whatever the outcome.
 */
public record ScreeningResult(Outcome result, List<Hit> hits,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> notes) {

	public enum Outcome {
		HIT, NO_HIT
	}

	public ScreeningResult {
		hits = List.copyOf(hits);
		notes = List.copyOf(notes);
	}

	static ScreeningResult of(List<Hit> hits, List<String> notes) {
		return new ScreeningResult(hits.isEmpty() ? Outcome.NO_HIT : Outcome.HIT, hits, notes);
	}

	/**
	 * One alert that matched: its reference, owner, type, requested action, the score in [0, 1], what
	 * matched, and the alert's published summary ({@code text} and {@code caption}).
	 */
	public record Hit(AlertId alert, AgencyId owner, AlertType type, RequestedAction action, double score,
			String explanation, Map<String, String> summary) {
	}
}
