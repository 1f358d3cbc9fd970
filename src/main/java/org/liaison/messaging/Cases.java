package org.liaison.messaging;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.agency.Agencies;
import org.liaison.agency.AgencyId;
import org.liaison.agency.Role;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.liaison.common.Problem;
import org.liaison.messaging.internal.CaseStore;
import org.liaison.messaging.internal.MessageStore;
import org.liaison.messaging.internal.SearchIndex;
import org.liaison.treaty.Agreements;
import org.liaison.treaty.HandlingCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases: opening one with its first message, searching, reading (which marks what the agency received
 * as read), exporting and closing. A case exists only for its parties: to any other agency it answers
 * 404, exactly as a case that does not exist. Every read, export, search and change is audited.
 */
@Service
public class Cases {

	static final int MAX_PARTIES = 20;
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
	private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
	private static final SecureRandom RANDOM = new SecureRandom();

	private final CaseStore cases;
	private final MessageStore messages;
	private final MessageViews views;
	private final Sender sender;
	private final AttachmentIntake intake;
	private final Agencies agencies;
	private final Agreements agreements;
	private final AuditLog audit;
	private final Clock clock;
	private final MessagingProperties properties;
	private final SearchIndex index;
	private final ApplicationEventPublisher events;

	Cases(CaseStore cases, MessageStore messages, MessageViews views, Sender sender, AttachmentIntake intake,
			Agencies agencies, Agreements agreements, AuditLog audit, Clock clock, MessagingProperties properties,
			SearchIndex index, ApplicationEventPublisher events) {
		this.index = index;
		this.events = events;
		this.intake = intake;
		this.cases = cases;
		this.messages = messages;
		this.views = views;
		this.sender = sender;
		this.agencies = agencies;
		this.agreements = agreements;
		this.audit = audit;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * Opens a case with the given agencies and sends its first message, all or nothing: a recipient the
	 * agreements do not permit fails the whole call with a 403 and stores nothing.
	 */
	@Transactional
	public CaseView open(Actor actor, NewCase request) {
		return open(actor, request, List.of());
	}

	/** Opens a case as {@link #open(Actor, NewCase)}, its first message carrying the files given. */
	@Transactional
	public CaseView open(Actor actor, NewCase request, List<Upload> files) {
		requireCaseHandler(actor);
		AgencyId owner = actor.requireAgency();
		String subject = Texts.text("subject", request.subject(), 300, false);
		if (request.category() == null || request.purpose() == null || request.classification() == null
				|| request.tlp() == null) {
			throw Problem.invalid(request.category() == null ? "category" : request.purpose() == null ? "purpose"
					: request.classification() == null ? "classification" : "tlp", "category, purpose, classification and tlp are required");
		}
		if (request.legalBasis() == null || agreements.find(request.legalBasis()).isEmpty()) {
			throw Problem.invalid("legalBasis", "legalBasis names no known agreement");
		}
		if (request.handlingCodes().contains(HandlingCode.H3) && (request.handlingNote() == null || request.handlingNote().isBlank())) {
			throw Problem.invalid("handlingNote", "handling code H3 needs its restriction stated in handlingNote");
		}
		String note = request.handlingNote() == null || request.handlingNote().isBlank() ? null
				: Texts.text("handlingNote", request.handlingNote(), 1000, false);
		if (request.message() == null) {
			throw Problem.invalid("message", "a case is opened with its first message");
		}
		List<AgencyId> parties = parties(owner, request.parties());
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		CaseFile c = new CaseFile(UUID.randomUUID().toString(), reference(owner, now), subject, owner, request.category(),
				request.purpose(), request.legalBasis(), request.priority() == null ? Priority.NORMAL : request.priority(),
				request.classification(), request.tlp(), request.handlingCodes(), note, CaseStatus.OPEN, parties,
				actor.username(), now, now, null, null, null);
		cases.insert(c);
		index.subject(c.id(), c.subject(), c.parties());
		audit.append(AuditEvent.of(actor.username(), owner.value(), "case.open")
			.subject("case", c.id())
			.purpose(c.purpose().name())
			.legalBasis(c.legalBasis())
			.detail("reference", c.reference())
			.detail("parties", String.join(",", parties.stream().map(AgencyId::value).toList())));
		sender.send(actor, c, request.message(), files.stream().map(u -> intake.store(actor, c, u)).toList());
		return views.view(owner, cases.findFor(c.id(), owner).orElseThrow(), false);
	}

	/** The case with the messages the agency sent or received; what it received is marked read. Audited. */
	@Transactional
	public CaseView view(Actor actor, String id) {
		return read(actor, id, "case.read");
	}

	/** The case as {@link #view}, for keeping outside the node: audited as an export. */
	@Transactional
	public CaseView export(Actor actor, String id) {
		return read(actor, id, "case.export");
	}

	private CaseView read(Actor actor, String id, String action) {
		AgencyId agency = actor.requireAgency();
		CaseFile c = visible(actor, id, action);
		CaseView view = views.view(agency, c, true);
		List<ReceiptsChanged.Ref> unread = view.messages().stream()
			.filter(m -> m.recipients().stream().anyMatch(r -> r.agency().equals(agency) && r.readAt() == null))
			.map(m -> new ReceiptsChanged.Ref(m.id(), m.from())).toList();
		int read = messages.markRead(view.messages().stream().map(Message::id).toList(), agency, actor.username(),
				clock.instant().truncatedTo(ChronoUnit.MICROS));
		audit.append(AuditEvent.of(actor.username(), agency.value(), action)
			.subject("case", c.id())
			.purpose(c.purpose().name())
			.legalBasis(c.legalBasis())
			.detail("messages", view.messages().size())
			.detail("newlyRead", read));
		if (read > 0) {
			events.publishEvent(new ReceiptsChanged(agency, unread));
		}
		return read == 0 ? view : views.view(agency, c, true);
	}

	/**
	 * The cases the actor's agency is party to matching the search: with words ({@code q}), those whose subject
	 * or messages the agency sent or received hold every word (full text, see {@link SearchTerms}; {@code word*}
	 * a prefix), best match first; otherwise most recently active first. Audited, the words only as a hash.
	 */
	@Transactional
	public List<CaseFile> search(Actor actor, CaseSearch q) {
		AgencyId agency = actor.requireAgency();
		int size = Math.max(1, Math.min(q.size(), 200));
		AgencyId party = null;
		if (q.party() != null && !q.party().isBlank()) {
			if (!AgencyId.isWellFormed(q.party())) {
				throw Problem.invalid("party", "party must be an agency id like FR.DGPN");
			}
			party = AgencyId.of(q.party());
		}
		String deadline = blankToNull(q.deadline());
		if (deadline != null && !Set.of("OVERDUE", "DUE_SOON", "OPEN", "ANSWERED").contains(deadline.toUpperCase(Locale.ROOT))) {
			throw Problem.invalid("deadline", "deadline is OVERDUE, DUE_SOON, OPEN or ANSWERED");
		}
		String text = blankToNull(q.text());
		if (text != null) {
			text = Texts.text("q", text, 200, false);
		}
		String reference = blankToNull(q.reference());
		if (reference != null) {
			reference = Texts.text("reference", reference, 60, false);
		}
		Instant now = clock.instant();
		List<SearchIndex.Term> terms = text == null ? null : SearchIndex.query(text);
		List<CaseFile> found = cases.search(new CaseStore.Query(agency, terms, reference, party,
				deadline == null ? null : deadline.toUpperCase(Locale.ROOT), q.status(), now, now.plus(properties.dueSoon()),
				size, (long) Math.max(0, q.page()) * size));
		audit.append(AuditEvent.of(actor.username(), agency.value(), "case.search")
			.subject("cases", "search")
			.detail("text", text == null ? null : org.liaison.common.Sha256.hex(text))
			.detail("terms", terms == null ? null : terms.size())
			.detail("reference", reference)
			.detail("party", party)
			.detail("deadline", deadline)
			.detail("count", found.size()));
		return found;
	}

	/** Closes an open case (an officer of the agency that opened it); a closed case takes no more messages. */
	@Transactional
	public CaseFile close(Actor actor, String id, @Nullable String reason) {
		requireCaseHandler(actor);
		AgencyId agency = actor.requireAgency();
		CaseFile c = visible(actor, id, "case.close");
		if (!c.owner().equals(agency)) {
			throw Problem.forbidden("only the agency that opened a case closes it");
		}
		String why = reason == null || reason.isBlank() ? null : Texts.text("reason", reason, 2000, true);
		if (!cases.close(c.id(), actor.username(), clock.instant().truncatedTo(ChronoUnit.MICROS), why)) {
			throw Problem.conflict("case-closed", "the case is closed already");
		}
		audit.append(AuditEvent.of(actor.username(), agency.value(), "case.close").subject("case", c.id()).outcome("CLOSED"));
		events.publishEvent(new CaseChanged(c.id(), c.owner(), c.parties(), null));
		return cases.findFor(c.id(), agency).orElseThrow();
	}

	/** The case if the actor's agency is a party; otherwise a 404, audited as NOT_FOUND. */
	CaseFile visible(Actor actor, String id, String action) {
		AgencyId agency = actor.requireAgency();
		return cases.findFor(id, agency).orElseThrow(() -> {
			audit.appendIndependently(AuditEvent.of(actor.username(), agency.value(), action)
				.subject("case", id.length() > 36 ? id.substring(0, 36) : id)
				.outcome("NOT_FOUND"));
			return Problem.notFound("case");
		});
	}

	static void requireCaseHandler(Actor actor) {
		actor.require(Role.OFFICER, Role.NGO_MEMBER);
	}

	private List<AgencyId> parties(AgencyId owner, List<String> requested) {
		Set<AgencyId> parties = new LinkedHashSet<>();
		parties.add(owner);
		for (String p : requested) {
			if (p == null || !AgencyId.isWellFormed(p)) {
				throw Problem.invalid("parties", "parties are agency ids like FR.DGPN");
			}
			AgencyId id = AgencyId.of(p);
			if (agencies.find(id).isEmpty()) {
				throw new Problem(HttpStatus.BAD_REQUEST, "unknown-agency", "Invalid request",
						"'parties' names an agency unknown to this node").with("field", "parties");
			}
			parties.add(id);
		}
		if (parties.size() < 2) {
			throw Problem.invalid("parties", "a case is opened with at least one other agency");
		}
		if (parties.size() > MAX_PARTIES) {
			throw Problem.invalid("parties", "a case has at most " + MAX_PARTIES + " parties");
		}
		return new ArrayList<>(parties);
	}

	private static String reference(AgencyId owner, Instant at) {
		StringBuilder s = new StringBuilder(owner.value()).append('-').append(DAY.format(at)).append('-');
		for (int i = 0; i < 6; i++) {
			s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return s.toString();
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s;
	}
}
