package org.liaison.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import org.liaison.messaging.Receipt;
import org.springframework.stereotype.Component;

/** How the pages show a deadline: the time left or overdue, and a class that turns it amber, then red. */
@Component("deadlines")
class CaseFormats {

	private final Clock clock;

	CaseFormats(Clock clock) {
		this.clock = clock;
	}

	public String left(Receipt r) {
		if (r.dueAt() == null) {
			return "";
		}
		return switch (r.deadline()) {
			case ANSWERED -> "answered in time";
			case ANSWERED_LATE -> "answered late";
			case OVERDUE -> "overdue by " + span(Duration.between(r.dueAt(), clock.instant()));
			default -> span(Duration.between(clock.instant(), r.dueAt())) + " left";
		};
	}

	public String cls(Receipt r) {
		return "deadline deadline-" + r.deadline().name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	static String span(Duration d) {
		long minutes = Math.max(0, d.toMinutes());
		if (minutes < 60) {
			return minutes + " min";
		}
		if (minutes < 48 * 60) {
			return minutes / 60 + " h " + minutes % 60 + " min";
		}
		return minutes / (24 * 60) + " d " + (minutes / 60) % 24 + " h";
	}
}
