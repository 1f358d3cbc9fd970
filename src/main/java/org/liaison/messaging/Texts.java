package org.liaison.messaging;

import org.jspecify.annotations.Nullable;
import org.liaison.common.Problem;

/** Checks on free text: present, not too long, no control characters but line breaks and tabs. */
final class Texts {

	private Texts() {
	}

	static String body(@Nullable String text, int max) {
		return text("body", text, max, true);
	}

	static String text(String field, @Nullable String text, int max, boolean multiline) {
		if (text == null || text.isBlank()) {
			throw Problem.invalid(field, field + " must not be empty");
		}
		if (text.length() > max) {
			throw Problem.invalid(field, field + " has at most " + max + " characters");
		}
		for (int i = 0; i < text.length(); i++) {
			char ch = text.charAt(i);
			boolean allowed = multiline && (ch == '\n' || ch == '\r' || ch == '\t');
			if (Character.isISOControl(ch) && !allowed) {
				throw Problem.invalid(field, field + " contains a control character");
			}
		}
		return multiline ? text : text.strip();
	}
}
