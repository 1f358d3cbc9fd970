package org.liaison.agency.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Username and password, for HTTP Basic and the console's login form. Every failure is audited;
 * {@code max-failed-logins} failures in a row lock the account for {@code lockout}. A successful check
 * is remembered for a minute under a SHA-256 of the credentials, so that API clients using Basic do not
 * pay for bcrypt on every call (as Elasticsearch's credential cache does); a failure or lock forgets it.
 */
@Component
class PasswordAuthentication implements AuthenticationProvider {

	private static final long REMEMBER_SECONDS = 60;
	private static final int REMEMBER_MAX = 10_000;

	private final Credentials credentials;
	private final PasswordEncoder passwords;
	private final AuditLog audit;
	private final SecurityProperties properties;
	private final Clock clock;
	private final String dummyHash;
	private final Map<String, Instant> verified = new ConcurrentHashMap<>();

	PasswordAuthentication(Credentials credentials, PasswordEncoder passwords, AuditLog audit,
			SecurityProperties properties, Clock clock) {
		this.credentials = credentials;
		this.passwords = passwords;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
		this.dummyHash = passwords.encode("not-a-password-of-anyone");
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		String password = String.valueOf(authentication.getCredentials());
		if (username.length() > 64 || password.length() > 128) {
			throw new BadCredentialsException("bad credentials");
		}
		Instant now = clock.instant();
		var account = credentials.find(username).orElse(null);
		if (account == null) {
			passwords.matches(password, dummyHash);
			fail(username, "NODE", "unknown-user");
			throw new BadCredentialsException("bad credentials");
		}
		String agency = account.actor().agencyOrNode();
		if (!account.enabled()) {
			fail(username, agency, "disabled");
			throw new DisabledException("account disabled");
		}
		if (account.isLockedAt(now)) {
			verified.remove(key(username, password));
			fail(username, agency, "locked");
			throw new LockedException("account locked");
		}
		String key = key(username, password);
		Instant until = verified.get(key);
		if (until == null || until.isBefore(now)) {
			if (!passwords.matches(password, account.passwordHash())) {
				verified.remove(key);
				int failures = credentials.recordFailure(username, properties.maxFailedLogins(), properties.lockout());
				fail(username, agency, failures >= properties.maxFailedLogins() ? "bad-password-locked" : "bad-password");
				throw new BadCredentialsException("bad credentials");
			}
			if (verified.size() > REMEMBER_MAX) {
				verified.clear();
			}
			verified.put(key, now.plusSeconds(REMEMBER_SECONDS));
			if (account.failedAttempts() > 0 || account.lockedUntil() != null) {
				credentials.recordSuccess(username);
			}
		}
		LiaisonPrincipal principal = new LiaisonPrincipal(account.actor());
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities());
	}

	private void fail(String username, String agency, String why) {
		audit.appendIndependently(AuditEvent.of(username, agency, "login.failure").subject("user", username)
			.outcome("DENIED")
			.detail("reason", why));
	}

	private static String key(String username, String password) {
		return org.liaison.common.Sha256.hex(username + '\u0000' + password);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
