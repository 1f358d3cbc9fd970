package org.liaison.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.liaison.treaty.Purpose;

/** What an officer submits to create a record; validated by {@link Records#create}. */
public record NewRecord(String schema, Map<String, List<String>> properties, Markings markings, Set<Purpose> purposes,
		@Nullable LocalDate retentionUntil, @Nullable String legalBasis) {
}
