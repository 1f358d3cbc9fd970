package org.liaison.messaging;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** Where a request stands against its deadline, for one recipient. */
public enum DeadlineState {
	/** Not a request. */
	NONE,
	/** Unanswered, due later than the "due soon" window. */
	OPEN,
	/** Unanswered and due within the "due soon" window. */
	DUE_SOON,
	/** Unanswered after its deadline. */
	OVERDUE,
	/** Answered by the deadline. */
	ANSWERED,
	/** Answered after the deadline. */
	ANSWERED_LATE;

	/** The state of a request due at {@code due} (null: not a request), answered at {@code answered} or not. */
	public static DeadlineState of(@Nullable Instant due, @Nullable Instant answered, Instant now, Duration dueSoon) {
		if (due == null) {
			return NONE;
		}
		if (answered != null) {
			return answered.isAfter(due) ? ANSWERED_LATE : ANSWERED;
		}
		if (now.isAfter(due)) {
			return OVERDUE;
		}
		return now.plus(dueSoon).isAfter(due) ? DUE_SOON : OPEN;
	}
}
