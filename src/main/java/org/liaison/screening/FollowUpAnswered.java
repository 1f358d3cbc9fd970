package org.liaison.screening;

import java.time.Instant;

import org.liaison.agency.AgencyId;
import org.liaison.alerts.AlertId;

/**
 * The owner of an alert answered the follow-up of a hit, on the hit or in the follow-up's case; the asking
 * agency may read the answer. Published in the answer's transaction, once per hit (the first answer stands).
 */
public record FollowUpAnswered(String hitId, AlertId alertId, AgencyId owner, AgencyId asker, String answer,
		String answeredBy, Instant at) {
}
