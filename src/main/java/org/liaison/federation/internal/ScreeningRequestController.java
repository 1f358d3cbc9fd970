package org.liaison.federation.internal;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.liaison.audit.AuditLog;
import org.liaison.common.Problem;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /federation/v1/screening}: a sealed screening request in, a sealed answer out ({@link ScreeningRequests}). */
@RestController
class ScreeningRequestController {

	record Body(@Nullable String request) {
	}

	private final ScreeningRequests requests;
	private final AuditLog audit;

	ScreeningRequestController(ScreeningRequests requests, AuditLog audit) {
		this.requests = requests;
		this.audit = audit;
	}

	@PostMapping("/federation/v1/screening")
	ResponseEntity<Map<String, String>> screen(@RequestBody Body body) {
		if (body.request() == null || body.request().length() > 100_000) {
			throw Problem.badRequest("invalid-screening-request", "the body holds one sealed screening request");
		}
		try {
			return ResponseEntity.ok(Map.of("answer", requests.answer(body.request())));
		}
		catch (Rejection r) {
			return RejectionAnswer.of(r, "screening", audit);
		}
	}
}
