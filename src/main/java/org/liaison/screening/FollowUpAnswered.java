package org.liaison.screening;

import java.time.Instant;

import org.liaison.agency.AgencyId;
import org.liaison.alerts.AlertId;

/** The owner of an alert answered the follow-up of a hit; the asking agency may read the answer. */
public record FollowUpAnswered(String hitId, AlertId alertId, AgencyId owner, AgencyId asker, Instant at) {
}
