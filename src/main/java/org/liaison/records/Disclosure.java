package org.liaison.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.AgencyId;
import org.liaison.treaty.Obligation;
import org.liaison.treaty.OnwardTransfer;
import org.liaison.treaty.Purpose;

/**
 * A permitted disclosure: the record went from one agency to another for a purpose, under an agreement
 * and article, with obligations the recipient must honour until it is erased.
 */
public record Disclosure(String id, RecordId record, AgencyId from, AgencyId to, Purpose purpose, String agreement,
		String article, OnwardTransfer onwardTransfer, List<Obligation> obligations, @Nullable LocalDate retentionUntil,
		String disclosedBy, Instant disclosedAt) {
}
