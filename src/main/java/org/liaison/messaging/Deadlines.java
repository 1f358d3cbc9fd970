package org.liaison.messaging;

import java.time.Duration;

/**
 * The time a recipient has to answer a request, after EU Directive 2023/977 (Art. 5): an urgent request
 * for directly accessible information 8 hours, an urgent request for indirectly accessible information
 * 3 days, any other request 7 days; the follow-up of a screening hit 12 hours (SIRENE practice).
 */
public final class Deadlines {

	public static final Duration URGENT_DIRECT = Duration.ofHours(8);
	public static final Duration URGENT_INDIRECT = Duration.ofDays(3);
	public static final Duration OTHER = Duration.ofDays(7);
	public static final Duration SCREENING_FOLLOW_UP = Duration.ofHours(12);

	private Deadlines() {
	}

	/** The statutory time to answer a request of this kind, urgency and accessibility. */
	public static Duration of(RequestKind kind, boolean urgent, Accessibility accessibility) {
		if (kind == RequestKind.SCREENING_FOLLOW_UP) {
			return SCREENING_FOLLOW_UP;
		}
		if (!urgent) {
			return OTHER;
		}
		return accessibility == Accessibility.DIRECT ? URGENT_DIRECT : URGENT_INDIRECT;
	}
}
