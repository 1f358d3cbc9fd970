package org.liaison.records;

import java.time.LocalDate;
import java.util.List;

import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.liaison.records.internal.DisclosureStore;
import org.liaison.records.internal.RecordStore;
import org.liaison.treaty.Agreements;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases what may no longer be kept: disclosures past the retention their obligations set, and records
 * past their own retention (with every disclosure of them). Each erasure is audited in the transaction
 * that makes it; a batch at a time, so that a long purge never holds locks for long.
 */
@Service
public class Retention {

	private static final Logger log = LoggerFactory.getLogger(Retention.class);

	private final RecordStore records;
	private final DisclosureStore disclosures;
	private final Agreements agreements;
	private final AuditLog audit;
	private final TransactionTemplate transactions;
	private final RecordsProperties properties;

	Retention(RecordStore records, DisclosureStore disclosures, Agreements agreements, AuditLog audit,
			TransactionTemplate transactions, RecordsProperties properties) {
		this.records = records;
		this.disclosures = disclosures;
		this.agreements = agreements;
		this.audit = audit;
		this.transactions = transactions;
		this.properties = properties;
	}

	/** What one purge erased. */
	public record Purged(int records, int disclosures) {
	}

	@Scheduled(cron = "${liaison.records.retention-cron:0 17 * * * *}")
	void scheduled() {
		Purged purged = purgeExpired();
		if (purged.records() + purged.disclosures() > 0) {
			log.info("retention: purged {} records and {} disclosures", purged.records(), purged.disclosures());
		}
	}

	/** Erases everything past its retention as of today. */
	public Purged purgeExpired() {
		LocalDate today = agreements.today();
		int d = 0;
		int r = 0;
		int batch;
		do {
			batch = transactions.execute(status -> {
				List<Disclosure> expired = disclosures.expired(today, properties.purgeBatch());
				for (Disclosure disclosure : expired) {
					disclosures.delete(disclosure.id());
					audit.append(AuditEvent.of("system", disclosure.to().value(), "disclosure.purge")
						.subject("record", disclosure.record().toString())
						.purpose(disclosure.purpose().name())
						.legalBasis(disclosure.agreement())
						.detail("disclosure", disclosure.id())
						.detail("retentionUntil", disclosure.retentionUntil()));
				}
				return expired.size();
			});
			d += batch;
		}
		while (batch == properties.purgeBatch());
		do {
			batch = transactions.execute(status -> {
				List<RecordId> expired = records.expired(today, properties.purgeBatch());
				for (RecordId id : expired) {
					var record = records.find(id).orElseThrow();
					int cascaded = disclosures.of(id).size();
					records.delete(id);
					audit.append(AuditEvent.of("system", record.originator().value(), "record.purge")
						.subject("record", id.toString())
						.detail("retentionUntil", record.retentionUntil())
						.detail("disclosuresErased", cascaded));
				}
				return expired.size();
			});
			r += batch;
		}
		while (batch == properties.purgeBatch());
		return new Purged(r, d);
	}
}
