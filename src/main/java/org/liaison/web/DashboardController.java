package org.liaison.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.liaison.agency.Actor;
import org.liaison.agency.AgencyId;
import org.liaison.alerts.Alert;
import org.liaison.alerts.AlertId;
import org.liaison.alerts.AlertStatus;
import org.liaison.alerts.Alerts;
import org.liaison.messaging.Messages;
import org.liaison.records.ConsentRequest;
import org.liaison.records.Consents;
import org.liaison.records.Records;
import org.liaison.screening.FollowUps;
import org.liaison.screening.ScreeningHits;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: who I am, how much I hold, and what needs me now: follow-ups of hits on my agency's
 * alerts (overdue first), requests to answer, alerts awaiting my review, consent requests waiting for my agency.
 */
@ConsoleController
class DashboardController {

	/** Counting stops here: the page says "200+" rather than reading every record to count it. */
	static final int COUNT_LIMIT = 200;

	private final Records records;
	private final Consents consents;
	private final Alerts alerts;
	private final FollowUps followUps;
	private final Messages messages;

	DashboardController(Records records, Consents consents, Alerts alerts, FollowUps followUps, Messages messages) {
		this.records = records;
		this.consents = consents;
		this.alerts = alerts;
		this.followUps = followUps;
		this.messages = messages;
	}

	/** A follow-up to answer, with the caption of the alert it is about. */
	record FollowUp(ScreeningHits.HitView hit, String caption) {
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
		Me me = Me.of(actor, null);
		if (me.officer()) {
			List<ScreeningHits.HitView> open = followUps.open(actor);
			Map<AlertId, String> captions = open.isEmpty() ? Map.of()
					: alerts.list(actor, null).stream().collect(Collectors.toMap(Alert::id, Alert::caption, (x, y) -> x));
			model.addAttribute("followUps", open.stream()
				.map(h -> new FollowUp(h, captions.getOrDefault(h.alert(), h.alert().toString())))
				.toList());
		}
		if (me.reviewer()) {
			model.addAttribute("toReview", alerts.list(actor, AlertStatus.UNDER_REVIEW).stream()
				.filter(a -> !a.createdBy().equals(actor.username()))
				.count());
		}
		model.addAttribute("nav", "dashboard");
		return "dashboard";
	}
}
