package org.liaison.web;

import java.util.Comparator;
import java.util.List;

import org.liaison.agency.Actor;
import org.liaison.agency.AgencyId;
import org.liaison.records.ConsentRequest;
import org.liaison.records.Consents;
import org.liaison.records.Records;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: who I am, how much I hold, and the consent requests waiting for my agency. */
@ConsoleController
class DashboardController {

	/** Counting stops here: the page says "200+" rather than reading every record to count it. */
	static final int COUNT_LIMIT = 200;

	private final Records records;
	private final Consents consents;
	private final org.liaison.messaging.Messages messages;

	DashboardController(Records records, Consents consents, org.liaison.messaging.Messages messages) {
		this.records = records;
		this.consents = consents;
		this.messages = messages;
	}

	record Counts(int originated, int received, boolean originatedCapped, boolean receivedCapped) {
	}

	@GetMapping("/")
	String dashboard(Actor actor, Model model) {
		if (Me.of(actor, null).handlesRecords()) {
			int originated = records.list(actor, false, 0, COUNT_LIMIT).size();
			int received = records.list(actor, true, 0, COUNT_LIMIT).size();
			model.addAttribute("counts", new Counts(originated, received, originated >= COUNT_LIMIT, received >= COUNT_LIMIT));
			AgencyId agency = actor.requireAgency();
			List<ConsentRequest> pending = consents.involving(actor).stream()
				.filter(c -> c.status() == ConsentRequest.Status.PENDING)
				.sorted(Comparator.comparing(ConsentRequest::requestedAt))
				.toList();
			model.addAttribute("awaitingMe", pending.stream().filter(c -> c.originator().equals(agency)).toList());
			model.addAttribute("awaitingOthers", pending.stream().filter(c -> !c.originator().equals(agency)).count());
			model.addAttribute("dueRequests", messages.dueSoonest(actor, 10));
		}
		model.addAttribute("nav", "dashboard");
		return "dashboard";
	}
}
