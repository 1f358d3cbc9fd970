package org.liaison.messaging.internal;

import org.liaison.messaging.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Escalates overdue requests on {@code liaison.messaging.escalation-cron} (default every minute; "-" turns it off). */
@Component
class EscalationJob {

	private static final Logger log = LoggerFactory.getLogger(EscalationJob.class);

	private final Messages messages;

	EscalationJob(Messages messages) {
		this.messages = messages;
	}

	@Scheduled(cron = "${liaison.messaging.escalation-cron:30 * * * * *}")
	void run() {
		int escalated = messages.escalateOverdue();
		if (escalated > 0) {
			log.info("messaging: {} overdue requests escalated", escalated);
		}
	}
}
