package org.liaison.screening.internal;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.common.Problem;
import org.liaison.screening.Screening;
import org.liaison.screening.ScreeningQuery;
import org.liaison.screening.ScreeningResult;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Hit/no-hit screening of one subject. */
@RestController
@RequestMapping("/api/v1/screening")
class ScreeningController {

	private final Screening screening;

	ScreeningController(Screening screening) {
		this.screening = screening;
	}

	/** The subject, FollowTheMoney-style: a schema and its properties, each a list of values. */
	record Subject(@Nullable String schema, @Nullable Map<String, List<String>> properties) {
	}

	record ScreeningBody(@Nullable Subject subject) {
	}

	@PostMapping
	ScreeningResult screen(Actor actor, @RequestBody ScreeningBody body) {
		if (body.subject() == null) {
			throw Problem.invalid("subject", "the body needs a subject to screen");
		}
		return screening.screen(actor, ScreeningQuery.of(body.subject().schema(), body.subject().properties()));
	}
}
