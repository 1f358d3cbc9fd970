package org.liaison.federation.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import org.jspecify.annotations.Nullable;
import org.liaison.federation.FederationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The node's key pairs: one P-256 key signs (ES256), one P-256 key receives (ECDH-ES+A256KW). Made on
 * first start; the private halves are kept encrypted ({@link KeyVault}). A rotation makes new pairs and
 * lets the old ones retire after {@code liaison.federation.key-overlap}, so that envelopes sealed to
 * an old key while peers learn the new one can still be opened. Key ids are RFC 7638 thumbprints, which
 * double as the fingerprints administrators compare out of band.
 */
@Component
public class NodeKeys {

	private static final Logger log = LoggerFactory.getLogger(NodeKeys.class);

	record Entry(ECKey key, Instant createdAt, @Nullable Instant retiresAt) {
		boolean activeAt(Instant at) {
			return retiresAt == null || at.isBefore(retiresAt);
		}
	}

	private final JdbcClient jdbc;
	private final Clock clock;
	private final FederationProperties properties;
	private final String dataDir;
	private volatile @Nullable KeyVault vault;
	private volatile List<Entry> entries = List.of();

	NodeKeys(JdbcClient jdbc, Clock clock, FederationProperties properties,
			@Value("${liaison.data-dir:./data}") String dataDir) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
		this.dataDir = dataDir;
	}

	/** Loads the keys, making them first when the node has none. */
	@Transactional
	public synchronized void ensure() {
		if (!entries.isEmpty()) {
			return;
		}
		List<Entry> loaded = load();
		if (loaded.stream().noneMatch(e -> e.key().getKeyUse() == KeyUse.SIGNATURE)) {
			generate();
			loaded = load();
			log.info("Node {}: new keys made; fingerprints {}", properties.nodeId(), fingerprints(loaded));
		}
		entries = loaded;
	}

	/** Replaces both key pairs; the old ones stay valid for the overlap period. */
	@Transactional
	public synchronized void rotate() {
		ensure();
		Instant retires = clock.instant().plus(properties.keyOverlap());
		jdbc.sql("UPDATE federation_node_key SET retires_at = ? WHERE retires_at IS NULL")
			.param(OffsetDateTime.ofInstant(retires, ZoneOffset.UTC)).update();
		generate();
		entries = load();
	}

	/**
	 * The signing key: the oldest still valid, so that after a rotation envelopes stay signed with the key
	 * peers have pinned until it retires, by which time the rotation's announcement has reached them.
	 */
	ECKey signingKey() {
		ensure();
		Instant now = clock.instant();
		return entries.stream()
			.filter(e -> e.key().getKeyUse() == KeyUse.SIGNATURE && e.activeAt(now))
			.min(Comparator.comparing(Entry::createdAt))
			.map(Entry::key)
			.orElseThrow(() -> new IllegalStateException("the node has no valid signing key"));
	}

	ECKey encryptionKey() {
		return newest(KeyUse.ENCRYPTION);
	}

	/** The private encryption key with this id, while it is still valid. */
	Optional<ECKey> decryptionKey(@Nullable String kid) {
		ensure();
		Instant now = clock.instant();
		return entries.stream()
			.filter(e -> e.key().getKeyUse() == KeyUse.ENCRYPTION && e.activeAt(now) && e.key().getKeyID().equals(kid))
			.map(Entry::key)
			.findFirst();
	}

	/** The public halves of the keys still valid, newest first. */
	public JWKSet publicKeys() {
		ensure();
		Instant now = clock.instant();
		return new JWKSet(entries.stream().filter(e -> e.activeAt(now))
			.sorted(Comparator.comparing(Entry::createdAt).reversed())
			.map(e -> (com.nimbusds.jose.jwk.JWK) e.key().toPublicJWK())
			.toList());
	}

	private ECKey newest(KeyUse use) {
		ensure();
		Instant now = clock.instant();
		return entries.stream()
			.filter(e -> e.key().getKeyUse() == use && e.activeAt(now))
			.max(Comparator.comparing(Entry::createdAt))
			.map(Entry::key)
			.orElseThrow(() -> new IllegalStateException("the node has no valid " + use + " key"));
	}

	private void generate() {
		Instant now = clock.instant();
		for (KeyUse use : List.of(KeyUse.SIGNATURE, KeyUse.ENCRYPTION)) {
			try {
				ECKey key = new ECKeyGenerator(Curve.P_256).keyUse(use).keyIDFromThumbprint(true).generate();
				jdbc.sql("INSERT INTO federation_node_key (kid, key_use, public_jwk, private_enc, created_at) VALUES (?, ?, ?, ?, ?)")
					.params(key.getKeyID(), use.identifier(), key.toPublicJWK().toJSONString(),
							vault().seal(key.toJSONString()), OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
					.update();
			}
			catch (JOSEException e) {
				throw new IllegalStateException("cannot make a node key", e);
			}
		}
	}

	private List<Entry> load() {
		List<Entry> out = new ArrayList<>();
		jdbc.sql("SELECT kid, private_enc, created_at, retires_at FROM federation_node_key ORDER BY created_at")
			.query((rs, n) -> {
				OffsetDateTime retires = rs.getObject("retires_at", OffsetDateTime.class);
				try {
					out.add(new Entry(ECKey.parse(vault().open(rs.getString("private_enc"))),
							rs.getObject("created_at", OffsetDateTime.class).toInstant(),
							retires == null ? null : retires.toInstant()));
				}
				catch (java.text.ParseException e) {
					throw new IllegalStateException("stored node key " + rs.getString("kid") + " is not a JWK", e);
				}
				return null;
			}).list();
		return out;
	}

	private static List<String> fingerprints(List<Entry> entries) {
		return entries.stream().map(e -> e.key().getKeyUse().identifier() + ":" + e.key().getKeyID()).toList();
	}

	private KeyVault vault() {
		KeyVault v = vault;
		if (v == null) {
			v = new KeyVault(secret());
			vault = v;
		}
		return v;
	}

	private String secret() {
		if (properties.keyPassword() != null && !properties.keyPassword().isBlank()) {
			return properties.keyPassword();
		}
		Path file = properties.keyFile() == null || properties.keyFile().isBlank() ? Path.of(dataDir, "node-key.secret")
				: Path.of(properties.keyFile());
		try {
			if (!Files.exists(file)) {
				byte[] random = new byte[32];
				new SecureRandom().nextBytes(random);
				Files.createDirectories(file.toAbsolutePath().getParent());
				Files.writeString(file, Base64.getEncoder().encodeToString(random));
				try {
					Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
				}
				catch (UnsupportedOperationException e) {
					log.warn("cannot restrict the permissions of {}", file);
				}
				log.info("Node key file made at {}: keep it, and back it up apart from the database", file);
			}
			return Files.readString(file).trim();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read or make the node key file " + file, e);
		}
	}
}
