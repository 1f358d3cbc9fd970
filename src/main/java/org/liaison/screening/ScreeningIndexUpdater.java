package org.liaison.screening;

import org.liaison.alerts.AlertExpired;
import org.liaison.alerts.AlertPublished;
import org.liaison.alerts.AlertWithdrawn;
import org.liaison.alerts.Alerts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the screening index in step with the alerts: rebuilt at start from every published alert, as the
 * database streams them, then changed on each publication, withdrawal and expiry once its transaction
 * commits, synchronously, so that a withdrawal has left the index before its request is answered. The
 * rebuild runs in the ready event, so the node reports readiness only once it is done.
 *
 * <p>Not {@code @ApplicationModuleListener} (style.md, 3): that listener runs asynchronously, and a
 * withdrawn or expired alert could then still hit for a moment after the owner was told it was gone.
 * The index lives in memory and is rebuilt at start, so an event lost in a crash costs nothing.
 */
@Component
class ScreeningIndexUpdater {

	private static final Logger log = LoggerFactory.getLogger(ScreeningIndexUpdater.class);

	private final ScreeningIndex index;
	private final Alerts alerts;

	ScreeningIndexUpdater(ScreeningIndex index, Alerts alerts) {
		this.index = index;
		this.alerts = alerts;
	}

	@EventListener(ApplicationReadyEvent.class)
	void rebuild() {
		long start = System.nanoTime();
		index.rebuild(alerts::forEachPublished);
		log.info("Screening index rebuilt: {} alerts in {} ms", index.size(), (System.nanoTime() - start) / 1_000_000);
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(AlertPublished event) {
		alerts.published(event.alertId()).ifPresentOrElse(index::put, () -> index.remove(event.alertId()));
	}

	/** A page of alerts caught up from a peer: one index refresh for the page. */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(org.liaison.alerts.AlertsReplicated event) {
		index.putAll(event.published(), event.removed());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(AlertWithdrawn event) {
		index.remove(event.alertId());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(AlertExpired event) {
		index.remove(event.alertId());
	}
}
