package org.liaison.messaging.internal;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.liaison.common.BodyLimit;
import org.liaison.messaging.MessagingProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Attachment uploads may be larger than the API's general body limit: up to
 * {@code liaison.messaging.max-attachment-size}. The upload counts what it reads against the same limit,
 * so a chunked body without a length cannot pass it either. A message sent with its files (multipart)
 * may be as large as {@code spring.servlet.multipart.max-request-size}, which the multipart parser
 * enforces on what it reads, each file being held to the attachment limit again when it is taken in.
 */
@Component
class AttachmentBodyLimit implements BodyLimit {

	private static final Pattern UPLOAD = Pattern.compile("/api/v1/cases/[^/]+/attachments/?");

	private static final Pattern SEND = Pattern.compile("/api/v1/cases/[^/]+/messages/?");

	private final MessagingProperties properties;
	private final long maxMultipartBytes;

	AttachmentBodyLimit(MessagingProperties properties,
			@Value("${spring.servlet.multipart.max-request-size:32MB}") DataSize maxMultipartSize) {
		this.properties = properties;
		this.maxMultipartBytes = maxMultipartSize.toBytes();
	}

	@Override
	public long maxBytes(HttpServletRequest request) {
		if (!"POST".equals(request.getMethod())) {
			return -1;
		}
		if (UPLOAD.matcher(request.getRequestURI()).matches()) {
			return properties.maxAttachmentBytes();
		}
		String type = request.getContentType();
		return type != null && type.regionMatches(true, 0, "multipart/form-data", 0, 19)
				&& SEND.matcher(request.getRequestURI()).matches() ? maxMultipartBytes : -1;
	}
}
