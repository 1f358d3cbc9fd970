package org.liaison.web;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.agency.Agencies;
import org.liaison.common.Problem;
import org.liaison.records.Disclosures;
import org.liaison.records.RecordView;
import org.liaison.records.Records;
import org.liaison.treaty.Purpose;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One record and its share form. The form posts with htmx and the decision replaces only the result
 * area (with the new disclosure appended to the table out of band); without script it posts normally
 * and the whole page comes back with the decision. A DENY is an answer, not an error: status 200.
 */
@ConsoleController
class RecordSharingPage {

	private final Records records;
	private final Disclosures disclosures;
	private final Agencies agencies;

	RecordSharingPage(Records records, Disclosures disclosures, Agencies agencies) {
		this.records = records;
		this.disclosures = disclosures;
		this.agencies = agencies;
	}

	@GetMapping("/records/{id}")
	String view(Actor actor, @PathVariable String id, Model model) {
		return page(actor, id, model, null);
	}

	private String page(Actor actor, String id, Model model, @Nullable Shared shared) {
		RecordView view = records.read(actor, id);
		boolean originator = view.disclosures() != null;
		model.addAttribute("view", view);
		model.addAttribute("originator", originator);
		model.addAttribute("recipients", agencies.all().stream().filter(a -> !a.id().equals(actor.agency())).toList());
		model.addAttribute("purposes", Purpose.values());
		model.addAttribute("shared", shared);
		model.addAttribute("selectedPurpose", shared != null && shared.purpose() != null ? shared.purpose()
				: view.record().purposes().stream().sorted().findFirst().orElse(null));
		model.addAttribute("recordId", id);
		model.addAttribute("nav", originator ? "records" : "received");
		return "records/view";
	}

	@PostMapping("/records/{id}/share")
	String share(Actor actor, @PathVariable String id, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable Purpose purpose,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		Shared shared;
		if (to == null || to.isBlank() || purpose == null) {
			shared = Shared.invalid(to, purpose, "Choose the agency to share with and the purpose.");
		}
		else {
			try {
				shared = new Shared(to, purpose, disclosures.disclose(actor, id, to, purpose), null);
			}
			catch (Problem p) {
				if (p.status().value() != 400) {
					throw p;
				}
				shared = Shared.invalid(to, purpose, p.getMessage());
			}
		}
		if (htmx == null) {
			return page(actor, id, model, shared);
		}
		model.addAttribute("shared", shared);
		model.addAttribute("recordId", id);
		return "records/decision :: response";
	}
}
