package org.liaison.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.agency.Role;
import org.liaison.alerts.AlertId;
import org.liaison.common.Problem;
import org.liaison.screening.Screening;
import org.liaison.screening.ScreeningHits;
import org.liaison.screening.ScreeningQuery;
import org.liaison.screening.ScreeningResult;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Screening one traveller or vehicle, for an OFFICER. The form posts with htmx and the answer replaces
 * the result area; without script the whole page comes back with it. Each hit can be marked a false
 * positive for this subject, and the mark undone, in place. Bad input is an answer shown beside the form.
 */
@ConsoleController
class ScreeningPage {

	private final Screening screening;
	private final ScreeningHits hits;

	ScreeningPage(Screening screening, ScreeningHits hits) {
		this.screening = screening;
		this.hits = hits;
	}

	/** One hit and the query (person, document or vehicle) that found it. */
	record Found(String query, ScreeningResult.Hit hit) {
	}

	/** The answer: the hits, best first, the notes on the query, or what was wrong with the form. */
	record Answer(List<Found> hits, List<String> notes, @Nullable String error) {

		static Answer error(String error) {
			return new Answer(List.of(), List.of(), error);
		}

		public boolean hit() {
			return !hits.isEmpty();
		}
	}

	@GetMapping("/screening")
	String page(Actor actor, Model model) {
		actor.require(Role.OFFICER);
		return page(model, ScreeningForm.empty(), null);
	}

	private String page(Model model, ScreeningForm form, @Nullable Answer answer) {
		model.addAttribute("form", form);
		model.addAttribute("answer", answer);
		model.addAttribute("nav", "screening");
		return "screening/page";
	}

	@PostMapping("/screening")
	String screen(Actor actor, @ModelAttribute ScreeningForm form,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		actor.require(Role.OFFICER);
		Answer answer = answer(actor, form);
		if (htmx == null) {
			return page(model, form, answer);
		}
		model.addAttribute("form", form);
		model.addAttribute("answer", answer);
		return "screening/page :: answer";
	}

	private Answer answer(Actor actor, ScreeningForm form) {
		try {
			List<Found> found = new ArrayList<>();
			Set<String> notes = new LinkedHashSet<>();
			Set<AlertId> seen = new java.util.HashSet<>();
			for (Map.Entry<String, ScreeningQuery> q : form.queries().entrySet()) {
				ScreeningResult result = screening.screen(actor, q.getValue());
				notes.addAll(result.notes());
				result.hits().stream().filter(h -> seen.add(h.alert())).forEach(h -> found.add(new Found(q.getKey(), h)));
			}
			found.sort(Comparator.comparingDouble((Found f) -> f.hit().score()).reversed());
			return new Answer(found, List.copyOf(notes), null);
		}
		catch (IllegalArgumentException e) {
			return Answer.error(e.getMessage());
		}
		catch (Problem p) {
			if (!ConsoleAdvice.isAboutInput(p)) {
				throw p;
			}
			return Answer.error(p.getMessage());
		}
	}

	@PostMapping("/screening/false-positives")
	String mark(Actor actor, @ModelAttribute ScreeningForm form, @RequestParam String alert, @RequestParam String query,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
			RedirectAttributes redirect) {
		ScreeningHits.FalsePositive mark = hits.markFalsePositive(actor, alert, form.query(query));
		if (htmx == null) {
			redirect.addFlashAttribute("flash", new Flash("flash.false-positive.marked"));
			return "redirect:/screening";
		}
		return falsePositive(model, form, alert, query, mark.id());
	}

	@PostMapping("/screening/false-positives/{id}/undo")
	String unmark(Actor actor, @PathVariable String id, @ModelAttribute ScreeningForm form, @RequestParam String alert,
			@RequestParam String query, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			Model model, RedirectAttributes redirect) {
		hits.unmarkFalsePositive(actor, id);
		if (htmx == null) {
			redirect.addFlashAttribute("flash", new Flash("flash.false-positive.undone"));
			return "redirect:/screening";
		}
		return falsePositive(model, form, alert, query, null);
	}

	private String falsePositive(Model model, ScreeningForm form, String alert, String query, @Nullable String mark) {
		model.addAttribute("form", form);
		model.addAttribute("alert", alert);
		model.addAttribute("query", query);
		model.addAttribute("mark", mark);
		return "screening/page :: false-positive";
	}
}
