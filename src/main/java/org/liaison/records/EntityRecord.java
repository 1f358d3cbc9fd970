package org.liaison.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.AgencyId;
import org.liaison.treaty.Category;
import org.liaison.treaty.DisclosureItem;
import org.liaison.treaty.Purpose;

/**
 * A record: an entity after a FollowTheMoney schema (multi-valued properties), the category it falls
 * in, its markings, its originator, the purposes it was collected for and the day it must be erased.
 */
public record EntityRecord(RecordId id, String schema, Category category, String caption,
		Map<String, List<String>> properties, Markings markings, AgencyId originator, Set<Purpose> purposes,
		@Nullable String legalBasis, LocalDate retentionUntil, String createdBy, Instant createdAt) {

	/** The record as the disclosure decision sees it, held by its originator. */
	public DisclosureItem asItem() {
		return DisclosureItem.original(category, markings.classification(), markings.tlp(), markings.handlingCodes(),
				originator, retentionUntil);
	}
}
