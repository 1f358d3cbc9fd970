package org.liaison.federation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.liaison.agency.Actor;
import org.liaison.agency.Role;
import org.liaison.audit.AuditLog;
import org.liaison.federation.NodeId;
import org.liaison.federation.Outbox;
import org.liaison.federation.Peers;
import org.liaison.support.Api;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Two nodes that talk HTTPS with mutual TLS through Spring Boot SSL bundles ({@code server.ssl.bundle},
 * {@code client-auth=need}, {@code liaison.federation.ssl-bundle}), their certificates signed by a small
 * CA made at test time. The German node pins the French one from a peers file at start. Envelopes
 * cross; a certificate that expired or that another CA signed is refused in the TLS handshake, on
 * either side, and the sender's outbox says so, then gives the message up after max-attempts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FederationTlsTest {

	static final Actor ADMIN = new Actor("admin", null, Set.of(Role.NODE_ADMIN));

	Path dir;
	TestCertificates certs;
	Path trust;
	TestNode de;
	TestNode fr;

	@BeforeAll
	void startTwoNodesOverMutualTls() throws IOException {
		dir = Files.createTempDirectory("liaison-tls");
		certs = new TestCertificates(dir);
		trust = certs.ca("liaison-test");
		certs.ca("stranger");
		certs.node("de", "liaison-test", null, 30);
		certs.node("fr", "liaison-test", null, 30);
		certs.node("expired", "liaison-test", "-30d", 2);
		certs.node("mallory", "stranger", null, 30);

		fr = new TestNode("fr").with(tls("fr")).start();
		// the peers file is the out-of-band channel: the German node pins the French one from it at start
		Path peersFile = dir.resolve("peers-de.json");
		Files.writeString(peersFile, Api.JSON.writeValueAsString(List.of(Map.of("nodeId", "fr", "baseUrl",
				"https://127.0.0.1:" + fr.port, "keys", keys(fr).toJSONObject(), "fingerprints", fingerprints(keys(fr)),
				"agencies", List.of()))));
		de = new TestNode("de").with(tls("de"))
			.with("liaison.federation.peers-file", peersFile)
			.with("liaison.federation.max-attempts", 3)
			.start();
		fr.bean(Peers.class).add(ADMIN, NodeId.of("de"), URI.create("https://127.0.0.1:" + de.port), keys(de),
				fingerprints(keys(de)), List.of());
	}

	Map<String, Object> tls(String node) {
		Map<String, Object> p = new HashMap<>(TestCertificates.bundle("federation", dir.resolve(node + ".p12"), trust));
		p.put("server.ssl.bundle", "federation");
		p.put("server.ssl.client-auth", "need");
		p.put("liaison.federation.ssl-bundle", "federation");
		p.put("liaison.federation.allow-plain-http", false);
		return p;
	}

	@AfterAll
	void stopNodes() {
		for (TestNode n : new TestNode[] { de, fr }) {
			if (n != null) {
				n.stop();
			}
		}
		FileSystemUtils.deleteRecursively(dir.toFile());
	}

	@Test
	void thePeersFilePinsThePeerAtStartWithTheFingerprintsItNames() {
		var pinned = de.bean(Peers.class).find(NodeId.of("fr")).orElseThrow();
		assertThat(pinned.peer().baseUrl()).hasToString("https://127.0.0.1:" + fr.port);
		assertThat(pinned.peer().fingerprints()).containsExactlyInAnyOrderElementsOf(fingerprints(keys(fr)));
		assertThat(pinned.peer().addedBy()).isEqualTo("peers-file");
	}

	@Test
	void anEnvelopeCrossesMutualTlsAndIsAppliedByThePeer() {
		String id = enqueue(de, "fr");
		await(() -> "DELIVERED".equals(status(de, id)));
		assertThat(fr.jdbc().sql("SELECT outcome FROM federation_inbox WHERE message_id = ?").param(id).query(String.class)
			.single()).isEqualTo("APPLIED");
	}

	@Test
	void aClientCertificateThatExpiredOrThatAnotherCaSignedOrNoneIsRefusedInTheHandshake() throws Exception {
		assertThat(post(fr, client("de")).statusCode()).as("control: a valid certificate of the trusted CA").isEqualTo(200);
		for (SSLContext refused : List.of(client("expired"), client("mallory"), trustOnly())) {
			assertThatThrownBy(() -> post(fr, refused)).isInstanceOf(IOException.class);
		}
	}

	@Test
	void aPeerPresentingAnExpiredCertificateIsRefusedAndTheMessageIsADeadLetterAfterMaxAttempts() throws Exception {
		assertPeerRefused("expired", "ex", "validity check failed");
	}

	@Test
	void aPeerPresentingACertificateOfAnotherCaIsRefusedAndTheMessageIsADeadLetterAfterMaxAttempts() throws Exception {
		assertPeerRefused("mallory", "ma", "unable to find valid certification path");
	}

	/** A TLS server with the given certificate poses as a peer: the German node must not talk to it. */
	void assertPeerRefused(String certificate, String nodeId, String why) throws Exception {
		AtomicInteger reached = new AtomicInteger();
		HttpsServer impostor = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		impostor.setHttpsConfigurator(new HttpsConfigurator(client(certificate)));
		impostor.createContext("/", exchange -> {
			reached.incrementAndGet();
			exchange.sendResponseHeaders(500, -1);
			exchange.close();
		});
		impostor.start();
		try {
			// its keys may even be right (the French node's, say): the certificate alone decides
			de.bean(Peers.class).add(ADMIN, NodeId.of(nodeId), URI.create("https://127.0.0.1:" + impostor.getAddress().getPort()),
					keys(fr), fingerprints(keys(fr)), List.of());
			String id = enqueue(de, nodeId);
			await(() -> "DEAD".equals(status(de, id)));
			String error = de.jdbc().sql("SELECT last_error FROM federation_outbox WHERE message_id = ?").param(id)
				.query(String.class).single();
			assertThat(error).startsWith("gave up after 3 attempts: TLS handshake with the peer failed").contains(why);
			assertThat(reached).as("no request reached the impostor").hasValue(0);
			de.bean(AuditLog.class).seal();
			assertThat(de.jdbc().sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'federation.dead-letter' AND subject_id = ?")
				.param(id).query(Long.class).single()).isEqualTo(1);
			assertThat(de.bean(Outbox.class).list(ADMIN, org.liaison.federation.OutboxMessage.Status.DEAD))
				.anySatisfy(m -> assertThat(m.messageId()).isEqualTo(id));
		}
		finally {
			impostor.stop(0);
			de.bean(Peers.class).remove(ADMIN, NodeId.of(nodeId));
		}
	}

	String enqueue(TestNode from, String to) {
		// a key announcement is a payload every node applies: the sender's own (unchanged) keys
		return from.bean(TransactionTemplate.class).execute(s -> from.bean(Outbox.class).enqueue(NodeId.of(to),
				NodeKeysHandler.TYPE, Map.of("keys", keys(from).toJSONObject())));
	}

	static String status(TestNode n, String id) {
		return n.jdbc().sql("SELECT status FROM federation_outbox WHERE message_id = ?").param(id).query(String.class).single();
	}

	static JWKSet keys(TestNode n) {
		return n.bean(NodeKeys.class).publicKeys();
	}

	static List<String> fingerprints(JWKSet keys) {
		return keys.getKeys().stream().map(FederationTlsTest::thumbprint).toList();
	}

	static String thumbprint(JWK k) {
		try {
			return k.computeThumbprint().toString();
		}
		catch (JOSEException e) {
			throw new IllegalStateException(e);
		}
	}

	HttpResponse<String> post(TestNode n, SSLContext ssl) throws IOException, InterruptedException {
		HttpClient http = HttpClient.newBuilder().sslContext(ssl).connectTimeout(Duration.ofSeconds(5)).build();
		return http.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + n.port + "/federation/v1/envelopes"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"envelopes\":[]}"))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** An SSL context presenting the named certificate and trusting the test CA. */
	SSLContext client(String certificate) throws Exception {
		KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		kmf.init(load(dir.resolve(certificate + ".p12")), TestCertificates.PASSWORD.toCharArray());
		SSLContext ssl = SSLContext.getInstance("TLS");
		ssl.init(kmf.getKeyManagers(), trustManagers(), null);
		return ssl;
	}

	SSLContext trustOnly() throws Exception {
		SSLContext ssl = SSLContext.getInstance("TLS");
		ssl.init(null, trustManagers(), null);
		return ssl;
	}

	javax.net.ssl.TrustManager[] trustManagers() throws Exception {
		TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		tmf.init(load(trust));
		return tmf.getTrustManagers();
	}

	static KeyStore load(Path p) throws Exception {
		KeyStore ks = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(p)) {
			ks.load(in, TestCertificates.PASSWORD.toCharArray());
		}
		return ks;
	}

	static void await(BooleanSupplier condition) {
		long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("not reached within 40 s");
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
		}
	}
}
