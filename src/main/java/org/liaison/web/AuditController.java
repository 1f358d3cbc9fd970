package org.liaison.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.agency.Role;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditFilter;
import org.liaison.audit.AuditLog;
import org.liaison.audit.AuditVerification;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit log for auditors. It lives here rather than in {@code audit} because it needs the caller's
 * agency, and {@code agency} already writes through {@code audit}: the other way round would be a cycle.
 * An auditor of an agency reads that agency's entries; an auditor acting for no agency, or a node
 * administrator who is also an auditor, reads them all. Reading the log is itself audited.
 */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping
	Map<String, Object> page(Actor actor, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, @RequestParam(required = false) @Nullable String agency,
			@RequestParam(required = false) @Nullable String action, @RequestParam(required = false) @Nullable String subject) {
		String scope = scopeOf(actor, agency);
		int limit = Math.max(1, Math.min(size, 500));
		int from = Math.max(0, page);
		List<AuditEntry> entries = audit.page(from, limit, new AuditFilter(scope, action, subject));
		audit.append(AuditEvent.of(actor.username(), actor.agencyOrNode(), "audit.read")
			.subject("audit", scope == null ? "*" : scope)
			.detail("page", from)
			.detail("count", entries.size()));
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("page", from);
		out.put("size", limit);
		out.put("total", audit.size());
		out.put("entries", entries.stream().map(AuditController::view).toList());
		return out;
	}

	@GetMapping("/verify")
	AuditVerification verify(Actor actor) {
		actor.require(Role.AUDITOR, Role.NODE_ADMIN);
		return audit.verify();
	}

	static @Nullable String scopeOf(Actor actor, @Nullable String requested) {
		actor.require(Role.AUDITOR);
		boolean nodeWide = actor.agency() == null || actor.has(Role.NODE_ADMIN);
		if (nodeWide) {
			return requested;
		}
		return actor.agency().value();
	}

	static Map<String, Object> view(AuditEntry e) {
		AuditEvent ev = e.event();
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("seq", e.seq());
		m.put("at", e.at());
		m.put("actor", ev.actor());
		m.put("agency", ev.agency());
		m.put("action", ev.action());
		m.put("subjectType", ev.subjectType());
		m.put("subjectId", ev.subjectId());
		m.put("outcome", ev.outcome());
		m.put("purpose", ev.purpose());
		m.put("legalBasis", ev.legalBasis());
		m.put("detail", ev.detail());
		m.put("prevHash", e.prevHash());
		m.put("hash", e.hash());
		return m;
	}
}
