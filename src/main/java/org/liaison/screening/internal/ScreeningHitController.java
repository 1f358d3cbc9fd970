package org.liaison.screening.internal;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.common.Problem;
import org.liaison.screening.FollowUps;
import org.liaison.screening.ScreeningHits;
import org.liaison.screening.ScreeningQuery;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The hits on an alert and their follow-ups, for its owner (served here because screening depends on
 * alerts, not the other way round); the hits an asking agency got, with the answers; and the false
 * positives an asking agency marks.
 */
@RestController
class ScreeningHitController {

	private final ScreeningHits hits;
	private final FollowUps followUps;

	ScreeningHitController(ScreeningHits hits, FollowUps followUps) {
		this.hits = hits;
		this.followUps = followUps;
	}

	@GetMapping("/api/v1/alerts/{id}/hits")
	List<ScreeningHits.HitView> hits(Actor actor, @PathVariable String id) {
		return hits.hits(actor, id);
	}

	record AnswerBody(@Nullable String answer) {
	}

	@PostMapping("/api/v1/alerts/{id}/hits/{hitId}/follow-up")
	ScreeningHits.HitView answer(Actor actor, @PathVariable String id, @PathVariable String hitId,
			@RequestBody AnswerBody body) {
		return followUps.answer(actor, id, hitId, body.answer());
	}

	@GetMapping("/api/v1/screening/follow-ups")
	List<ScreeningHits.HitView> openFollowUps(Actor actor) {
		return followUps.open(actor);
	}

	@GetMapping("/api/v1/screening/hits")
	List<ScreeningHits.HitView> asked(Actor actor) {
		return followUps.asked(actor);
	}

	record FalsePositiveBody(@Nullable String alert, ScreeningController.@Nullable Subject subject) {
	}

	@PostMapping("/api/v1/screening/false-positives")
	ResponseEntity<ScreeningHits.FalsePositive> mark(Actor actor, @RequestBody FalsePositiveBody body) {
		if (body.alert() == null || body.alert().isBlank()) {
			throw Problem.invalid("alert", "the body names the alert that hit");
		}
		if (body.subject() == null) {
			throw Problem.invalid("subject", "the body needs the subject that was screened");
		}
		ScreeningHits.FalsePositive mark = hits.markFalsePositive(actor, body.alert(),
				ScreeningQuery.of(body.subject().schema(), body.subject().properties()));
		return ResponseEntity.created(URI.create("/api/v1/screening/false-positives/" + mark.id())).body(mark);
	}

	@DeleteMapping("/api/v1/screening/false-positives/{id}")
	ResponseEntity<Void> unmark(Actor actor, @PathVariable String id) {
		hits.unmarkFalsePositive(actor, id);
		return ResponseEntity.noContent().build();
	}
}
