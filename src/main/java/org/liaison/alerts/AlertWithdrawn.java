package org.liaison.alerts;

import org.liaison.agency.AgencyId;

/** The owner withdrew a published alert; screening must stop matching it at once. */
public record AlertWithdrawn(AlertId alertId, AgencyId owner) {
}
