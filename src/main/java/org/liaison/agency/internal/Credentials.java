package org.liaison.agency.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.agency.AgencyId;
import org.liaison.agency.Users;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and updates what authentication needs to know about a user: hash, roles, failures, lock. */
@Component
class Credentials {

	private final JdbcClient jdbc;
	private final Clock clock;

	Credentials(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	record Account(Actor actor, String passwordHash, boolean enabled, int failedAttempts, @Nullable Instant lockedUntil) {

		boolean isLockedAt(Instant now) {
			return lockedUntil != null && lockedUntil.isAfter(now);
		}
	}

	Optional<Account> find(String username) {
		return jdbc.sql("SELECT * FROM user_account WHERE username = ?").param(username).query((rs, n) -> {
			String agency = rs.getString("agency_id");
			OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
			Actor actor = new Actor(rs.getString("username"), agency == null ? null : AgencyId.of(agency),
					Users.parseRoles(rs.getString("roles")));
			return new Account(actor, rs.getString("password_hash"), rs.getBoolean("enabled"),
					rs.getInt("failed_attempts"), locked == null ? null : locked.toInstant());
		}).optional();
	}

	/** Counts a failure; locks the account for {@code lockout} once {@code max} failures follow each other. */
	int recordFailure(String username, int max, Duration lockout) {
		jdbc.sql("UPDATE user_account SET failed_attempts = failed_attempts + 1 WHERE username = ?").param(username).update();
		int failures = jdbc.sql("SELECT failed_attempts FROM user_account WHERE username = ?").param(username)
			.query(Integer.class).single();
		if (failures >= max) {
			jdbc.sql("UPDATE user_account SET locked_until = ?, failed_attempts = 0 WHERE username = ?")
				.params(OffsetDateTime.now(clock).plus(lockout), username)
				.update();
		}
		return failures;
	}

	void recordSuccess(String username) {
		jdbc.sql("UPDATE user_account SET failed_attempts = 0, locked_until = NULL WHERE username = ? AND (failed_attempts > 0 OR locked_until IS NOT NULL)")
			.param(username)
			.update();
	}
}
