package org.liaison.alerts.internal;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.alerts.Alert;
import org.liaison.alerts.AlertStatus;
import org.liaison.alerts.Alerts;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Alerts: issue, review, withdraw, read and list. */
@RestController
@RequestMapping("/api/v1/alerts")
class AlertController {

	private final Alerts alerts;

	AlertController(Alerts alerts) {
		this.alerts = alerts;
	}

	@PostMapping
	ResponseEntity<Alert> create(Actor actor, @Valid @RequestBody AlertBodies.AlertBody body) {
		Alert alert = alerts.create(actor, body.toNewAlert());
		return ResponseEntity.created(URI.create("/api/v1/alerts/" + alert.id())).body(alert);
	}

	@PostMapping("/{id}/review")
	Alert review(Actor actor, @PathVariable String id, @Valid @RequestBody AlertBodies.ReviewBody body) {
		return alerts.review(actor, id, body.decision(), body.reason());
	}

	@PostMapping("/{id}/withdraw")
	Alert withdraw(Actor actor, @PathVariable String id) {
		return alerts.withdraw(actor, id);
	}

	@GetMapping("/{id}")
	Alert get(Actor actor, @PathVariable String id) {
		return alerts.find(actor, id);
	}

	@GetMapping
	List<Alert> list(Actor actor, @RequestParam(required = false) @Nullable AlertStatus status) {
		return alerts.list(actor, status);
	}
}
