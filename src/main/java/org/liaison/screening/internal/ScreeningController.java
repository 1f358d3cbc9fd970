package org.liaison.screening.internal;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.common.Problem;
import org.liaison.screening.FederatedScreening;
import org.liaison.screening.ScreeningSubject;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Hit/no-hit screening of one subject: here only by default, or with {@code "scope": "FEDERATION"} also
 * on the peers whose alerts the asker may query (a fan-out an officer asks for, since it waits for the
 * slowest peer up to the time budget and tells each peer's node what was asked).
 */
@RestController
@RequestMapping("/api/v1/screening")
class ScreeningController {

	enum Scope {
		LOCAL, FEDERATION
	}

	private final FederatedScreening screening;

	ScreeningController(FederatedScreening screening) {
		this.screening = screening;
	}

	/** The subject, FollowTheMoney-style: a schema and its properties, each a list of values. */
	record Subject(@Nullable String schema, @Nullable Map<String, List<String>> properties) {
	}

	record ScreeningBody(@Nullable Subject subject, @Nullable Scope scope) {
	}

	@PostMapping
	FederatedScreening.Result screen(Actor actor, @RequestBody ScreeningBody body) {
		if (body.subject() == null) {
			throw Problem.invalid("subject", "the body needs a subject to screen");
		}
		ScreeningSubject subject = new ScreeningSubject(body.subject().schema(), body.subject().properties());
		return body.scope() == Scope.FEDERATION ? screening.screen(actor, subject) : screening.local(actor, subject);
	}
}
