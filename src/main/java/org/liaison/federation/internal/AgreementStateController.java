package org.liaison.federation.internal;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.common.Problem;
import org.liaison.federation.NodeId;
import org.liaison.treaty.Agreement;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The agreements as this node and each party's node hold them, adoption of a received text, and re-sending (NODE_ADMIN). */
@RestController
class AgreementStateController {

	record AdoptBody(@Nullable String from) {
	}

	private final AgreementStates states;

	AgreementStateController(AgreementStates states) {
		this.states = states;
	}

	@GetMapping("/api/v1/federation/agreements")
	List<AgreementStates.AgreementState> list(Actor actor) {
		return states.list(actor);
	}

	@PostMapping("/api/v1/federation/agreements/{id}/adopt")
	@ResponseStatus(HttpStatus.CREATED)
	Agreement adopt(Actor actor, @PathVariable String id, @RequestBody AdoptBody body) {
		if (body.from() == null || body.from().isBlank()) {
			throw Problem.invalid("from", "name the peer whose text is adopted");
		}
		NodeId from;
		try {
			from = NodeId.of(body.from());
		}
		catch (IllegalArgumentException e) {
			throw Problem.invalid("from", "not a node id");
		}
		return states.adopt(actor, id, from);
	}

	@PostMapping("/api/v1/federation/agreements/announce")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Map<String, Integer> announce(Actor actor) {
		return Map.of("queued", states.announce(actor));
	}
}
