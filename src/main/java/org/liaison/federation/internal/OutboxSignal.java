package org.liaison.federation.internal;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Wakes the dispatcher when a transaction that wrote to the outbox commits, so that a message leaves
 * at once rather than at the dispatcher's next poll. Only this replica is woken: the poll stays, for
 * messages written by other replicas of the node and for retries that wait out their backoff.
 */
@Component
public class OutboxSignal {

	private final Semaphore rung = new Semaphore(0);

	/** Wakes the dispatcher after the current transaction commits (at once when there is none). */
	public void afterCommit() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			ring();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				ring();
			}
		});
	}

	void ring() {
		rung.release();
	}

	/** Waits until rung or until the timeout has passed; rings meanwhile are then forgotten. */
	void await(Duration timeout) throws InterruptedException {
		rung.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS);
		rung.drainPermits();
	}
}
