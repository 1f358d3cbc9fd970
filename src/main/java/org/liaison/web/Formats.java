package org.liaison.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.liaison.treaty.Tlp;
import org.springframework.stereotype.Component;

/** Formatting for the templates ({@code @fmt}): instants in ISO 8601 UTC, sorted sets, CSS classes. */
@Component("fmt")
class Formats {

	/** An instant as {@code 2026-11-26T07:33:00Z}: ISO 8601, to the second, with its zone. */
	public String instant(@Nullable Instant instant) {
		return instant == null ? "" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
	}

	public <T extends Comparable<? super T>> List<T> sorted(Collection<T> values) {
		return values.stream().sorted().toList();
	}

	/** The CSS class of a TLP badge: {@code tlp-amber-strict}. */
	public String tlpClass(Tlp tlp) {
		return "tlp-" + tlp.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public String lower(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
