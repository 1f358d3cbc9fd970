package org.liaison.messaging;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Agencies;
import org.liaison.agency.AgencyId;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.liaison.messaging.internal.AttachmentFiles;
import org.liaison.messaging.internal.AttachmentStore;
import org.liaison.messaging.internal.CaseStore;
import org.liaison.messaging.internal.MessageStore;
import org.liaison.messaging.internal.SearchIndex;
import org.liaison.treaty.Agreements;
import org.liaison.treaty.DisclosureDecision;
import org.liaison.treaty.DisclosureItem;
import org.liaison.treaty.DisclosureRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages to and from agencies hosted on other nodes, for the federation module. {@link #outgoing}
 * gives what travels: the case (so that a node that has not seen it opens it), the message, the
 * receipts of the recipients hosted on the receiving node, with the agreement and article the sender
 * decided under, and the attachments inline with their SHA-256. {@link #receive} stores it there:
 * it decides again for every recipient (both sides decide) and refuses the whole message if any
 * decision differs, checks every attachment's digest, then puts it in the recipients' inboxes, notifies
 * them and, for an answer, marks the request answered.
 */
@Service
public class RemoteMessages {

	/** A message as it travels, for the recipients hosted on one node. */
	public record Transfer(CaseFile caseFile, Sent message, List<Recipient> receipts, List<File> attachments) {
	}

	/** The message itself, as the sender stored it. */
	public record Sent(String id, String caseId, MessageType type, @Nullable RequestKind kind, @Nullable Boolean urgent,
			@Nullable Accessibility accessibility, @Nullable String inReplyTo, AgencyId from, String sentBy, String body,
			Instant sentAt) {

		static Sent of(MessageStore.Row r) {
			return new Sent(r.id(), r.caseId(), r.type(), r.kind(), r.urgent(), r.accessibility(), r.inReplyTo(), r.from(),
					r.sentBy(), r.body(), r.sentAt());
		}

		MessageStore.Row row() {
			return new MessageStore.Row(id, caseId, type, kind, urgent, accessibility, inReplyTo, from, sentBy, body, sentAt);
		}
	}

	/** A recipient hosted on the receiving node: its deadline, and the agreement and article the sender decided under. */
	public record Recipient(AgencyId agency, @Nullable Instant dueAt, @Nullable String agreement, @Nullable String article) {
	}

	/** An attachment inline: its metadata, its content in base64 and the SHA-256 (hex) of the content. */
	public record File(String id, String name, String contentType, long size, String sha256, String uploadedBy,
			Instant uploadedAt, String content) {
	}

	/** Why a received message is refused: the decision here differs, or it is not what it says it is. */
	public static final class Refused extends RuntimeException {

		private final boolean decisionMismatch;

		Refused(String message, boolean decisionMismatch) {
			super(message);
			this.decisionMismatch = decisionMismatch;
		}

		public boolean decisionMismatch() {
			return decisionMismatch;
		}
	}

	private final CaseStore cases;
	private final MessageStore messages;
	private final AttachmentStore attachments;
	private final AttachmentFiles files;
	private final Agreements agreements;
	private final Agencies agencies;
	private final Notifications notifications;
	private final AuditLog audit;
	private final Clock clock;
	private final SearchIndex index;
	private final ApplicationEventPublisher events;

	RemoteMessages(CaseStore cases, MessageStore messages, AttachmentStore attachments, AttachmentFiles files,
			Agreements agreements, Agencies agencies, Notifications notifications, AuditLog audit, Clock clock,
			SearchIndex index, ApplicationEventPublisher events) {
		this.index = index;
		this.events = events;
		this.cases = cases;
		this.messages = messages;
		this.attachments = attachments;
		this.files = files;
		this.agreements = agreements;
		this.agencies = agencies;
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
	}

	/** What travels to the node hosting {@code recipients} (some of the message's recipients). */
	@Transactional(readOnly = true)
	public Transfer outgoing(String messageId, Collection<AgencyId> recipients) {
		MessageStore.Row m = messages.find(messageId).orElseThrow(() -> new IllegalStateException("message " + messageId + " vanished"));
		CaseFile c = cases.findFor(m.caseId(), m.from()).orElseThrow(() -> new IllegalStateException("case " + m.caseId() + " vanished"));
		List<Recipient> receipts = new ArrayList<>();
		Instant now = clock.instant();
		for (AgencyId to : recipients) {
			Receipt r = messages.receiptOf(messageId, to, now, java.time.Duration.ZERO)
				.orElseThrow(() -> new IllegalStateException("no receipt of " + to + " for " + messageId));
			receipts.add(new Recipient(to, r.dueAt(), r.agreement(), r.article()));
		}
		List<File> files = new ArrayList<>();
		for (Attachment a : attachments.ofMessages(List.of(messageId)).getOrDefault(messageId, List.of())) {
			files.add(new File(a.id(), a.name(), a.contentType(), a.size(), a.sha256(), a.uploadedBy(), a.uploadedAt(),
					Base64.getEncoder().encodeToString(contentOf(a))));
		}
		return new Transfer(c, Sent.of(m), receipts, files);
	}

	/**
	 * Stores a message from an agency hosted on {@code fromNode} for recipients hosted here; false when
	 * the message is here already. Throws {@link Refused} when a decision here differs from the sender's
	 * or the message does not hold together (unknown agencies, a recipient or sender not a party, a
	 * digest that does not match).
	 */
	@Transactional
	public boolean receive(Transfer t, String fromNode) {
		CaseFile c = t.caseFile();
		Sent m = t.message();
		if (!m.caseId().equals(c.id()) || !c.parties().contains(m.from()) || t.receipts().isEmpty()) {
			throw new Refused("the message and its case do not match", false);
		}
		for (AgencyId party : c.parties()) {
			if (agencies.find(party).isEmpty()) {
				throw new Refused("party " + party + " is unknown here", false);
			}
		}
		if (messages.find(m.id()).isPresent()) {
			return false;
		}
		LocalDate day = LocalDate.ofInstant(m.sentAt(), ZoneOffset.UTC);
		DisclosureItem item = DisclosureItem.original(c.category(), c.classification(), c.tlp(), c.handlingCodes(), m.from(), null);
		for (Recipient r : t.receipts()) {
			if (!c.parties().contains(r.agency())) {
				throw new Refused(r.agency() + " is not a party of the case", false);
			}
			DisclosureDecision d = agreements.decide(new DisclosureRequest(item, agencies.get(m.from()), agencies.get(r.agency()),
					c.purpose(), day));
			audit.append(AuditEvent.of("federation:" + fromNode, r.agency().value(), "message.receive")
				.subject("message", m.id())
				.outcome(d.decision().name())
				.purpose(c.purpose().name())
				.legalBasis(d.agreement())
				.detail("case", c.id())
				.detail("from", m.from())
				.detail("reason", d.reason()));
			if (!d.permitted() || !Objects.equals(d.agreement(), r.agreement()) || !Objects.equals(d.article(), r.article())) {
				throw new Refused("this node decides " + d.decision() + " (" + d.reason() + ", " + d.agreement() + " art. "
						+ d.article() + ") for " + r.agency() + " where the sender permitted under " + r.agreement() + " art. "
						+ r.article(), true);
			}
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		if (cases.parties(c.id()).isEmpty()) {
			cases.insert(c);
			index.subject(c.id(), c.subject(), c.parties());
		}
		else if (!cases.parties(c.id()).containsAll(c.parties())) {
			throw new Refused("case " + c.id() + " has other parties here", false);
		}
		else {
			cases.touchIfOpen(c.id(), now);
		}
		messages.insert(m.row(), t.receipts().stream()
			.map(r -> new MessageStore.NewReceipt(r.agency(), r.dueAt(), r.agreement(), r.article())).toList(), now);
		List<AgencyId> readers = new ArrayList<>(t.receipts().stream().map(Recipient::agency).toList());
		readers.add(m.from());
		index.message(c.id(), m.id(), m.body(), readers);
		for (File f : t.attachments()) {
			byte[] content = decode(f);
			attachments.insert(new Attachment(f.id(), c.id(), m.id(), m.from(), f.name(), f.contentType(), content.length,
					files.write(content), f.uploadedBy(), f.uploadedAt()));
		}
		@Nullable String request = m.type() == MessageType.ANSWER ? m.inReplyTo() : null;
		if (request != null) {
			messages.answer(request, m.from(), m.id(), m.sentAt());
		}
		for (Recipient r : t.receipts()) {
			events.publishEvent(new ReceiptsChanged(r.agency(), List.of(new ReceiptsChanged.Ref(m.id(), m.from()))));
			notifications.notify(r.agency(), Notifications.ALL, "MESSAGE_RECEIVED", c.id(), m.id(),
					m.type() + " from " + m.from() + " in case " + c.reference()
							+ (r.dueAt() == null ? "" : ", due " + r.dueAt().truncatedTo(ChronoUnit.SECONDS)));
		}
		return true;
	}

	/** The attachment's content: its file, or the row of one stored before V24 and not moved out yet. */
	private byte[] contentOf(Attachment a) {
		return files.find(a.sha256()).map(p -> files.read(a.sha256()))
			.orElseGet(() -> attachments.contentInRow(a.id())
				.orElseThrow(() -> new IllegalStateException("the content of attachment " + a.id() + " is missing")));
	}

	private static byte[] decode(File f) {
		byte[] content;
		try {
			content = Base64.getDecoder().decode(f.content());
		}
		catch (IllegalArgumentException e) {
			throw new Refused("attachment " + f.id() + " is not base64", false);
		}
		String digest;
		try {
			digest = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
		if (!digest.equalsIgnoreCase(f.sha256())) {
			throw new Refused("attachment " + f.id() + " does not match its SHA-256", false);
		}
		return content;
	}
}
