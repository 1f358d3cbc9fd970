package org.liaison.treaty;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The answer to a disclosure request: PERMIT with its obligations, or DENY; a machine-readable reason,
 * the explanation in words, and the agreement and article that decided (none when no agreement binds
 * the two agencies, or for an agency's own information).
 */
public record DisclosureDecision(Decision decision, ReasonCode reason, String explanation,
		@Nullable Citation citation, List<Obligation> obligations) {

	public DisclosureDecision {
		Objects.requireNonNull(decision, "decision");
		Objects.requireNonNull(reason, "reason");
		obligations = List.copyOf(obligations);
	}

	static DisclosureDecision permit(ReasonCode reason, String explanation, @Nullable Citation citation,
			List<Obligation> obligations) {
		return new DisclosureDecision(Decision.PERMIT, reason, explanation, citation, obligations);
	}

	static DisclosureDecision deny(ReasonCode reason, String explanation, @Nullable Citation citation) {
		return new DisclosureDecision(Decision.DENY, reason, explanation, citation, List.of());
	}

	public boolean permitted() {
		return decision == Decision.PERMIT;
	}

	public @Nullable String agreement() {
		return citation == null ? null : citation.agreement();
	}

	public @Nullable String article() {
		return citation == null ? null : citation.article();
	}

	public List<Citation> citations() {
		return citation == null ? List.of() : List.of(citation);
	}
}
