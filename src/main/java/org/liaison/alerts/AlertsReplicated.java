package org.liaison.alerts;

import java.util.List;

/**
 * A page of alerts from a peer was applied (a catch-up): the alerts now published, and the ids of those
 * now withdrawn or expired. Published in the page's transaction instead of one event per alert, so that
 * the screening index takes the page in one step.
 */
public record AlertsReplicated(List<Alert> published, List<AlertId> removed) {

	public AlertsReplicated {
		published = List.copyOf(published);
		removed = List.copyOf(removed);
	}
}
