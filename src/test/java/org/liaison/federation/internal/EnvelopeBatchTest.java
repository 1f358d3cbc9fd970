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

import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDHDecrypter;
import com.nimbusds.jose.crypto.ECDHEncrypter;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import org.junit.jupiter.api.Test;
import org.liaison.federation.NodeId;
import org.liaison.federation.internal.Rejection.Reason;

/**
 * A batch (wire format 2) opens only as a whole from a pinned sender to this node; inside it, each item
 * is checked on its own header, so that a bad item is refused alone.
 */
class EnvelopeBatchTest {

	static final NodeId DE = EnvelopeCodecTest.DE;
	static final NodeId FR = EnvelopeCodecTest.FR;
	static final Instant NOW = EnvelopeCodecTest.NOW;

	final ECKey deSigning = EnvelopeCodecTest.key(KeyUse.SIGNATURE);
	final ECKey frEncryption = EnvelopeCodecTest.key(KeyUse.ENCRYPTION);

	EnvelopeHeader header(NodeId sender, NodeId recipient, String type, Instant sent) {
		return new EnvelopeHeader(UUID.randomUUID().toString(), sender, recipient, type, sent.minusSeconds(30), sent,
				sent.plus(Duration.ofMinutes(5)));
	}

	EnvelopeCodec.Item item(EnvelopeHeader h, String json) {
		return new EnvelopeCodec.Item(h, json.getBytes(StandardCharsets.UTF_8));
	}

	String seal(EnvelopeHeader batch, List<EnvelopeCodec.Item> items, ECKey signer) {
		return EnvelopeCodec.sealBatch(batch, items, signer, frEncryption);
	}

	String sealFromDe(EnvelopeCodec.Item... items) {
		return seal(header(DE, FR, EnvelopeCodec.BATCH, NOW), List.of(items), deSigning);
	}

	EnvelopeCodec.OpenedBatch openAtFr(String batch) {
		return EnvelopeCodec.openBatch(batch, new EnvelopeCodec.Keys(FR,
				kid -> frEncryption.getKeyID().equals(kid) ? Optional.of(frEncryption) : Optional.empty(),
				sender -> sender.equals(DE) ? List.of(deSigning.toPublicJWK()) : List.of(), NOW, Duration.ofMinutes(2)));
	}

	Reason reasonOf(String batch) {
		try {
			openAtFr(batch);
		}
		catch (Rejection r) {
			return r.reason();
		}
		throw new AssertionError("accepted");
	}

	@Test
	void opensEachItemWithItsOwnSignedHeaderAndPayloadInTheOrderSealed() {
		EnvelopeHeader first = header(DE, FR, "alert.state", NOW);
		EnvelopeHeader second = header(DE, FR, "record.disclosure", NOW);
		EnvelopeCodec.OpenedBatch opened = openAtFr(sealFromDe(item(first, "{\"x\":1}"), item(second, "[2, \"two\"]")));
		assertThat(opened.header().type()).isEqualTo(EnvelopeCodec.BATCH);
		assertThat(opened.items()).hasSize(2).allMatch(EnvelopeCodec.Opened.class::isInstance);
		EnvelopeCodec.Opened a = (EnvelopeCodec.Opened) opened.items().get(0);
		EnvelopeCodec.Opened b = (EnvelopeCodec.Opened) opened.items().get(1);
		assertThat(a.header()).isEqualTo(first);
		assertThat(new String(a.payload(), StandardCharsets.UTF_8)).isEqualTo("{\"x\":1}");
		assertThat(b.header()).isEqualTo(second);
		assertThat(new String(b.payload(), StandardCharsets.UTF_8)).isEqualTo("[2,\"two\"]");
	}

	@Test
	void refusesABatchForAnotherNodeBeforeDecryptingIt() {
		String batch = seal(header(DE, NodeId.of("int"), EnvelopeCodec.BATCH, NOW),
				List.of(item(header(DE, NodeId.of("int"), "alert.state", NOW), "{}")), deSigning);
		assertThat(reasonOf(batch)).isEqualTo(Reason.WRONG_RECIPIENT);
	}

	@Test
	void refusesABatchFromAnUnknownSenderOrSignedByAKeyNotPinned() {
		ECKey mallory = EnvelopeCodecTest.key(KeyUse.SIGNATURE);
		assertThat(reasonOf(seal(header(DE, FR, EnvelopeCodec.BATCH, NOW), List.of(item(header(DE, FR, "a", NOW), "{}")),
				mallory))).isEqualTo(Reason.BAD_SIGNATURE);
		NodeId xx = NodeId.of("xx");
		assertThat(reasonOf(seal(header(xx, FR, EnvelopeCodec.BATCH, NOW), List.of(item(header(xx, FR, "a", NOW), "{}")),
				mallory))).isEqualTo(Reason.UNKNOWN_SENDER);
	}

	@Test
	void refusesAnItemChangedUnderTheSendersSignature() throws Exception {
		String batch = sealFromDe(item(header(DE, FR, "alert.state", NOW), "{\"version\":1}"));
		// whoever could decrypt it changes an item and encrypts it to FR again: the signature no longer holds
		JWEObject jwe = JWEObject.parse(batch);
		jwe.decrypt(new ECDHDecrypter(frEncryption));
		String[] jws = jwe.getPayload().toString().split("\\.");
		String items = new String(Base64.getUrlDecoder().decode(jws[1]), StandardCharsets.UTF_8);
		assertThat(items).contains("\"version\":1");
		jws[1] = Base64.getUrlEncoder().withoutPadding()
			.encodeToString(items.replace("\"version\":1", "\"version\":9").getBytes(StandardCharsets.UTF_8));
		JWEObject resealed = new JWEObject(new JWEHeader.Builder(jwe.getHeader()).ephemeralPublicKey(null).build(),
				new Payload(String.join(".", jws)));
		resealed.encrypt(new ECDHEncrypter(frEncryption.toECPublicKey()));
		assertThat(reasonOf(resealed.serialize())).isEqualTo(Reason.BAD_SIGNATURE);
	}

	@Test
	void refusesATamperedOrTruncatedBatchAsAWhole() {
		String batch = sealFromDe(item(header(DE, FR, "alert.state", NOW), "{}"), item(header(DE, FR, "alert.state", NOW), "{}"));
		String[] parts = batch.split("\\.");
		for (int part = 1; part <= 4; part++) {
			String[] changed = parts.clone();
			char[] c = changed[part].toCharArray();
			c[c.length / 2] = c[c.length / 2] == 'A' ? 'B' : 'A';
			changed[part] = new String(c);
			assertThat(reasonOf(String.join(".", changed))).as("part " + part).isIn(Reason.UNDECRYPTABLE, Reason.MALFORMED);
		}
		assertThat(reasonOf(batch.substring(0, batch.length() / 2))).isIn(Reason.MALFORMED, Reason.UNDECRYPTABLE);
	}

	@Test
	void refusesAnExpiredBatchWhateverItsItemsSay() {
		Instant old = NOW.minus(Duration.ofMinutes(30));
		String batch = seal(header(DE, FR, EnvelopeCodec.BATCH, old), List.of(item(header(DE, FR, "a", NOW), "{}")), deSigning);
		assertThat(reasonOf(batch)).isEqualTo(Reason.EXPIRED);
	}

	@Test
	void refusesABadItemAloneAndOpensTheOthers() {
		EnvelopeHeader good = header(DE, FR, "alert.state", NOW);
		String batch = sealFromDe(item(header(DE, NodeId.of("int"), "alert.state", NOW), "{}"),
				item(header(NodeId.of("int"), FR, "alert.state", NOW), "{}"), item(good, "{}"),
				item(header(DE, FR, "alert.state", NOW.minus(Duration.ofMinutes(30))), "{}"));
		List<Object> items = openAtFr(batch).items();
		assertThat(items).hasSize(4);
		assertThat(((Rejection) items.get(0)).reason()).isEqualTo(Reason.WRONG_RECIPIENT);
		assertThat(((Rejection) items.get(1)).reason()).isEqualTo(Reason.HEADER_MISMATCH);
		assertThat(((EnvelopeCodec.Opened) items.get(2)).header()).isEqualTo(good);
		assertThat(((Rejection) items.get(3)).reason()).isEqualTo(Reason.EXPIRED);
		assertThat(((Rejection) items.get(3)).header()).isNotNull();
	}

	@Test
	void neverTakesAnEnvelopeForABatchNorABatchForAnEnvelope() {
		String envelope = EnvelopeCodec.seal(header(DE, FR, "alert.state", NOW), "{}".getBytes(StandardCharsets.UTF_8),
				deSigning, frEncryption);
		assertThat(reasonOf(envelope)).isEqualTo(Reason.MALFORMED);
		String batch = sealFromDe(item(header(DE, FR, "alert.state", NOW), "{}"));
		assertThatThrownBy(() -> EnvelopeCodec.open(batch, FR, kid -> Optional.of(frEncryption),
				sender -> List.of(deSigning.toPublicJWK()), NOW, Duration.ofMinutes(2)))
			.isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.reason()).isEqualTo(Reason.MALFORMED));
	}
}
