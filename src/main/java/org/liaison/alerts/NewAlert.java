package org.liaison.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.liaison.records.Markings;
import org.liaison.treaty.Purpose;

/** What an officer submits to issue an alert; checked by {@link Alerts#create}. */
public record NewAlert(AlertType type, String schema, Map<String, List<String>> properties, RequestedAction action,
		Set<Purpose> purposes, @Nullable String legalBasis, LocalDate reviewDate, Instant expiresAt, Markings markings,
		@Nullable String summary) {
}
