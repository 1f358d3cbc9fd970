package org.liaison.federation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import org.junit.jupiter.api.Test;
import org.liaison.federation.NodeId;
import org.liaison.federation.internal.Rejection.Reason;

/** Every forged, tampered, misaddressed, stale or unknown envelope is refused with its own reason. */
class EnvelopeCodecTest {

	static final NodeId DE = NodeId.of("de");
	static final NodeId FR = NodeId.of("fr");
	static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
	static final Duration SKEW = Duration.ofMinutes(2);

	final ECKey deSigning = key(KeyUse.SIGNATURE);
	final ECKey frEncryption = key(KeyUse.ENCRYPTION);
	final ECKey mallorySigning = key(KeyUse.SIGNATURE);

	static ECKey key(KeyUse use) {
		try {
			return new ECKeyGenerator(Curve.P_256).keyUse(use).keyIDFromThumbprint(true).generate();
		}
		catch (com.nimbusds.jose.JOSEException e) {
			throw new IllegalStateException(e);
		}
	}

	EnvelopeHeader header(NodeId sender, NodeId recipient, Instant sent) {
		return new EnvelopeHeader(UUID.randomUUID().toString(), sender, recipient, "alert.state", sent.minusSeconds(30), sent,
				sent.plus(Duration.ofMinutes(5)));
	}

	String seal(EnvelopeHeader h, ECKey signer) {
		return EnvelopeCodec.seal(h, "{\"x\":1}".getBytes(StandardCharsets.UTF_8), signer, frEncryption);
	}

	EnvelopeCodec.Opened openAtFr(String envelope, Instant at) {
		return EnvelopeCodec.open(envelope, FR,
				kid -> frEncryption.getKeyID().equals(kid) ? Optional.of(frEncryption) : Optional.empty(),
				sender -> sender.equals(DE) ? List.of(deSigning.toPublicJWK()) : List.of(), at, SKEW);
	}

	Reason reasonOf(String envelope, Instant at) {
		try {
			openAtFr(envelope, at);
		}
		catch (Rejection r) {
			return r.reason();
		}
		throw new AssertionError("accepted");
	}

	@Test
	void opensWhatThePinnedSenderSealedAndReturnsTheSignedHeader() {
		EnvelopeHeader h = header(DE, FR, NOW);
		EnvelopeCodec.Opened opened = openAtFr(seal(h, deSigning), NOW.plusSeconds(1));
		assertThat(opened.header()).isEqualTo(h);
		assertThat(new String(opened.payload(), StandardCharsets.UTF_8)).isEqualTo("{\"x\":1}");
	}

	@Test
	void refusesASignatureByAKeyNotPinnedForTheSender() {
		assertThat(reasonOf(seal(header(DE, FR, NOW), mallorySigning), NOW)).isEqualTo(Reason.BAD_SIGNATURE);
	}

	@Test
	void refusesAnUnknownSender() {
		assertThat(reasonOf(seal(header(NodeId.of("xx"), FR, NOW), mallorySigning), NOW)).isEqualTo(Reason.UNKNOWN_SENDER);
	}

	@Test
	void refusesAnEnvelopeForAnotherNode() {
		assertThat(reasonOf(seal(header(DE, NodeId.of("int"), NOW), deSigning), NOW)).isEqualTo(Reason.WRONG_RECIPIENT);
	}

	@Test
	void refusesAnExpiredEnvelopeOnlyOnceTheSkewWindowHasPassed() {
		String envelope = seal(header(DE, FR, NOW), deSigning);
		assertThat(openAtFr(envelope, NOW.plus(Duration.ofMinutes(6))).header().sent()).isEqualTo(NOW);
		assertThat(reasonOf(envelope, NOW.plus(Duration.ofMinutes(7)).plusSeconds(1))).isEqualTo(Reason.EXPIRED);
	}

	@Test
	void refusesAnEnvelopeSentFromTheFutureBeyondTheSkew() {
		assertThat(reasonOf(seal(header(DE, FR, NOW.plus(Duration.ofMinutes(3))), deSigning), NOW))
			.isEqualTo(Reason.NOT_YET_VALID);
	}

	@Test
	void refusesTamperedCiphertextTagOrKey() {
		String envelope = seal(header(DE, FR, NOW), deSigning);
		String[] parts = envelope.split("\\.");
		for (int part = 1; part <= 4; part++) {
			String[] changed = parts.clone();
			changed[part] = flip(changed[part]);
			assertThat(reasonOf(String.join(".", changed), NOW)).as("part " + part).isIn(Reason.UNDECRYPTABLE, Reason.MALFORMED);
		}
	}

	@Test
	void refusesAnOuterHeaderThatLiesAboutTheMessage() {
		// Sealed by the pinned sender, then re-wrapped with a changed outer header: the AEAD tag fails.
		String envelope = seal(header(DE, FR, NOW), deSigning);
		String[] parts = envelope.split("\\.");
		String outer = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8)
			.replace("\"liaison-type\":\"alert.state\"", "\"liaison-type\":\"record.disclosure\"");
		parts[0] = Base64.getUrlEncoder().withoutPadding().encodeToString(outer.getBytes(StandardCharsets.UTF_8));
		assertThat(reasonOf(String.join(".", parts), NOW)).isEqualTo(Reason.UNDECRYPTABLE);
	}

	@Test
	void refusesTruncatedAndGarbageEnvelopes() {
		String envelope = seal(header(DE, FR, NOW), deSigning);
		assertThat(reasonOf(envelope.substring(0, envelope.length() / 2), NOW)).isIn(Reason.MALFORMED, Reason.UNDECRYPTABLE);
		assertThat(reasonOf("not.an.envelope.at.all", NOW)).isEqualTo(Reason.MALFORMED);
		assertThat(reasonOf("", NOW)).isEqualTo(Reason.MALFORMED);
	}

	@Test
	void refusesAnEnvelopeSealedToAKeyThisNodeDoesNotHold() {
		String envelope = EnvelopeCodec.seal(header(DE, FR, NOW), new byte[] { '1' }, deSigning, key(KeyUse.ENCRYPTION));
		assertThat(reasonOf(envelope, NOW)).isEqualTo(Reason.UNKNOWN_KEY);
	}

	private static String flip(String b64) {
		char[] c = b64.toCharArray();
		int i = c.length / 2;
		c[i] = c[i] == 'A' ? 'B' : 'A';
		return new String(c);
	}
}
