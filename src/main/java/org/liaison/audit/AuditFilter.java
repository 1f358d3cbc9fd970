package org.liaison.audit;

import org.jspecify.annotations.Nullable;

/** Which entries an auditor asks for; null fields match everything. */
public record AuditFilter(@Nullable String agency, @Nullable String action, @Nullable String subjectId) {

	public static AuditFilter all() {
		return new AuditFilter(null, null, null);
	}
}
