package org.liaison.messaging;

import java.util.List;

/**
 * A case with the messages the caller's agency sent or received in it, oldest first; {@code withheld}
 * counts the messages between other parties that it may not see (absence is not disclosure).
 */
public record CaseView(CaseFile caseFile, List<Message> messages, long withheld) {

	public CaseView {
		messages = List.copyOf(messages);
	}
}
