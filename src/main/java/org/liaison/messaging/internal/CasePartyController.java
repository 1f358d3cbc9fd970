package org.liaison.messaging.internal;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.messaging.CaseParties;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Parties added to an open case by the agency that opened it. */
@RestController
@RequestMapping("/api/v1/cases/{id}/parties")
class CasePartyController {

	record PartyBody(@Nullable String agency) {
	}

	private final CaseParties parties;

	CasePartyController(CaseParties parties) {
		this.parties = parties;
	}

	@PostMapping
	CaseParties.Admission add(Actor actor, @PathVariable String id, @RequestBody(required = false) @Nullable PartyBody body) {
		return parties.add(actor, id, body == null ? null : body.agency());
	}
}
