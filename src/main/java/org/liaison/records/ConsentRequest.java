package org.liaison.records;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.AgencyId;
import org.liaison.treaty.Purpose;

/**
 * A holder's request that the originator allow an onward transfer of a record to a third agency for a
 * purpose (handling code H2, or an agreement requiring the originator's consent).
 */
public record ConsentRequest(String id, RecordId record, AgencyId originator, AgencyId holder, AgencyId to,
		Purpose purpose, Status status, @Nullable String reason, String requestedBy, Instant requestedAt,
		@Nullable String decidedBy, @Nullable Instant decidedAt) {

	public enum Status {
		PENDING, GRANTED, REFUSED
	}
}
