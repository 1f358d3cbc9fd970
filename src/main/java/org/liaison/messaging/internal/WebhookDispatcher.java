package org.liaison.messaging.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import org.liaison.messaging.Webhooks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due webhook deliveries every {@code liaison.messaging.webhook-interval} (default 1 s). The
 * attempts run on a thread of their own: a slow receiver must not hold up the node's shared scheduler
 * (the audit sealer runs there every 200 ms).
 */
@Component
class WebhookDispatcher {

	private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

	private final Webhooks webhooks;
	private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "webhook-dispatcher");
		t.setDaemon(true);
		return t;
	});
	private final AtomicBoolean running = new AtomicBoolean();

	WebhookDispatcher(Webhooks webhooks) {
		this.webhooks = webhooks;
	}

	@Scheduled(fixedDelayString = "${liaison.messaging.webhook-interval:1s}")
	void run() {
		if (running.compareAndSet(false, true)) {
			executor.execute(() -> {
				try {
					webhooks.deliverDue();
				}
				catch (RuntimeException e) {
					log.warn("webhook deliveries: {}", e.toString());
				}
				finally {
					running.set(false);
				}
			});
		}
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}
}
