package org.liaison.screening;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.AgencyId;
import org.liaison.alerts.AlertId;

/**
 * A screening revealed an alert to another agency: the owner must answer the follow-up by
 * {@code followUpDue} (12 hours after). Published in the screening's transaction, so that messaging can
 * open the follow-up request once it commits. {@code originNode} names the node of an alert received
 * from a peer: the hit is then carried to that node, which records it again and opens the follow-up
 * where the owner can answer it; it is null for an alert owned here (including a hit a peer reported).
 */
public record ScreeningHitRecorded(String hitId, AlertId alertId, AgencyId owner, AgencyId asker, Instant at,
		Instant followUpDue, @Nullable String originNode) {

	/** Whether the alert's owner is hosted on another node. */
	public boolean remoteOwner() {
		return originNode != null;
	}
}
