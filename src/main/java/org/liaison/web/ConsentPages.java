package org.liaison.web;

import java.util.Comparator;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.common.Problem;
import org.liaison.records.ConsentRequest;
import org.liaison.records.Consents;
import org.liaison.treaty.Purpose;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Consent to onward transfer: the requests involving my agency, asking for one, granting or refusing one. */
@ConsoleController
class ConsentPages {

	private final Consents consents;

	ConsentPages(Consents consents) {
		this.consents = consents;
	}

	@GetMapping("/consents")
	String list(Actor actor, Model model) {
		model.addAttribute("consents", consents.involving(actor).stream()
			.sorted(Comparator.comparing((ConsentRequest c) -> c.status() != ConsentRequest.Status.PENDING)
				.thenComparing(ConsentRequest::requestedAt, Comparator.reverseOrder()))
			.toList());
		model.addAttribute("agency", actor.requireAgency());
		model.addAttribute("nav", "consents");
		return "consents";
	}

	@PostMapping("/records/{id}/consents")
	String request(Actor actor, @PathVariable String id, @RequestParam String to, @RequestParam Purpose purpose,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		try {
			consents.request(actor, id, to, purpose, blankToNull(reason));
			redirect.addFlashAttribute("flash", new Flash("flash.consent.requested", to, purpose.name()));
			return "redirect:/consents";
		}
		catch (Problem p) {
			if (!ConsoleAdvice.isAboutInput(p)) {
				throw p;
			}
			redirect.addFlashAttribute("flash", Flash.error(p.getMessage()));
			return "redirect:/records/{id}";
		}
	}

	@PostMapping("/consents/{id}/grant")
	String grant(Actor actor, @PathVariable String id, @RequestParam(required = false) @Nullable String reason,
			RedirectAttributes redirect) {
		consents.grant(actor, id, blankToNull(reason));
		redirect.addFlashAttribute("flash", new Flash("flash.consent.granted"));
		return "redirect:/consents";
	}

	@PostMapping("/consents/{id}/refuse")
	String refuse(Actor actor, @PathVariable String id, @RequestParam(required = false) @Nullable String reason,
			RedirectAttributes redirect) {
		consents.refuse(actor, id, blankToNull(reason));
		redirect.addFlashAttribute("flash", new Flash("flash.consent.refused"));
		return "redirect:/consents";
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
