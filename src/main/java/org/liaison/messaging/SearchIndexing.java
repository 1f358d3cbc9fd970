package org.liaison.messaging;

import java.util.ArrayList;
import java.util.List;

import org.liaison.agency.AgencyId;
import org.liaison.messaging.internal.MessageStore;
import org.liaison.messaging.internal.SearchIndex;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Indexes every message sent here for its sender and recipients, in the sending transaction (a plain
 * listener, not one after commit): the index holds a message exactly when the message committed.
 */
@Component
class SearchIndexing {

	private final MessageStore messages;
	private final SearchIndex index;

	SearchIndexing(MessageStore messages, SearchIndex index) {
		this.messages = messages;
		this.index = index;
	}

	@EventListener
	void on(MessageSent event) {
		MessageStore.Row m = messages.find(event.messageId()).orElseThrow();
		List<AgencyId> readers = new ArrayList<>(event.to());
		readers.add(event.from());
		index.message(m.caseId(), m.id(), m.body(), readers);
	}
}
