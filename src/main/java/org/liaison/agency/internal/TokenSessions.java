package org.liaison.agency.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.agency.ApiTokenRevoked;
import org.liaison.agency.ApiTokens;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Remembers for a few seconds who a bearer token authenticates, so that an API client pays for the two
 * lookups once rather than on every call. Keyed by the token's SHA-256, never the token. A revocation
 * on this replica forgets the token at once; another replica forgets it within {@link #REMEMBER}.
 */
@Component
class TokenSessions {

	static final Duration REMEMBER = Duration.ofSeconds(10);
	private static final int MAX = 10_000;

	private final ApiTokens tokens;
	private final Credentials credentials;
	private final Clock clock;
	private final Map<String, Session> sessions = new ConcurrentHashMap<>();

	TokenSessions(ApiTokens tokens, Credentials credentials, Clock clock) {
		this.tokens = tokens;
		this.credentials = credentials;
		this.clock = clock;
	}

	private record Session(Actor actor, String tokenId, Instant until) {
	}

	Optional<Actor> authenticate(String presented) {
		Instant now = clock.instant();
		String key = ApiTokens.fingerprint(presented);
		Session known = sessions.get(key);
		if (known != null && known.until().isAfter(now)) {
			return Optional.of(known.actor());
		}
		Optional<Session> fresh = tokens.ownerOf(presented).flatMap(owner -> credentials.find(owner.username())
			.filter(Credentials.Account::enabled)
			.map(account -> new Session(account.actor(), owner.tokenId(), until(now, owner.expiresAt()))));
		if (fresh.isEmpty()) {
			sessions.remove(key);
			return Optional.empty();
		}
		if (sessions.size() >= MAX) {
			sessions.clear();
		}
		sessions.put(key, fresh.get());
		return Optional.of(fresh.get().actor());
	}

	private static Instant until(Instant now, @Nullable Instant expiresAt) {
		Instant remembered = now.plus(REMEMBER);
		return expiresAt != null && expiresAt.isBefore(remembered) ? expiresAt : remembered;
	}

	@EventListener
	void on(ApiTokenRevoked revoked) {
		sessions.values().removeIf(s -> s.tokenId().equals(revoked.tokenId()));
	}
}
