package org.liaison.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/** The result of walking the chain: valid, or the sequence number of the first entry that breaks it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditVerification(boolean valid, long entries, @Nullable Long firstBrokenEntry, @Nullable String problem) {

	static AuditVerification intact(long entries) {
		return new AuditVerification(true, entries, null, null);
	}

	static AuditVerification brokenAt(long entries, long seq, String problem) {
		return new AuditVerification(false, entries, seq, problem);
	}
}
