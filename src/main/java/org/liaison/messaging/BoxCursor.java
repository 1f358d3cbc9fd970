package org.liaison.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

import org.liaison.common.Problem;

/**
 * A position in an inbox or outbox: the time a message was sent and its id, the order lines are listed
 * in (newest first). Travels as an opaque base64url string; a page starts strictly before or after it,
 * so that paging costs the same at the millionth line as at the first, and a message arriving meanwhile
 * neither repeats nor skips a line.
 */
public record BoxCursor(Instant sentAt, String id) {

	/** The cursor of a line. */
	public static BoxCursor of(MessageLine line) {
		return new BoxCursor(line.sentAt(), line.id());
	}

	/** Reads a cursor given by a client; a 400 naming {@code field} when it is not one. */
	public static BoxCursor parse(String field, String text) {
		try {
			String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
			int bar = plain.indexOf('|');
			String id = plain.substring(bar + 1);
			if (bar < 0 || id.isEmpty() || id.length() > 36) {
				throw new IllegalArgumentException();
			}
			return new BoxCursor(Instant.parse(plain.substring(0, bar)), id);
		}
		catch (IllegalArgumentException | DateTimeParseException e) {
			throw Problem.invalid(field, field + " is a cursor given by an earlier page");
		}
	}

	@Override
	public String toString() {
		return Base64.getUrlEncoder().withoutPadding().encodeToString((sentAt + "|" + id).getBytes(StandardCharsets.UTF_8));
	}
}
