package org.liaison.records;

import org.liaison.agency.AgencyId;
import org.liaison.treaty.Purpose;

/** Published when a disclosure is stored, in the same transaction (federation carries it to other nodes). */
public record RecordDisclosed(String disclosureId, RecordId record, AgencyId from, AgencyId to, Purpose purpose,
		String agreement) {
}
