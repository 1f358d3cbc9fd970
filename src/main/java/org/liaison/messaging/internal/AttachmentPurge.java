package org.liaison.messaging.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.liaison.messaging.Attachment;
import org.liaison.messaging.MessagingProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the attachment store tidy, on {@code liaison.messaging.attachment-purge-cron} (hourly by default;
 * "-" turns it off): moves contents still held in rows (stored before V24) to their files; deletes
 * uploads never sent within {@code attachment-purge-after}, each audited as {@code attachment.purge};
 * then removes files older than that which no attachment refers to (left by those uploads, or by sends
 * that were refused or rolled back after their files were written), audited as one
 * {@code attachment.files.purge} with the count. A scheduled run goes on a thread of its own: walking a
 * large directory takes a while, and the node's shared scheduler also runs the audit sealer.
 */
@Component
public class AttachmentPurge {

	private static final Logger log = LoggerFactory.getLogger(AttachmentPurge.class);
	private static final int BATCH = 500;

	/** What one run did. */
	public record Result(int movedOutOfRows, int pendingDeleted, int filesRemoved) {
	}

	private final AttachmentStore store;
	private final AttachmentFiles files;
	private final AuditLog audit;
	private final Clock clock;
	private final MessagingProperties properties;
	private final TransactionTemplate transactions;
	private final AtomicBoolean running = new AtomicBoolean();

	AttachmentPurge(AttachmentStore store, AttachmentFiles files, AuditLog audit, Clock clock, MessagingProperties properties,
			TransactionTemplate transactions) {
		this.store = store;
		this.files = files;
		this.audit = audit;
		this.clock = clock;
		this.properties = properties;
		this.transactions = transactions;
	}

	@Scheduled(cron = "${liaison.messaging.attachment-purge-cron:0 7 * * * *}")
	void scheduled() {
		if (!running.compareAndSet(false, true)) {
			return; // the previous run is still going
		}
		Thread purge = new Thread(() -> {
			try {
				Result r = run();
				log.info("attachments: {} moved out of the database, {} uploads never sent deleted, {} unreferenced files removed",
						r.movedOutOfRows(), r.pendingDeleted(), r.filesRemoved());
			}
			catch (RuntimeException e) {
				log.warn("attachment purge: {}", e.toString());
			}
			finally {
				running.set(false);
			}
		}, "attachment-purge");
		purge.setDaemon(true);
		purge.start();
	}

	/** One run of the three steps. */
	public Result run() {
		Instant cutoff = clock.instant().minus(properties.attachmentPurgeAfter());
		return new Result(moveOutOfRows(), deletePending(cutoff), removeUnreferenced(cutoff));
	}

	private int moveOutOfRows() {
		int moved = 0;
		int inBatch;
		List<String> ids;
		do {
			ids = store.withContentInRow(BATCH);
			inBatch = 0;
			for (String id : ids) {
				inBatch += Boolean.TRUE.equals(transactions.execute(status -> moveOutOfRow(id))) ? 1 : 0;
			}
			moved += inBatch;
		}
		while (ids.size() == BATCH && inBatch > 0);
		return moved;
	}

	private boolean moveOutOfRow(String id) {
		Attachment a = store.find(id).orElseThrow();
		byte[] content = store.contentInRow(id).orElseThrow();
		if (!files.write(content).equals(a.sha256())) {
			log.error("attachment {} does not match its recorded SHA-256: its content is left in the database", id);
			return false;
		}
		store.clearContentInRow(id);
		return true;
	}

	private int deletePending(Instant cutoff) {
		int deleted = 0;
		List<Attachment> batch;
		do {
			batch = store.pendingBefore(cutoff, BATCH);
			for (Attachment a : batch) {
				Boolean gone = transactions.execute(status -> {
					if (!store.deletePending(a.id())) {
						return false;
					}
					audit.append(AuditEvent.of("system", a.agency().value(), "attachment.purge")
						.subject("attachment", a.id())
						.outcome("DELETED")
						.detail("case", a.caseId())
						.detail("uploadedAt", a.uploadedAt())
						.detail("sha256", a.sha256())
						.detail("reason", "never sent"));
					return true;
				});
				deleted += Boolean.TRUE.equals(gone) ? 1 : 0;
			}
		}
		while (batch.size() == BATCH);
		return deleted;
	}

	private int removeUnreferenced(Instant cutoff) {
		List<String> all = new ArrayList<>();
		files.each(all::add);
		int removed = 0;
		for (int from = 0; from < all.size(); from += BATCH) {
			List<String> batch = all.subList(from, Math.min(all.size(), from + BATCH));
			Set<String> referenced = store.referenced(batch);
			for (String sha256 : batch) {
				if (!referenced.contains(sha256) && files.purgeIfOld(sha256, cutoff)) {
					removed++;
				}
			}
		}
		files.purgeTemporaries(cutoff);
		if (removed > 0) {
			audit.append(AuditEvent.of("system", "NODE", "attachment.files.purge")
				.subject("attachment-files", "unreferenced")
				.outcome("DELETED")
				.detail("count", removed)
				.detail("olderThan", cutoff));
		}
		return removed;
	}
}
