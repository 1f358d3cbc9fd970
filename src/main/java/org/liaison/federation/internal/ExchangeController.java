package org.liaison.federation.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.liaison.common.Problem;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The request/response exchanges between nodes: a sealed request in, a sealed answer out.
 * {@code POST /federation/v1/sync} serves catch-up pages ({@link AlertSync}),
 * {@code POST /federation/v1/screening} answers screening requests ({@link ScreeningRequests}). A request
 * that does not open or check out is refused with {@code 403 {"reason", "detail"}} and audited.
 */
@RestController
class ExchangeController {

	record Body(@Nullable String request) {
	}

	private final AlertSync sync;
	private final ScreeningRequests screening;
	private final AuditLog audit;

	ExchangeController(AlertSync sync, ScreeningRequests screening, AuditLog audit) {
		this.sync = sync;
		this.screening = screening;
		this.audit = audit;
	}

	@PostMapping("/federation/v1/sync")
	ResponseEntity<Map<String, String>> sync(@RequestBody Body body) {
		return exchange(body, 20_000, "sync", "page", sync::answer);
	}

	@PostMapping("/federation/v1/screening")
	ResponseEntity<Map<String, String>> screen(@RequestBody Body body) {
		return exchange(body, 100_000, "screening", "answer", screening::answer);
	}

	private ResponseEntity<Map<String, String>> exchange(Body body, int maxLength, String kind, String answerField,
			UnaryOperator<String> answer) {
		if (body.request() == null || body.request().length() > maxLength) {
			throw Problem.badRequest("invalid-" + kind + "-request", "the body holds one sealed " + kind + " request");
		}
		try {
			return ResponseEntity.ok(Map.of(answerField, answer.apply(body.request())));
		}
		catch (Rejection r) {
			EnvelopeHeader h = r.header();
			audit.appendIndependently(AuditEvent.of(h == null ? "federation" : "federation:" + h.sender(), "NODE",
					"federation.reject").subject(kind, h == null ? "unreadable" : h.id()).outcome(r.reason().name())
				.detail("why", r.getMessage()));
			Map<String, String> out = new LinkedHashMap<>();
			out.put("reason", r.reason().name());
			out.put("detail", r.getMessage());
			return ResponseEntity.status(403).body(out);
		}
	}
}
