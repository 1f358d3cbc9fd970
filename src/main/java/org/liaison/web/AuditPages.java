package org.liaison.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.agency.Role;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditFilter;
import org.liaison.audit.AuditLog;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log for auditors, scoped as the API scopes it ({@link AuditController#scopeOf}): an
 * agency's auditor reads its agency's entries. Reading is itself audited; verifying walks the whole chain.
 */
@ConsoleController
class AuditPages {

	static final int PAGE_SIZE = 50;

	private final AuditLog audit;

	AuditPages(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/audit")
	String page(Actor actor, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) @Nullable String agency, @RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String subject, Model model) {
		String scope = AuditController.scopeOf(actor, blankToNull(agency));
		int from = Math.max(0, page);
		AuditFilter filter = new AuditFilter(scope, blankToNull(action), blankToNull(subject));
		List<AuditEntry> entries = audit.page(from, PAGE_SIZE, filter);
		audit.append(AuditEvent.of(actor.username(), actor.agencyOrNode(), "audit.read")
			.subject("audit", scope == null ? "*" : scope)
			.detail("page", from)
			.detail("count", entries.size()));
		model.addAttribute("entries", entries);
		model.addAttribute("pager", new Pager(from, entries.size() == PAGE_SIZE));
		model.addAttribute("filter", filter);
		model.addAttribute("nodeWide", actor.agency() == null || actor.has(Role.NODE_ADMIN));
		model.addAttribute("nav", "audit");
		return "audit";
	}

	@GetMapping("/audit/verify")
	String verify(Actor actor, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		actor.require(Role.AUDITOR);
		model.addAttribute("verification", audit.verify());
		if (htmx != null) {
			return "audit :: verification";
		}
		return page(actor, 0, null, null, null, model);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
