package org.liaison.messaging;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.liaison.agency.AgencyId;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.liaison.messaging.internal.MessageStore;
import org.liaison.messaging.internal.ReceiptStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receipts of messages between nodes, for the federation module. A message to an agency on another node
 * is not delivered when it is queued, but when that node acknowledges it; that node then reports each
 * first read and answer back the same way ({@link Acknowledgement}), and the sender's receipt takes what
 * it does not hold yet, so that repeated or late reports change nothing.
 */
@Service
public class RemoteReceipts {

	private final ReceiptStore receipts;
	private final MessageStore messages;
	private final AuditLog audit;

	RemoteReceipts(ReceiptStore receipts, MessageStore messages, AuditLog audit) {
		this.receipts = receipts;
		this.messages = messages;
		this.audit = audit;
	}

	/** The recipient's receipts of the messages as they stand here, to report to the senders' node. */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Acknowledgement> of(AgencyId recipient, Collection<String> messageIds) {
		return receipts.of(recipient, messageIds);
	}

	/** Marks the receipts of recipients hosted on another node as awaiting that node's acknowledgement. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void awaitAcknowledgement(String messageId, Collection<AgencyId> recipients) {
		if (!recipients.isEmpty()) {
			receipts.awaitAcknowledgement(messageId, recipients);
		}
	}

	/** The request the message answers and the agency that asked it, if the message is an answer. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<ReceiptsChanged.Ref> answered(String messageId) {
		return receipts.answered(messageId).flatMap(messages::find).map(r -> new ReceiptsChanged.Ref(r.id(), r.from()));
	}

	/**
	 * Applies acknowledgements from {@code fromNode}, which hosts their agencies; a message unknown here (one
	 * that node stored on behalf of an agency of this node) is skipped. Returns how many receipts changed.
	 */
	@Transactional
	public int apply(List<Acknowledgement> acknowledgements, String fromNode) {
		int changed = 0;
		for (Acknowledgement a : acknowledgements) {
			if (receipts.apply(a)) {
				changed++;
				audit.append(AuditEvent.of("federation:" + fromNode, a.agency().value(), "message.receipt")
					.subject("message", a.message())
					.detail("delivered", a.deliveredAt())
					.detail("read", a.readAt())
					.detail("answered", a.answeredAt()));
			}
		}
		return changed;
	}
}
