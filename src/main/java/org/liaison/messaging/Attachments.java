package org.liaison.messaging;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.agency.AgencyId;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.liaison.common.Problem;
import org.liaison.messaging.internal.AttachmentStore;
import org.liaison.messaging.internal.ContentSniffer;
import org.liaison.messaging.internal.MessageStore;
import org.springframework.http.HttpStatus;
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
	private final AttachmentIntake intake;
	private final MessageStore messages;
	private final AuditLog audit;
	private final Clock clock;
	private final MessagingProperties properties;

	Attachments(Cases cases, AttachmentStore store, AttachmentIntake intake, MessageStore messages, AuditLog audit,
			Clock clock, MessagingProperties properties) {
		this.cases = cases;
		this.store = store;
		this.intake = intake;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
		this.properties = properties;
	}

	/** A file and its bytes, for a download. */
	public record Download(Attachment attachment, byte[] content) {
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
		return new Download(a, store.content(a.id()));
	}

	private boolean canSee(String messageId, AgencyId agency) {
		return messages.find(messageId)
			.filter(m -> m.from().equals(agency)
					|| messages.receiptOf(m.id(), agency, clock.instant(), properties.dueSoon()).isPresent())
			.isPresent();
	}
}
