package org.liaison.web;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.liaison.records.DisclosureOutcome;
import org.liaison.treaty.Purpose;
import org.liaison.treaty.ReasonCode;

/** What the share form asked and what came of it: the outcome, or why the request could not be decided. */
record Shared(@Nullable String to, @Nullable Purpose purpose, @Nullable DisclosureOutcome outcome,
		@Nullable String error) {

	private static final Set<ReasonCode> CONSENT_HELPS = Set.of(ReasonCode.ORIGINATOR_CONSENT_REQUIRED,
			ReasonCode.HANDLING_CODE_H2, ReasonCode.PURPOSE_BINDING);

	static Shared invalid(@Nullable String to, @Nullable Purpose purpose, String error) {
		return new Shared(to, purpose, null, error);
	}

	public boolean permitted() {
		return outcome != null && outcome.decision().permitted();
	}

	/** A denial that the originator's consent would lift: the page offers to ask for it. */
	public boolean consentMayHelp() {
		return outcome != null && CONSENT_HELPS.contains(outcome.decision().reason());
	}
}
