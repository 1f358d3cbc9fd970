package org.liaison.alerts.internal;

import org.liaison.alerts.Alerts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Expires published alerts on time; the cron is {@code liaison.alerts.expiry-cron} ("-" turns it off). */
@Component
class AlertExpiry {

	private static final Logger log = LoggerFactory.getLogger(AlertExpiry.class);

	private final Alerts alerts;

	AlertExpiry(Alerts alerts) {
		this.alerts = alerts;
	}

	@Scheduled(cron = "${liaison.alerts.expiry-cron:0 * * * * *}")
	void run() {
		int expired = alerts.expireDue();
		if (expired > 0) {
			log.info("alerts: {} expired", expired);
		}
	}
}
