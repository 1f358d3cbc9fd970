package org.liaison.screening;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.liaison.screening.matching.PersonDetails;

/**
 * The persons of an index generation, by slot: a paged array that grows without copying what it holds.
 * {@link #add} is thread-safe (parallel bulk loads); a slot written before the Lucene document that
 * names it is made visible by the searcher refresh that publishes the document.
 */
final class PersonSlots {

	private static final int PAGE_BITS = 14;
	private static final int PAGE = 1 << PAGE_BITS;

	private final AtomicInteger next = new AtomicInteger();
	private volatile PersonDetails[][] pages = new PersonDetails[16][];

	/** Stores the person in a new slot and returns the slot. */
	int add(PersonDetails person) {
		int slot = next.getAndIncrement();
		page(slot >>> PAGE_BITS)[slot & (PAGE - 1)] = person;
		return slot;
	}

	/** The person in the slot, or null once cleared. */
	@Nullable PersonDetails get(int slot) {
		PersonDetails[][] p = pages;
		int page = slot >>> PAGE_BITS;
		return page < p.length && p[page] != null ? p[page][slot & (PAGE - 1)] : null;
	}

	/** Empties a slot: its document is being replaced or deleted. */
	void clear(int slot) {
		page(slot >>> PAGE_BITS)[slot & (PAGE - 1)] = null;
	}

	int used() {
		return next.get();
	}

	private PersonDetails[] page(int index) {
		PersonDetails[][] p = pages;
		if (index < p.length && p[index] != null) {
			return p[index];
		}
		synchronized (this) {
			p = pages;
			if (index >= p.length) {
				p = Arrays.copyOf(p, Math.max(index + 1, p.length * 2));
			}
			if (p[index] == null) {
				p[index] = new PersonDetails[PAGE];
			}
			pages = p;
			return p[index];
		}
	}
}
