package org.liaison.federation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.liaison.federation.NodeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What each peer said of each agreement: the version and digest it holds (none: it holds none), and the text it sent. */
@Repository
class AgreementCopies {

	/** A peer's word on one agreement; {@code version} and {@code digest} are null when it holds no such agreement. */
	record Copy(NodeId peer, String agreement, @Nullable Long version, @Nullable String digest, @Nullable String text,
			Instant updatedAt) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	AgreementCopies(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Stores what the peer said last (messages from one peer arrive in the order it wrote them). */
	void put(NodeId peer, String agreement, @Nullable Long version, @Nullable String digest, @Nullable String text) {
		OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
		int n = jdbc.sql("UPDATE federation_agreement_peer SET version = ?, digest = ?, text = ?, updated_at = ? "
				+ "WHERE peer = ? AND agreement_id = ?").params(version, digest, text, now, peer.value(), agreement).update();
		if (n == 0) {
			jdbc.sql("INSERT INTO federation_agreement_peer (peer, agreement_id, version, digest, text, updated_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?)").params(peer.value(), agreement, version, digest, text, now).update();
		}
	}

	List<Copy> all() {
		return jdbc.sql("SELECT * FROM federation_agreement_peer ORDER BY agreement_id, peer").query((rs, i) -> new Copy(
				NodeId.of(rs.getString("peer")), rs.getString("agreement_id"), rs.getObject("version", Long.class),
				rs.getString("digest"), rs.getString("text"), rs.getObject("updated_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	Optional<Copy> find(NodeId peer, String agreement) {
		return all().stream().filter(c -> c.peer().equals(peer) && c.agreement().equals(agreement)).findFirst();
	}
}
