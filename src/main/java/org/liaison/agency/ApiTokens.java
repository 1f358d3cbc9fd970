package org.liaison.agency;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.liaison.common.Problem;
import org.liaison.common.Sha256;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens ({@code Authorization: Bearer lia_...}). The token is shown once at creation;
 * the node keeps only its SHA-256, so a stolen database yields no usable token.
 */
@Service
public class ApiTokens {

	private static final String PREFIX = "lia_";
	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final Clock clock;
	private final org.springframework.context.ApplicationEventPublisher events;

	ApiTokens(JdbcClient jdbc, AuditLog audit, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	/** Who a presented token authenticates: the owner, the token's id, and until when the token is valid. */
	public record TokenOwner(String username, String tokenId, @Nullable Instant expiresAt) {
	}

	/** A token as listed to its owner: never the secret. */
	public record TokenInfo(String id, String name, Instant createdAt, @Nullable Instant expiresAt) {
	}

	/** A new token: {@code secret} is shown once and never again. */
	public record IssuedToken(String id, String name, String secret, @Nullable Instant expiresAt) {
	}

	@Transactional
	public IssuedToken issue(Actor actor, String name, @Nullable Duration validity) {
		if (name == null || name.isBlank() || name.length() > 100) {
			throw Problem.invalid("name", "a token needs a name of 1 to 100 characters");
		}
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		String id = UUID.randomUUID().toString();
		Instant expires = validity == null ? null : clock.instant().plus(validity);
		jdbc.sql("INSERT INTO api_token (id, username, name, token_hash, created_at, expires_at, revoked) VALUES (?, ?, ?, ?, ?, ?, FALSE)")
			.params(id, actor.username(), name, hash(secret), OffsetDateTime.now(clock),
					expires == null ? null : OffsetDateTime.ofInstant(expires, clock.getZone()))
			.update();
		audit.append(AuditEvent.of(actor.username(), actor.agencyOrNode(), "token.issue").subject("token", id));
		return new IssuedToken(id, name, secret, expires);
	}

	public List<TokenInfo> of(Actor actor) {
		return jdbc.sql("SELECT * FROM api_token WHERE username = ? AND revoked = FALSE ORDER BY created_at")
			.param(actor.username())
			.query((rs, n) -> {
				OffsetDateTime exp = rs.getObject("expires_at", OffsetDateTime.class);
				return new TokenInfo(rs.getString("id"), rs.getString("name"),
						rs.getObject("created_at", OffsetDateTime.class).toInstant(), exp == null ? null : exp.toInstant());
			})
			.list();
	}

	@Transactional
	public void revoke(Actor actor, String id) {
		int n = jdbc.sql("UPDATE api_token SET revoked = TRUE WHERE id = ? AND username = ? AND revoked = FALSE")
			.params(id, actor.username())
			.update();
		if (n == 0) {
			throw Problem.notFound("token");
		}
		audit.append(AuditEvent.of(actor.username(), actor.agencyOrNode(), "token.revoke").subject("token", id));
		events.publishEvent(new ApiTokenRevoked(id));
	}

	/** The owner of a presented token, if it is one of ours, unrevoked and unexpired. */
	public Optional<TokenOwner> ownerOf(String presented) {
		if (!presented.startsWith(PREFIX) || presented.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT id, username, expires_at FROM api_token WHERE token_hash = ? AND revoked = FALSE")
			.param(hash(presented))
			.query((rs, n) -> {
				OffsetDateTime exp = rs.getObject("expires_at", OffsetDateTime.class);
				return new TokenOwner(rs.getString("username"), rs.getString("id"), exp == null ? null : exp.toInstant());
			})
			.optional()
			.filter(owner -> owner.expiresAt() == null || owner.expiresAt().isAfter(clock.instant()));
	}

	/** The SHA-256 of a token, hex: what the node keeps of it. */
	public static String fingerprint(String token) {
		return hash(token);
	}

	private static String hash(String token) {
		return Sha256.hex(token);
	}
}
