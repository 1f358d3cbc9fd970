package org.liaison.screening;

import java.time.Instant;

import org.liaison.agency.AgencyId;
import org.liaison.alerts.AlertId;

/**
 * A screening revealed an alert to another agency: the owner must answer the follow-up by
 * {@code followUpDue} (12 hours after). Published in the screening's transaction, so that messaging can
 * open the follow-up request once it commits.
 */
public record ScreeningHitRecorded(String hitId, AlertId alertId, AgencyId owner, AgencyId asker, Instant at,
		Instant followUpDue) {
}
