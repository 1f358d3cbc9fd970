package org.liaison.messaging;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.agency.AgencyId;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.liaison.common.Problem;
import org.liaison.messaging.internal.AttachmentFiles;
import org.liaison.messaging.internal.AttachmentStore;
import org.liaison.messaging.internal.ContentSniffer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Takes in one file for a case the caller already checked: read up to the size limit and no further,
 * type sniffed from the bytes, executables and scripts refused by content and by name, SHA-256 recorded;
 * the content kept as a file named by its SHA-256, its row stored in the caller's transaction and audited.
 */
@Component
class AttachmentIntake {

	private final AttachmentStore store;
	private final AttachmentFiles files;
	private final AuditLog audit;
	private final Clock clock;
	private final MessagingProperties properties;

	AttachmentIntake(AttachmentStore store, AttachmentFiles files, AuditLog audit, Clock clock, MessagingProperties properties) {
		this.store = store;
		this.files = files;
		this.audit = audit;
		this.clock = clock;
		this.properties = properties;
	}

	Attachment store(Actor actor, CaseFile c, Upload upload) {
		AgencyId agency = actor.requireAgency();
		if (c.status() == CaseStatus.CLOSED) {
			throw Problem.conflict("case-closed", "the case is closed: it takes no more attachments");
		}
		String fileName = fileName(upload.name());
		String extension = fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
		if (properties.refusedExtensions().contains(extension)) {
			throw refused(actor, c, "files named *." + extension + " are refused");
		}
		AttachmentFiles.Incoming in = files.receive(upload.content(), properties.maxAttachmentBytes(), ContentSniffer.SAMPLE);
		if (in.size() == 0) {
			files.discard(in);
			throw Problem.invalid("content", "the attachment is empty");
		}
		String type = ContentSniffer.sniff(in.head());
		if (properties.refusedContentTypes().contains(type)) {
			files.discard(in);
			throw refused(actor, c, "content of type " + type + " is refused");
		}
		// kept before the row is written: a row always has its file; a rollback leaves a file the purge removes
		Attachment a = new Attachment(UUID.randomUUID().toString(), c.id(), null, agency, fileName, type, in.size(),
				files.keep(in), actor.username(), clock.instant().truncatedTo(ChronoUnit.MICROS));
		store.insert(a);
		audit.append(AuditEvent.of(actor.username(), agency.value(), "attachment.upload")
			.subject("attachment", a.id())
			.detail("case", c.id())
			.detail("contentType", type)
			.detail("size", a.size())
			.detail("sha256", a.sha256()));
		return a;
	}

	private Problem refused(Actor actor, CaseFile c, String why) {
		audit.appendIndependently(AuditEvent.of(actor.username(), actor.agencyOrNode(), "attachment.upload")
			.subject("case", c.id())
			.outcome("REFUSED")
			.detail("why", why));
		return new Problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "attachment-type-refused", "Attachment refused",
				why + " (executables and scripts are not accepted)");
	}

	/** The last path segment of the name, without control characters or quotes, at most 255 characters. */
	static String fileName(@Nullable String name) {
		String n = name == null ? "" : name;
		n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
		StringBuilder s = new StringBuilder();
		n.codePoints().filter(cp -> !Character.isISOControl(cp) && cp != '"').forEach(s::appendCodePoint);
		String clean = s.toString().strip();
		while (clean.endsWith(".") || clean.endsWith(" ")) {
			clean = clean.substring(0, clean.length() - 1);
		}
		if (clean.isEmpty()) {
			clean = "attachment";
		}
		return clean.length() > 255 ? clean.substring(clean.length() - 255) : clean;
	}
}
