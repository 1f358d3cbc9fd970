package org.liaison.screening.internal;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.common.Problem;
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
 * The hits on an alert, for its owner (served here because screening depends on alerts, not the other
 * way round), and the false positives an asking agency marks.
 */
@RestController
class ScreeningHitController {

	private final ScreeningHits hits;

	ScreeningHitController(ScreeningHits hits) {
		this.hits = hits;
	}

	@GetMapping("/api/v1/alerts/{id}/hits")
	List<ScreeningHits.HitView> hits(Actor actor, @PathVariable String id) {
		return hits.hits(actor, id);
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
