package org.liaison.alerts;

import org.liaison.agency.AgencyId;

/** A published alert reached its expiry; screening must stop matching it at once. */
public record AlertExpired(AlertId alertId, AgencyId owner) {
}
