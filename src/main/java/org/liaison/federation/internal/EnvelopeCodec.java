package org.liaison.federation.internal;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDHDecrypter;
import com.nimbusds.jose.crypto.ECDHEncrypter;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import org.jspecify.annotations.Nullable;
import org.liaison.federation.NodeId;
import org.liaison.federation.internal.Rejection.Reason;

/**
 * Seals and opens envelopes: the payload is signed (JWS, ES256, by the sender's signing key) and the
 * JWS is encrypted (JWE, ECDH-ES+A256KW with A256GCM) to the recipient's encryption key. The header
 * fields are in the signed JWS header; the JWE header repeats them (authenticated by the AEAD, not
 * signed) so that a receiver can route and refuse before it decrypts, and the two must agree.
 * No Spring, no database: the caller supplies keys and the time.
 */
final class EnvelopeCodec {

	static final JOSEObjectType TYPE = new JOSEObjectType("liaison-envelope+jwe");

	private EnvelopeCodec() {
	}

	static String seal(EnvelopeHeader h, byte[] payload, ECKey signingKey, ECKey recipientKey) {
		try {
			JWSHeader.Builder jws = new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(signingKey.getKeyID());
			fields(h).forEach(jws::customParam);
			JWSObject signed = new JWSObject(jws.build(), new Payload(payload));
			signed.sign(new ECDSASigner(signingKey));
			JWEHeader.Builder jwe = new JWEHeader.Builder(JWEAlgorithm.ECDH_ES_A256KW, EncryptionMethod.A256GCM)
				.type(TYPE).contentType("JWS").keyID(recipientKey.getKeyID());
			fields(h).forEach(jwe::customParam);
			JWEObject sealed = new JWEObject(jwe.build(), new Payload(signed));
			sealed.encrypt(new ECDHEncrypter(recipientKey.toECPublicKey()));
			return sealed.serialize();
		}
		catch (JOSEException e) {
			throw new IllegalStateException("cannot seal an envelope", e);
		}
	}

	/** An envelope opened and checked: its header as signed, and the payload. */
	record Opened(EnvelopeHeader header, byte[] payload) {
	}

	/**
	 * Opens and checks an envelope; every failure is a {@link Rejection}.
	 *
	 * @param decryptionKeys this node's private encryption key by key id, while valid
	 * @param senderKeys the pinned public signing keys of a peer, empty when the node is no peer
	 */
	static Opened open(String compact, NodeId self, Function<@Nullable String, Optional<ECKey>> decryptionKeys,
			Function<NodeId, List<ECKey>> senderKeys, Instant now, Duration skew) {
		JWEObject jwe;
		EnvelopeHeader outer;
		try {
			jwe = JWEObject.parse(compact);
			outer = header(jwe.getHeader().getCustomParams());
		}
		catch (ParseException | RuntimeException e) {
			throw new Rejection(Reason.MALFORMED, "not an envelope");
		}
		if (!self.equals(outer.recipient())) {
			throw new Rejection(Reason.WRONG_RECIPIENT, "addressed to " + outer.recipient(), outer);
		}
		if (!JWEAlgorithm.ECDH_ES_A256KW.equals(jwe.getHeader().getAlgorithm())
				|| !EncryptionMethod.A256GCM.equals(jwe.getHeader().getEncryptionMethod())) {
			throw new Rejection(Reason.MALFORMED, "unexpected JWE algorithms", outer);
		}
		List<ECKey> pinned = senderKeys.apply(outer.sender());
		if (pinned.isEmpty()) {
			throw new Rejection(Reason.UNKNOWN_SENDER, "no peer " + outer.sender(), outer);
		}
		ECKey decryption = decryptionKeys.apply(jwe.getHeader().getKeyID())
			.orElseThrow(() -> new Rejection(Reason.UNKNOWN_KEY, "sealed to no valid key of this node", outer));
		JWSObject jws;
		try {
			jwe.decrypt(new ECDHDecrypter(decryption));
			jws = jwe.getPayload().toJWSObject();
		}
		catch (JOSEException | RuntimeException e) {
			throw new Rejection(Reason.UNDECRYPTABLE, "cannot decrypt: changed or sealed to another key", outer);
		}
		if (jws == null || !JWSAlgorithm.ES256.equals(jws.getHeader().getAlgorithm())) {
			throw new Rejection(Reason.MALFORMED, "the JWE does not carry an ES256 JWS", outer);
		}
		ECKey signer = pinned.stream().filter(k -> Objects.equals(k.getKeyID(), jws.getHeader().getKeyID())).findFirst()
			.orElseThrow(() -> new Rejection(Reason.BAD_SIGNATURE, "signed with a key not pinned for " + outer.sender(), outer));
		try {
			if (!jws.verify(new ECDSAVerifier(signer))) {
				throw new Rejection(Reason.BAD_SIGNATURE, "the signature does not verify", outer);
			}
		}
		catch (JOSEException e) {
			throw new Rejection(Reason.BAD_SIGNATURE, "the signature does not verify", outer);
		}
		EnvelopeHeader inner;
		try {
			inner = header(jws.getHeader().getCustomParams());
		}
		catch (RuntimeException e) {
			throw new Rejection(Reason.MALFORMED, "the signed header is incomplete", outer);
		}
		if (!inner.equals(outer)) {
			throw new Rejection(Reason.HEADER_MISMATCH, "the signed header differs from the outer one", inner);
		}
		if (inner.sent().isAfter(now.plus(skew))) {
			throw new Rejection(Reason.NOT_YET_VALID, "sent in the future beyond the clock-skew window", inner);
		}
		if (inner.expires().plus(skew).isBefore(now)) {
			throw new Rejection(Reason.EXPIRED, "expired at " + inner.expires(), inner);
		}
		return new Opened(inner, jws.getPayload().toBytes());
	}

	private static Map<String, Object> fields(EnvelopeHeader h) {
		return Map.of(EnvelopeHeader.ID, h.id(), EnvelopeHeader.SENDER, h.sender().value(), EnvelopeHeader.RECIPIENT,
				h.recipient().value(), EnvelopeHeader.TYPE, h.type(), EnvelopeHeader.CREATED, h.created().toString(),
				EnvelopeHeader.SENT, h.sent().toString(), EnvelopeHeader.EXPIRES, h.expires().toString());
	}

	private static EnvelopeHeader header(Map<String, Object> p) {
		String id = java.util.UUID.fromString(str(p, EnvelopeHeader.ID)).toString();
		return new EnvelopeHeader(id, NodeId.of(str(p, EnvelopeHeader.SENDER)),
				NodeId.of(str(p, EnvelopeHeader.RECIPIENT)), str(p, EnvelopeHeader.TYPE),
				Instant.parse(str(p, EnvelopeHeader.CREATED)), Instant.parse(str(p, EnvelopeHeader.SENT)),
				Instant.parse(str(p, EnvelopeHeader.EXPIRES)));
	}

	private static String str(Map<String, Object> p, String name) {
		if (!(p.get(name) instanceof String s) || s.length() > 100) {
			throw new IllegalArgumentException("missing " + name);
		}
		return s;
	}
}
