package org.liaison.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.agency.Agencies;
import org.liaison.messaging.Accessibility;
import org.liaison.messaging.Attachments;
import org.liaison.common.Problem;
import org.liaison.messaging.CaseParties;
import org.liaison.messaging.CaseSearch;
import org.liaison.messaging.CaseStatus;
import org.liaison.messaging.CaseView;
import org.liaison.messaging.Cases;
import org.liaison.messaging.MessagePage;
import org.liaison.messaging.MessageType;
import org.liaison.messaging.Messages;
import org.liaison.messaging.NewCase;
import org.liaison.messaging.NewMessage;
import org.liaison.messaging.Priority;
import org.liaison.messaging.Upload;
import org.liaison.records.Records;
import org.liaison.treaty.Agreements;
import org.liaison.treaty.Category;
import org.liaison.treaty.Classification;
import org.liaison.treaty.HandlingCode;
import org.liaison.treaty.Purpose;
import org.liaison.treaty.Tlp;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Cases and messages: search, inbox, outbox, overdue list, a case with its thread, compose and reply. */
@ConsoleController
class CasePages {

	static final int PAGE_SIZE = 50;

	private final Cases cases;
	private final Messages messages;
	private final Attachments attachments;
	private final Records records;
	private final Agencies agencies;
	private final Agreements agreements;
	private final CaseParties parties;

	CasePages(Cases cases, Messages messages, Attachments attachments, Records records, Agencies agencies,
			Agreements agreements, CaseParties parties) {
		this.parties = parties;
		this.cases = cases;
		this.messages = messages;
		this.attachments = attachments;
		this.records = records;
		this.agencies = agencies;
		this.agreements = agreements;
	}

	/** The fields of the compose and reply forms; unchecked boxes and empty fields arrive as null. */
	record MessageForm(@Nullable String subject, @Nullable List<String> parties, @Nullable Category category,
			@Nullable Purpose purpose, @Nullable String legalBasis, @Nullable Priority priority,
			@Nullable Classification classification, @Nullable Tlp tlp, @Nullable Set<HandlingCode> handlingCodes,
			@Nullable MessageType type, @Nullable String body, @Nullable Boolean urgent, @Nullable Accessibility accessibility,
			@Nullable String dueAt, @Nullable String inReplyTo, @Nullable List<String> records) {

		static MessageForm empty() {
			return new MessageForm(null, List.of(), Category.PERSON, Purpose.TERRORISM, null, Priority.NORMAL,
					Classification.RESTRICTED, Tlp.AMBER, Set.of(), MessageType.REQUEST, null, false, Accessibility.DIRECT, null,
					null, List.of());
		}

		NewMessage message() {
			Instant due = dueAt == null || dueAt.isBlank() ? null : LocalDateTime.parse(dueAt).toInstant(ZoneOffset.UTC);
			return new NewMessage(type, List.of(), body, Boolean.TRUE.equals(urgent), accessibility, due,
					inReplyTo == null || inReplyTo.isBlank() ? null : inReplyTo, records, List.of());
		}

		NewCase newCase() {
			return new NewCase(subject, parties, category, purpose, legalBasis, priority, classification, tlp, handlingCodes,
					null, message());
		}
	}

	@GetMapping("/cases")
	String search(Actor actor, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String reference, @RequestParam(required = false) @Nullable String party,
			@RequestParam(required = false) @Nullable String deadline, @RequestParam(defaultValue = "0") int page, Model model) {
		int from = Math.max(0, page);
		var found = cases.search(actor, new CaseSearch(q, reference, party, deadline, null, from, PAGE_SIZE));
		model.addAttribute("found", found);
		model.addAttribute("q", q);
		model.addAttribute("reference", reference);
		model.addAttribute("party", party);
		model.addAttribute("deadline", deadline);
		model.addAttribute("pager", new Pager(from, found.size() == PAGE_SIZE));
		model.addAttribute("nav", "cases");
		return "cases/list";
	}

	@GetMapping({ "/cases/inbox", "/cases/outbox", "/cases/overdue" })
	String box(Actor actor, @RequestParam(required = false) @Nullable String before,
			@RequestParam(required = false) @Nullable String after, Model model, jakarta.servlet.http.HttpServletRequest request) {
		String box = request.getRequestURI().substring(request.getRequestURI().lastIndexOf('/') + 1);
		MessagePage page = switch (box) {
			case "inbox" -> messages.inbox(actor, before, after, PAGE_SIZE);
			case "outbox" -> messages.outbox(actor, before, after, PAGE_SIZE);
			default -> new MessagePage(messages.overdue(actor), null, null);
		};
		model.addAttribute("box", box);
		model.addAttribute("lines", page.lines());
		model.addAttribute("older", page.older());
		model.addAttribute("newer", page.newer());
		model.addAttribute("nav", "cases-" + box);
		return "cases/box";
	}

	@GetMapping("/cases/new")
	String compose(Actor actor, Model model) {
		return compose(actor, model, MessageForm.empty(), null);
	}

	@PostMapping("/cases")
	String open(Actor actor, @ModelAttribute MessageForm form, @RequestParam(name = "files", required = false) List<MultipartFile> files,
			Model model, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			CaseView view = cases.open(actor, form.newCase(), uploads(files));
			redirect.addFlashAttribute("flash", new Flash("flash.case.opened", view.caseFile().reference()));
			return "redirect:/cases/" + view.caseFile().id();
		}, error -> compose(actor, model, form, error));
	}

	private String compose(Actor actor, Model model, MessageForm form, @Nullable String error) {
		model.addAttribute("form", form);
		model.addAttribute("error", error);
		model.addAttribute("agencies", agencies.all().stream().filter(a -> !a.id().equals(actor.agency())).toList());
		model.addAttribute("agreements", agreements.all());
		model.addAttribute("categories", Category.values());
		model.addAttribute("purposes", Purpose.values());
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("classifications", Classification.values());
		model.addAttribute("tlps", Tlp.values());
		model.addAttribute("handlingCodes", HandlingCode.values());
		model.addAttribute("accessibilities", Accessibility.values());
		model.addAttribute("held", heldRecords(actor));
		model.addAttribute("nav", "cases-new");
		return "cases/new";
	}

	@GetMapping("/cases/{id}")
	String view(Actor actor, @PathVariable String id, Model model) {
		return view(actor, id, model, null, null);
	}

	private String view(Actor actor, String id, Model model, @Nullable MessageForm form, @Nullable String error) {
		CaseView view = cases.view(actor, id);
		model.addAttribute("view", view);
		model.addAttribute("c", view.caseFile());
		model.addAttribute("form", form == null ? MessageForm.empty() : form);
		model.addAttribute("error", error);
		model.addAttribute("open", view.caseFile().status() == CaseStatus.OPEN);
		model.addAttribute("others", agencies.all().stream().filter(a -> !view.caseFile().parties().contains(a.id())).toList());
		model.addAttribute("owner", view.caseFile().owner().equals(actor.agency()));
		model.addAttribute("toAnswer", view.messages().stream()
			.filter(m -> m.type() == MessageType.REQUEST && !m.from().equals(actor.agency()))
			.filter(m -> m.recipients().stream().anyMatch(r -> r.answeredAt() == null))
			.toList());
		model.addAttribute("accessibilities", Accessibility.values());
		model.addAttribute("held", heldRecords(actor));
		model.addAttribute("nav", "cases");
		return "cases/view";
	}

	@PostMapping("/cases/{id}/messages")
	String reply(Actor actor, @PathVariable String id, @ModelAttribute MessageForm form,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			messages.send(actor, id, form.message(), uploads(files));
			redirect.addFlashAttribute("flash", new Flash("flash.message.sent"));
			return "redirect:/cases/" + id;
		}, error -> view(actor, id, model, form, error));
	}

	@PostMapping("/cases/{id}/messages/{messageId}/delay")
	String delay(Actor actor, @PathVariable String id, @PathVariable String messageId, @RequestParam String until,
			@RequestParam String justification, Model model, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			messages.delay(actor, id, messageId, LocalDateTime.parse(until).toInstant(ZoneOffset.UTC), justification);
			redirect.addFlashAttribute("flash", new Flash("flash.message.delayed"));
			return "redirect:/cases/" + id;
		}, error -> view(actor, id, model, null, error));
	}

	@PostMapping("/cases/{id}/close")
	String close(Actor actor, @PathVariable String id, @RequestParam(required = false) @Nullable String reason,
			RedirectAttributes redirect) {
		cases.close(actor, id, reason);
		redirect.addFlashAttribute("flash", new Flash("flash.case.closed"));
		return "redirect:/cases/" + id;
	}

	/** Adds a party; a denial is shown with its reason and article, like any refused input. */
	@PostMapping("/cases/{id}/parties")
	String addParty(Actor actor, @PathVariable String id, @RequestParam(required = false) @Nullable String agency,
			RedirectAttributes redirect) {
		try {
			CaseParties.Admission a = parties.add(actor, id, agency);
			redirect.addFlashAttribute("flash", new Flash("flash.case.party-added", a.party().value(), a.explanation()));
		}
		catch (Problem p) {
			if (p.status() == HttpStatus.NOT_FOUND) {
				throw p;
			}
			redirect.addFlashAttribute("flash", Flash.error(p.getMessage()));
		}
		return "redirect:/cases/" + id;
	}

	@GetMapping("/cases/{id}/attachments/{attachmentId}")
	ResponseEntity<Resource> download(Actor actor, @PathVariable String id, @PathVariable String attachmentId) {
		return attachments.download(actor, id, attachmentId).response();
	}

	private List<org.liaison.records.EntityRecord> heldRecords(Actor actor) {
		List<org.liaison.records.EntityRecord> held = new ArrayList<>(records.list(actor, false, 0, 50));
		held.addAll(records.list(actor, true, 0, 50));
		return held;
	}

	private static List<Upload> uploads(@Nullable List<MultipartFile> files) {
		List<Upload> out = new ArrayList<>();
		if (files != null) {
			for (MultipartFile f : files) {
				if (f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())) {
					continue;
				}
				try {
					out.add(new Upload(f.getOriginalFilename(), f.getInputStream()));
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
		}
		return out;
	}
}
