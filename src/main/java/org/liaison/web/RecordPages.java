package org.liaison.web;

import java.util.List;

import org.liaison.agency.Actor;
import org.liaison.records.EntityRecord;
import org.liaison.records.InformationCredibility;
import org.liaison.records.Records;
import org.liaison.records.Schemata;
import org.liaison.records.SourceReliability;
import org.liaison.treaty.Agreements;
import org.liaison.treaty.Classification;
import org.liaison.treaty.HandlingCode;
import org.liaison.treaty.Purpose;
import org.liaison.treaty.Tlp;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** My agency's records, the records it received, and the new-record form. */
@ConsoleController
class RecordPages {

	static final int PAGE_SIZE = 50;

	private final Records records;
	private final Schemata schemata;
	private final Agreements agreements;

	RecordPages(Records records, Schemata schemata, Agreements agreements) {
		this.records = records;
		this.schemata = schemata;
		this.agreements = agreements;
	}

	@GetMapping("/records")
	String originated(Actor actor, @RequestParam(defaultValue = "0") int page, Model model) {
		return list(actor, false, page, model);
	}

	@GetMapping("/received")
	String received(Actor actor, @RequestParam(defaultValue = "0") int page, Model model) {
		return list(actor, true, page, model);
	}

	private String list(Actor actor, boolean received, int page, Model model) {
		int from = Math.max(0, page);
		List<EntityRecord> found = records.list(actor, received, from, PAGE_SIZE);
		model.addAttribute("records", found);
		model.addAttribute("pager", new Pager(from, found.size() == PAGE_SIZE));
		model.addAttribute("nav", received ? "received" : "records");
		return received ? "records/received" : "records/list";
	}

	@GetMapping("/records/new")
	String form(Model model) {
		return form(model, RecordForm.empty(), null);
	}

	@PostMapping("/records")
	String create(Actor actor, @ModelAttribute RecordForm form, Model model, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			EntityRecord record = records.create(actor, form.toNewRecord());
			redirect.addFlashAttribute("flash", new Flash("flash.record.created"));
			return "redirect:/records/" + record.id();
		}, error -> form(model, form, error));
	}

	private String form(Model model, RecordForm form, @org.jspecify.annotations.Nullable String error) {
		model.addAttribute("form", form);
		model.addAttribute("error", error);
		model.addAttribute("schemata", schemata.all());
		model.addAttribute("classifications", Classification.values());
		model.addAttribute("tlps", Tlp.values());
		model.addAttribute("handlingCodes", HandlingCode.values());
		model.addAttribute("reliabilities", SourceReliability.values());
		model.addAttribute("credibilities", InformationCredibility.values());
		model.addAttribute("purposes", Purpose.values());
		model.addAttribute("agreements", agreements.all());
		model.addAttribute("nav", "records");
		return "records/new";
	}
}
