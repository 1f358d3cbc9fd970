package org.liaison.messaging.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.common.Problem;
import org.liaison.messaging.Attachment;
import org.liaison.messaging.Attachments;
import org.liaison.messaging.CaseFile;
import org.liaison.messaging.CaseSearch;
import org.liaison.messaging.CaseStatus;
import org.liaison.messaging.CaseView;
import org.liaison.messaging.Cases;
import org.liaison.messaging.Message;
import org.liaison.messaging.Messages;
import org.liaison.messaging.Upload;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Cases, their messages and attachments. */
@RestController
@RequestMapping("/api/v1/cases")
class CaseController {

	private final Cases cases;
	private final Messages messages;
	private final Attachments attachments;

	CaseController(Cases cases, Messages messages, Attachments attachments) {
		this.cases = cases;
		this.messages = messages;
		this.attachments = attachments;
	}

	@PostMapping
	ResponseEntity<CaseView> open(Actor actor, @RequestBody CaseBodies.CaseBody body) {
		CaseView view = cases.open(actor, body.toNewCase());
		return ResponseEntity.created(URI.create("/api/v1/cases/" + view.caseFile().id())).body(view);
	}

	@GetMapping
	List<CaseFile> search(Actor actor, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String reference, @RequestParam(required = false) @Nullable String party,
			@RequestParam(required = false) @Nullable String deadline,
			@RequestParam(required = false) @Nullable CaseStatus status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return cases.search(actor, new CaseSearch(q, reference, party, deadline, status, page, size));
	}

	@GetMapping("/{id}")
	CaseView view(Actor actor, @PathVariable String id) {
		return cases.view(actor, id);
	}

	@GetMapping("/{id}/export")
	ResponseEntity<CaseView> export(Actor actor, @PathVariable String id) {
		CaseView view = cases.export(actor, id);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("case-" + view.caseFile().reference() + ".json").build().toString())
			.body(view);
	}

	@PostMapping("/{id}/close")
	CaseFile close(Actor actor, @PathVariable String id, @RequestBody(required = false) CaseBodies.@Nullable CloseBody body) {
		return cases.close(actor, id, body == null ? null : body.reason());
	}

	@PostMapping("/{id}/messages")
	ResponseEntity<Message> send(Actor actor, @PathVariable String id, @RequestBody CaseBodies.MessageBody body) {
		Message m = messages.send(actor, id, body.toNewMessage());
		return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/messages/" + m.id())).body(m);
	}

	/**
	 * Sends a message with its files in one request (multipart: a {@code message} part, the JSON of
	 * {@link #send}, and any number of {@code files} parts): one transaction, one check of the case, and no
	 * separate upload round trip per file. The files are taken in exactly as {@code POST .../attachments}
	 * takes them.
	 */
	@PostMapping(path = "/{id}/messages", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Message> sendWithFiles(Actor actor, @PathVariable String id, @RequestPart("message") CaseBodies.MessageBody body,
			@RequestPart(name = "files", required = false) @Nullable List<MultipartFile> files) throws IOException {
		List<Upload> uploads = new ArrayList<>();
		if (files != null) {
			for (MultipartFile f : files) {
				uploads.add(new Upload(f.getOriginalFilename(), f.getInputStream()));
			}
		}
		Message m = messages.send(actor, id, body.toNewMessage(), uploads);
		return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/messages/" + m.id())).body(m);
	}

	@GetMapping("/{id}/messages/{messageId}")
	Message read(Actor actor, @PathVariable String id, @PathVariable String messageId) {
		return messages.read(actor, id, messageId);
	}

	@PostMapping("/{id}/messages/{messageId}/delay")
	Message delay(Actor actor, @PathVariable String id, @PathVariable String messageId,
			@RequestBody CaseBodies.DelayBody body) {
		if (body.until() == null) {
			throw Problem.invalid("until", "until is the new deadline, a date-time with offset");
		}
		return messages.delay(actor, id, messageId, body.until().toInstant(), body.justification());
	}

	/**
	 * The body is the file itself, whatever its Content-Type says; the name comes from {@code ?name=} or the
	 * Content-Disposition header. The query string is read by hand, so that a form-encoded body is never
	 * parsed as parameters.
	 */
	@PostMapping("/{id}/attachments")
	ResponseEntity<Attachment> upload(Actor actor, @PathVariable String id, HttpServletRequest request) throws IOException {
		Attachment a = attachments.upload(actor, id, fileName(request), request.getInputStream());
		return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/attachments/" + a.id())).body(a);
	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	ResponseEntity<Resource> download(Actor actor, @PathVariable String id, @PathVariable String attachmentId) {
		return attachments.download(actor, id, attachmentId).response();
	}

	private static @Nullable String fileName(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query != null) {
			for (String pair : query.split("&")) {
				if (pair.startsWith("name=")) {
					return URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8);
				}
			}
		}
		String disposition = request.getHeader(HttpHeaders.CONTENT_DISPOSITION);
		if (disposition != null) {
			try {
				return ContentDisposition.parse(disposition).getFilename();
			}
			catch (IllegalArgumentException e) {
				return null;
			}
		}
		return null;
	}
}
