package org.liaison.agency.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code liaison.security.*}: the first administrator's password, and the login lockout. */
@ConfigurationProperties("liaison.security")
record SecurityProperties(String adminPassword, int maxFailedLogins, Duration lockout) {

	SecurityProperties {
		adminPassword = adminPassword == null ? "" : adminPassword;
		maxFailedLogins = maxFailedLogins <= 0 ? 5 : maxFailedLogins;
		lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
	}
}
