package org.liaison.web;

import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.agency.AgencyId;
import org.liaison.agency.Role;
import org.liaison.alerts.Alert;
import org.liaison.alerts.AlertStatus;
import org.liaison.alerts.AlertType;
import org.liaison.alerts.Alerts;
import org.liaison.alerts.RequestedAction;
import org.liaison.alerts.ReviewDecision;
import org.liaison.common.Problem;
import org.liaison.records.InformationCredibility;
import org.liaison.records.SourceReliability;
import org.liaison.screening.FollowUps;
import org.liaison.screening.ScreeningHits;
import org.liaison.treaty.Agreements;
import org.liaison.treaty.Classification;
import org.liaison.treaty.HandlingCode;
import org.liaison.treaty.Purpose;
import org.liaison.treaty.Tlp;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Alerts in the console: my agency's alerts, one alert (with its review history, and for the owner its
 * hits and their follow-ups), issuing one, withdrawing one, and the review queue for reviewers. What
 * the user may see and do is decided by {@link Alerts} and {@link FollowUps}; these pages only show it.
 */
@ConsoleController
class AlertPages {

	private final Alerts alerts;
	private final ScreeningHits hits;
	private final FollowUps followUps;
	private final Agreements agreements;

	AlertPages(Alerts alerts, ScreeningHits hits, FollowUps followUps, Agreements agreements) {
		this.alerts = alerts;
		this.hits = hits;
		this.followUps = followUps;
		this.agreements = agreements;
	}

	@GetMapping("/alerts")
	String mine(Actor actor, Model model) {
		AgencyId agency = actor.requireAgency();
		model.addAttribute("alerts", alerts.list(actor, null).stream().filter(a -> a.owner().equals(agency)).toList());
		model.addAttribute("nav", "alerts");
		return "alerts/list";
	}

	@GetMapping("/alerts/review")
	String queue(Actor actor, Model model) {
		actor.require(Role.REVIEWER);
		model.addAttribute("alerts", alerts.list(actor, AlertStatus.UNDER_REVIEW).stream()
			.sorted(java.util.Comparator.comparing(Alert::createdAt))
			.toList());
		model.addAttribute("nav", "review");
		return "alerts/review";
	}

	@GetMapping("/alerts/{id}")
	String view(Actor actor, @PathVariable String id, Model model) {
		Alert alert = alerts.find(actor, id);
		boolean owner = alert.owner().equals(actor.agency());
		model.addAttribute("alert", alert);
		model.addAttribute("owner", owner);
		model.addAttribute("hits", owner ? hits.hits(actor, id) : List.<ScreeningHits.HitView>of());
		model.addAttribute("mayReview", alert.status() == AlertStatus.UNDER_REVIEW && actor.has(Role.REVIEWER)
				&& !alert.createdBy().equals(actor.username()));
		model.addAttribute("nav", owner ? "alerts" : "review");
		return "alerts/view";
	}

	@GetMapping("/alerts/new")
	String form(Actor actor, Model model) {
		actor.require(Role.OFFICER);
		return form(model, AlertForm.empty(agreements.today()), null);
	}

	@PostMapping("/alerts")
	String create(Actor actor, @ModelAttribute AlertForm form, Model model, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			Alert alert = alerts.create(actor, form.toNewAlert());
			redirect.addFlashAttribute("flash", new Flash(alert.status() == AlertStatus.PUBLISHED ? "flash.alert.published"
					: "flash.alert.under-review"));
			return "redirect:/alerts/" + alert.id();
		}, error -> form(model, form, error));
	}

	private String form(Model model, AlertForm form, @Nullable String error) {
		model.addAttribute("form", form);
		model.addAttribute("error", error);
		model.addAttribute("types", AlertType.values());
		model.addAttribute("schemata", List.of("Person", "Passport", "Identification", "Vehicle", "Firearm", "Organization",
				"Company", "LegalEntity", "BankAccount", "Event", "CyberIndicator"));
		model.addAttribute("actions", RequestedAction.values());
		model.addAttribute("classifications", Classification.values());
		model.addAttribute("tlps", Tlp.values());
		model.addAttribute("handlingCodes", HandlingCode.values());
		model.addAttribute("reliabilities", SourceReliability.values());
		model.addAttribute("credibilities", InformationCredibility.values());
		model.addAttribute("purposes", Purpose.values());
		model.addAttribute("agreements", agreements.all());
		model.addAttribute("nav", "alerts");
		return "alerts/new";
	}

	@PostMapping("/alerts/{id}/withdraw")
	String withdraw(Actor actor, @PathVariable String id, RedirectAttributes redirect) {
		return act(redirect, "redirect:/alerts/{id}", () -> {
			alerts.withdraw(actor, id);
			redirect.addFlashAttribute("flash", new Flash("flash.alert.withdrawn"));
			return "redirect:/alerts/{id}";
		});
	}

	@PostMapping("/alerts/{id}/review")
	String review(Actor actor, @PathVariable String id, @RequestParam ReviewDecision decision,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		return act(redirect, "redirect:/alerts/{id}", () -> {
			Alert alert = alerts.review(actor, id, decision, reason);
			redirect.addFlashAttribute("flash", new Flash("flash.alert.reviewed", alert.caption(), alert.status().name()));
			return "redirect:/alerts/review";
		});
	}

	@PostMapping("/alerts/{id}/hits/{hitId}/follow-up")
	String answer(Actor actor, @PathVariable String id, @PathVariable String hitId,
			@RequestParam(required = false) @Nullable String answer, RedirectAttributes redirect) {
		return act(redirect, "redirect:/alerts/{id}", () -> {
			followUps.answer(actor, id, hitId, answer);
			redirect.addFlashAttribute("flash", new Flash("flash.follow-up.answered"));
			return "redirect:/alerts/{id}";
		});
	}

	/** Runs a move; bad input or a move not allowed now goes back with the reason, anything else fails the page. */
	private static String act(RedirectAttributes redirect, String back, Supplier<String> move) {
		try {
			return move.get();
		}
		catch (IllegalArgumentException | IllegalStateException e) {
			redirect.addFlashAttribute("flash", Flash.error(e.getMessage()));
			return back;
		}
		catch (Problem p) {
			if (!ConsoleAdvice.isAboutInput(p)) {
				throw p;
			}
			redirect.addFlashAttribute("flash", Flash.error(p.getMessage()));
			return back;
		}
	}
}
