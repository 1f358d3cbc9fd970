package org.liaison.records;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code liaison.records.*}: retention defaults and limits. */
@ConfigurationProperties("liaison.records")
record RecordsProperties(Period defaultRetention, int maxRetentionYears, int purgeBatch) {

	RecordsProperties {
		defaultRetention = defaultRetention == null ? Period.ofYears(3) : defaultRetention;
		maxRetentionYears = maxRetentionYears <= 0 ? 75 : maxRetentionYears;
		purgeBatch = purgeBatch <= 0 ? 500 : purgeBatch;
	}
}
