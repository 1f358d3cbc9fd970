package org.liaison.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.liaison.treaty.Tlp;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formatting for the templates ({@code @fmt}): instants in ISO 8601 UTC, sorted sets, CSS classes, and
 * deadlines as time left, amber within {@link #AMBER} and red once passed.
 */
@Component("fmt")
class Formats {

	static final Duration AMBER = Duration.ofHours(4);

	private final Clock clock;
	private final MessageSource messages;

	Formats(Clock clock, MessageSource messages) {
		this.clock = clock;
		this.messages = messages;
	}

	/** Time left before a deadline, {@code 11 h 58 min left}, or how long ago it passed, {@code overdue by 1 h 2 min}. */
	public String timeLeft(Instant due) {
		Duration left = Duration.between(clock.instant(), due);
		Duration d = left.abs();
		String span = message("deadline.span", d.toHours(), d.toMinutesPart());
		return message(left.isNegative() ? "deadline.overdue" : "deadline.left", span);
	}

	/** The CSS class of a deadline: {@code deadline-ok}, {@code deadline-amber} within four hours, {@code deadline-red} once passed. */
	public String deadlineClass(Instant due) {
		Duration left = Duration.between(clock.instant(), due);
		return left.isNegative() ? "deadline-red" : left.compareTo(AMBER) < 0 ? "deadline-amber" : "deadline-ok";
	}

	/** An instant as {@code 2026-11-26T07:33:00Z}: ISO 8601, to the second, with its zone. */
	public String instant(@Nullable Instant instant) {
		return instant == null ? "" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
	}

	private String message(String code, Object... args) {
		return messages.getMessage(code, args, LocaleContextHolder.getLocale());
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
