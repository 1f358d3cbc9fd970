package org.liaison.federation.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.springframework.http.ResponseEntity;

/**
 * How the request/response endpoints refuse a request that does not open or check out: audited as
 * {@code federation.reject} and answered {@code 403 {"reason", "detail"}}, unsealed (the asker may be
 * no peer at all).
 */
final class RejectionAnswer {

	private RejectionAnswer() {
	}

	static ResponseEntity<Map<String, String>> of(Rejection r, String subjectType, AuditLog audit) {
		EnvelopeHeader h = r.header();
		audit.appendIndependently(AuditEvent.of(h == null ? "federation" : "federation:" + h.sender(), "NODE",
				"federation.reject").subject(subjectType, h == null ? "unreadable" : h.id()).outcome(r.reason().name())
			.detail("why", r.getMessage()));
		Map<String, String> out = new LinkedHashMap<>();
		out.put("reason", r.reason().name());
		out.put("detail", r.getMessage());
		return ResponseEntity.status(403).body(out);
	}
}
