package org.liaison.audit;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * What a module asks the log to record: who (user and agency), what (action on a subject), with what
 * outcome, why (purpose, legal basis), and a few details. Details name identifiers, never personal data.
 */
public record AuditEvent(String actor, String agency, String action, String subjectType, String subjectId,
		String outcome, @Nullable String purpose, @Nullable String legalBasis, Map<String, String> detail) {

	public AuditEvent {
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(agency, "agency");
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(subjectType, "subjectType");
		Objects.requireNonNull(subjectId, "subjectId");
		Objects.requireNonNull(outcome, "outcome");
		detail = java.util.Collections.unmodifiableMap(new TreeMap<>(detail));
	}

	/** Starts an event: {@code actor} of {@code agency} did {@code action}; the outcome defaults to OK. */
	public static AuditEvent of(String actor, String agency, String action) {
		return new AuditEvent(actor, agency, action, "", "", "OK", null, null, Map.of());
	}

	public AuditEvent subject(String type, String id) {
		return new AuditEvent(actor, agency, action, type, id, outcome, purpose, legalBasis, detail);
	}

	public AuditEvent outcome(String value) {
		return new AuditEvent(actor, agency, action, subjectType, subjectId, value, purpose, legalBasis, detail);
	}

	public AuditEvent purpose(@Nullable String value) {
		return new AuditEvent(actor, agency, action, subjectType, subjectId, outcome, value, legalBasis, detail);
	}

	public AuditEvent legalBasis(@Nullable String value) {
		return new AuditEvent(actor, agency, action, subjectType, subjectId, outcome, purpose, value, detail);
	}

	public AuditEvent detail(String key, @Nullable Object value) {
		if (value == null) {
			return this;
		}
		Map<String, String> next = new TreeMap<>(detail);
		next.put(key, String.valueOf(value));
		return new AuditEvent(actor, agency, action, subjectType, subjectId, outcome, purpose, legalBasis, next);
	}
}
