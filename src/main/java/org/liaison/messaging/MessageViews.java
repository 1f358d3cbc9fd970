package org.liaison.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.liaison.agency.AgencyId;
import org.liaison.messaging.internal.AttachmentStore;
import org.liaison.messaging.internal.MessageStore;
import org.springframework.stereotype.Component;

/**
 * Messages as an agency may see them: the sender sees every recipient's receipt, a recipient only its
 * own; records and attachments come with them.
 */
@Component
class MessageViews {

	private final MessageStore messages;
	private final AttachmentStore attachments;
	private final Clock clock;
	private final MessagingProperties properties;

	MessageViews(MessageStore messages, AttachmentStore attachments, Clock clock, MessagingProperties properties) {
		this.messages = messages;
		this.attachments = attachments;
		this.clock = clock;
		this.properties = properties;
	}

	CaseView view(AgencyId agency, CaseFile c, boolean withMessages) {
		List<MessageStore.Row> rows = messages.visibleIn(c.id(), agency);
		long total = messages.countIn(c.id());
		return new CaseView(c, of(rows, agency), total - rows.size());
	}

	List<Message> of(List<MessageStore.Row> rows, AgencyId agency) {
		List<String> ids = rows.stream().map(MessageStore.Row::id).toList();
		Instant now = clock.instant();
		Map<String, List<Receipt>> receipts = messages.receipts(ids, now, properties.dueSoon());
		Map<String, List<String>> records = messages.recordRefs(ids);
		Map<String, List<Attachment>> files = attachments.ofMessages(ids);
		return rows.stream().map(r -> {
			List<Receipt> all = receipts.getOrDefault(r.id(), List.of());
			List<Receipt> mine = r.from().equals(agency) ? all : all.stream().filter(x -> x.agency().equals(agency)).toList();
			return new Message(r.id(), r.caseId(), r.type(), r.kind(), r.urgent(), r.accessibility(), r.inReplyTo(), r.from(),
					r.sentBy(), r.body(), r.sentAt(), mine, records.getOrDefault(r.id(), List.of()),
					files.getOrDefault(r.id(), List.of()));
		}).toList();
	}
}
