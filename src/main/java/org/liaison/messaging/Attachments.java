package org.liaison.messaging;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.agency.AgencyId;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.liaison.common.Problem;
import org.liaison.messaging.internal.AttachmentFiles;
import org.liaison.messaging.internal.AttachmentStore;
import org.liaison.messaging.internal.MessageStore;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files carried by messages. An upload is read up to the size limit and no further; its type is sniffed
 * from its bytes (the name and the claimed type are not trusted), executables and scripts are refused by
 * content and by name, and its SHA-256 is recorded. Until a message carries it, a file is seen only by
 * the agency that uploaded it; then also by the message's recipients. Uploads and downloads are audited.
 */
@Service
public class Attachments {

	private final Cases cases;
	private final AttachmentStore store;
	private final AttachmentFiles files;
	private final AttachmentIntake intake;
	private final MessageStore messages;
	private final AuditLog audit;
	private final Clock clock;
	private final MessagingProperties properties;

	Attachments(Cases cases, AttachmentStore store, AttachmentFiles files, AttachmentIntake intake, MessageStore messages,
			AuditLog audit, Clock clock, MessagingProperties properties) {
		this.cases = cases;
		this.store = store;
		this.files = files;
		this.intake = intake;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
		this.properties = properties;
	}

	/** A file and its content, for a download. */
	public record Download(Attachment attachment, Resource content) {

		/**
		 * The download as an HTTP answer: the sniffed type, {@code Content-Disposition: attachment}, no
		 * sniffing or scripts in the browser, and the SHA-256 as {@code Repr-Digest} (RFC 9530).
		 */
		public ResponseEntity<Resource> response() {
			return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(attachment.contentType()))
				.contentLength(attachment.size())
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(attachment.name(), StandardCharsets.UTF_8).build().toString())
				.header("X-Content-Type-Options", "nosniff")
				.header("Content-Security-Policy", "sandbox; default-src 'none'")
				.header("Repr-Digest",
						"sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(attachment.sha256())) + ":")
				.body(content);
		}
	}

	/** Stores a file for the actor's agency in a case it is party to, to be sent with a later message. */
	@Transactional
	public Attachment upload(Actor actor, String caseId, @Nullable String name, InputStream content) {
		Cases.requireCaseHandler(actor);
		CaseFile c = cases.visible(actor, caseId, "attachment.upload");
		return intake.store(actor, c, new Upload(name, content));
	}

	/** The file, if the actor's agency uploaded it or received the message carrying it; 404 otherwise. Audited. */
	@Transactional
	public Download download(Actor actor, String caseId, String attachmentId) {
		AgencyId agency = actor.requireAgency();
		CaseFile c = cases.visible(actor, caseId, "attachment.download");
		Attachment a = store.find(attachmentId)
			.filter(x -> x.caseId().equals(c.id()))
			.filter(x -> x.agency().equals(agency) || (x.message() != null && canSee(x.message(), agency)))
			.orElseThrow(() -> {
				audit.appendIndependently(AuditEvent.of(actor.username(), agency.value(), "attachment.download")
					.subject("attachment", attachmentId.length() > 36 ? attachmentId.substring(0, 36) : attachmentId)
					.outcome("NOT_FOUND"));
				return Problem.notFound("attachment");
			});
		audit.append(AuditEvent.of(actor.username(), agency.value(), "attachment.download")
			.subject("attachment", a.id())
			.purpose(c.purpose().name())
			.legalBasis(c.legalBasis())
			.detail("case", c.id())
			.detail("message", a.message())
			.detail("sha256", a.sha256()));
		return new Download(a, content(actor, a));
	}

	/**
	 * The attachment's file, checked against its SHA-256 before it is served (a file changed on disk is a
	 * 500, audited, never served); a row stored before V24 whose content the purge job has not yet moved
	 * out is served from the row.
	 */
	private Resource content(Actor actor, Attachment a) {
		Optional<Path> file = files.find(a.sha256());
		if (file.isPresent() && files.isIntact(file.get(), a.sha256())) {
			return new FileSystemResource(file.get());
		}
		Optional<byte[]> inRow = file.isEmpty() ? store.contentInRow(a.id()) : Optional.empty();
		if (inRow.isPresent()) {
			return new ByteArrayResource(inRow.get());
		}
		audit.appendIndependently(AuditEvent.of(actor.username(), actor.agencyOrNode(), "attachment.download")
			.subject("attachment", a.id())
			.outcome(file.isPresent() ? "CORRUPT" : "MISSING")
			.detail("sha256", a.sha256()));
		throw new Problem(HttpStatus.INTERNAL_SERVER_ERROR, "attachment-unavailable", "Attachment unavailable",
				"the attachment's content is missing or does not match its SHA-256; the node's operator is told");
	}

	private boolean canSee(String messageId, AgencyId agency) {
		return messages.find(messageId)
			.filter(m -> m.from().equals(agency)
					|| messages.receiptOf(m.id(), agency, clock.instant(), properties.dueSoon()).isPresent())
			.isPresent();
	}
}
