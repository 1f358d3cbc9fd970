package org.liaison.messaging;

import java.util.List;

import org.liaison.agency.AgencyId;

/**
 * The receipts of one recipient agency changed here (delivered, read): published in the transaction
 * that changed them, so that federation tells the nodes hosting the senders in that transaction.
 */
public record ReceiptsChanged(AgencyId recipient, List<Ref> messages) {

	/** A message whose receipt changed, and the agency that sent it. */
	public record Ref(String messageId, AgencyId sender) {
	}

	public ReceiptsChanged {
		messages = List.copyOf(messages);
	}
}
