package org.liaison.alerts;

import java.time.Instant;

import org.liaison.agency.AgencyId;

/** An alert became visible to screening: approved by a reviewer, or published directly (objects). */
public record AlertPublished(AlertId alertId, AlertType type, AgencyId owner, String schema, Instant expiresAt) {
}
