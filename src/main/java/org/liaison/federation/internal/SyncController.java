package org.liaison.federation.internal;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.liaison.audit.AuditLog;
import org.liaison.common.Problem;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /federation/v1/sync}: a sealed catch-up request in, a sealed page out (see {@link AlertSync}). */
@RestController
class SyncController {

	record Body(@Nullable String request) {
	}

	private final AlertSync sync;
	private final AuditLog audit;

	SyncController(AlertSync sync, AuditLog audit) {
		this.sync = sync;
		this.audit = audit;
	}

	@PostMapping("/federation/v1/sync")
	ResponseEntity<Map<String, String>> sync(@RequestBody Body body) {
		if (body.request() == null || body.request().length() > 20_000) {
			throw Problem.badRequest("invalid-sync-request", "the body holds one sealed sync request");
		}
		try {
			return ResponseEntity.ok(Map.of("page", sync.answer(body.request())));
		}
		catch (Rejection r) {
			return RejectionAnswer.of(r, "sync", audit);
		}
	}
}
