package org.liaison.messaging;

import org.jspecify.annotations.Nullable;

/**
 * A search of the cases the caller's agency is party to: words in the subject or in messages it sent or
 * received, part of the reference, another party, where the deadlines stand (OVERDUE, DUE_SOON, OPEN,
 * ANSWERED), the case's status; a page of at most 200.
 */
public record CaseSearch(@Nullable String text, @Nullable String reference, @Nullable String party,
		@Nullable String deadline, @Nullable CaseStatus status, int page, int size) {
}
