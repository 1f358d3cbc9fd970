package org.liaison.messaging.internal;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.liaison.common.BodyLimit;
import org.liaison.messaging.MessagingProperties;
import org.springframework.stereotype.Component;

/**
 * Attachment uploads may be larger than the API's general body limit: up to
 * {@code liaison.messaging.max-attachment-size}. The upload counts what it reads against the same limit,
 * so a chunked body without a length cannot pass it either.
 */
@Component
class AttachmentBodyLimit implements BodyLimit {

	private static final Pattern UPLOAD = Pattern.compile("/api/v1/cases/[^/]+/attachments/?");

	private final MessagingProperties properties;

	AttachmentBodyLimit(MessagingProperties properties) {
		this.properties = properties;
	}

	@Override
	public long maxBytes(HttpServletRequest request) {
		return "POST".equals(request.getMethod()) && UPLOAD.matcher(request.getRequestURI()).matches()
				? properties.maxAttachmentBytes() : -1;
	}
}
