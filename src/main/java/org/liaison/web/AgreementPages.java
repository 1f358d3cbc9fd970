package org.liaison.web;

import org.liaison.agency.Actor;
import org.liaison.common.Problem;
import org.liaison.treaty.Agreement;
import org.liaison.treaty.AgreementKind;
import org.liaison.treaty.AgreementStatus;
import org.liaison.treaty.Agreements;
import org.liaison.treaty.Category;
import org.liaison.treaty.Classification;
import org.liaison.treaty.OnwardTransfer;
import org.liaison.treaty.Purpose;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Agreements: the list, one agreement with its parties, scope, conditions and articles; suspend, resume, record. */
@ConsoleController
class AgreementPages {

	private final Agreements agreements;

	AgreementPages(Agreements agreements) {
		this.agreements = agreements;
	}

	@GetMapping("/agreements")
	String list(Model model) {
		model.addAttribute("agreements", agreements.all());
		model.addAttribute("nav", "agreements");
		return "agreements/list";
	}

	@GetMapping("/agreements/{id}")
	String view(@PathVariable String id, Model model) {
		model.addAttribute("agreement", agreements.find(id).orElseThrow(() -> Problem.notFound("agreement")));
		model.addAttribute("today", agreements.today());
		model.addAttribute("nav", "agreements");
		return "agreements/view";
	}

	@PostMapping("/agreements/{id}/suspend")
	String suspend(Actor actor, @PathVariable String id, RedirectAttributes redirect) {
		Agreement a = agreements.suspend(actor, id);
		redirect.addFlashAttribute("flash", new Flash("flash.agreement.suspended", a.id()));
		return "redirect:/agreements/{id}";
	}

	@PostMapping("/agreements/{id}/resume")
	String resume(Actor actor, @PathVariable String id, RedirectAttributes redirect) {
		Agreement a = agreements.resume(actor, id);
		redirect.addFlashAttribute("flash", new Flash("flash.agreement.resumed", a.id()));
		return "redirect:/agreements/{id}";
	}

	@GetMapping("/agreements/new")
	String form(Model model) {
		return form(model, AgreementForm.empty(agreements.today()), null);
	}

	@PostMapping("/agreements")
	String create(Actor actor, @ModelAttribute AgreementForm form, Model model, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			Agreement created = agreements.create(actor, form.toAgreement());
			redirect.addFlashAttribute("flash", new Flash("flash.agreement.created", created.id()));
			return "redirect:/agreements/" + created.id();
		}, error -> form(model, form, error));
	}

	private String form(Model model, AgreementForm form, @org.jspecify.annotations.Nullable String error) {
		model.addAttribute("form", form);
		model.addAttribute("error", error);
		model.addAttribute("kinds", AgreementKind.values());
		model.addAttribute("statuses", AgreementStatus.values());
		model.addAttribute("categories", Category.values());
		model.addAttribute("purposes", Purpose.values());
		model.addAttribute("classifications", Classification.values());
		model.addAttribute("onwardTransfers", OnwardTransfer.values());
		model.addAttribute("nav", "agreements");
		return "agreements/new";
	}
}
