package org.liaison.federation.internal;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seals and opens envelopes: the payload is signed (JWS, ES256, by the sender's signing key) and the
 * JWS is encrypted (JWE, ECDH-ES+A256KW with A256GCM) to the recipient's encryption key. The header
 * fields are in the signed JWS header; the JWE header repeats them (authenticated by the AEAD, not
 * signed) so that a receiver can route and refuse before it decrypts, and the two must agree.
 * <p>
 * Two forms (docs/federation.md): an <em>envelope</em> (wire format 1) carries one message; a
 * <em>batch</em> (wire format 2) carries many, each item with its own header, under one signature and
 * one key agreement, which is what a sealing costs. No Spring, no database: the caller supplies keys
 * and the time.
 */
final class EnvelopeCodec {

	static final JOSEObjectType TYPE = new JOSEObjectType("liaison-envelope+jwe");
	static final JOSEObjectType BATCH_TYPE = new JOSEObjectType("liaison-batch+jwe");
	/** The header field naming the wire format of a batch, and this format's number. */
	static final String VERSION = "liaison-v";
	static final long BATCH_VERSION = 2;
	/** The {@code liaison-type} of a batch's own header. */
	static final String BATCH = "batch";
	static final int MAX_ITEMS = 1000;

	private static final JsonMapper JSON = JsonMapper.shared();

	private EnvelopeCodec() {
	}

	static String seal(EnvelopeHeader h, byte[] payload, ECKey signingKey, ECKey recipientKey) {
		return seal(TYPE, fields(h), payload, signingKey, recipientKey);
	}

	/** One message of a batch: its own header and its payload, a JSON value (UTF-8). */
	record Item(EnvelopeHeader header, byte[] payload) {
	}

	/**
	 * Seals messages to one recipient as a batch: items of the messages' headers and payloads, signed
	 * and encrypted once under the batch's own header {@code h} (type {@value #BATCH}).
	 */
	static String sealBatch(EnvelopeHeader h, List<Item> items, ECKey signingKey, ECKey recipientKey) {
		ArrayNode array = JSON.createArrayNode();
		for (Item item : items) {
			ObjectNode node = array.addObject();
			fields(item.header()).forEach((name, value) -> node.put(name, (String) value));
			node.set("payload", JSON.readTree(item.payload()));
		}
		Map<String, Object> fields = new HashMap<>(fields(h));
		fields.put(VERSION, BATCH_VERSION);
		return seal(BATCH_TYPE, fields, JSON.writeValueAsBytes(JSON.createObjectNode().set("items", array)), signingKey,
				recipientKey);
	}

	private static String seal(JOSEObjectType type, Map<String, Object> fields, byte[] payload, ECKey signingKey,
			ECKey recipientKey) {
		try {
			JWSHeader.Builder jws = new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(signingKey.getKeyID());
			fields.forEach(jws::customParam);
			JWSObject signed = new JWSObject(jws.build(), new Payload(payload));
			signed.sign(new ECDSASigner(signingKey));
			JWEHeader.Builder jwe = new JWEHeader.Builder(JWEAlgorithm.ECDH_ES_A256KW, EncryptionMethod.A256GCM)
				.type(type).contentType("JWS").keyID(recipientKey.getKeyID());
			fields.forEach(jwe::customParam);
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
	 * A batch opened and checked as a whole: its header as signed, and per item, in order, either the
	 * item ({@link Opened}) or why it is refused ({@link Rejection}, with the item's header when it reads).
	 */
	record OpenedBatch(EnvelopeHeader header, List<Object> items) {
	}

	/** Who may open: this node's keys, the pinned keys of its peers, the time and the clock skew allowed. */
	record Keys(NodeId self, Function<@Nullable String, Optional<ECKey>> decryptionKeys,
			Function<NodeId, List<ECKey>> senderKeys, Instant now, Duration skew) {
	}

	/**
	 * Opens and checks an envelope; every failure is a {@link Rejection}.
	 *
	 * @param decryptionKeys this node's private encryption key by key id, while valid
	 * @param senderKeys the pinned public signing keys of a peer, empty when the node is no peer
	 */
	static Opened open(String compact, NodeId self, Function<@Nullable String, Optional<ECKey>> decryptionKeys,
			Function<NodeId, List<ECKey>> senderKeys, Instant now, Duration skew) {
		Keys keys = new Keys(self, decryptionKeys, senderKeys, now, skew);
		Verified v = verify(compact, TYPE, keys);
		checkWindow(v.header(), keys);
		return new Opened(v.header(), v.jws().getPayload().toBytes());
	}

	/**
	 * Opens and checks a batch; a {@link Rejection} when the batch as a whole is refused (it is then
	 * not read further). Each item must name the batch's sender and this node, read as a header with a
	 * JSON payload, and be within its own validity window; an item that does not is refused alone.
	 */
	static OpenedBatch openBatch(String compact, Keys keys) {
		Verified v = verify(compact, BATCH_TYPE, keys);
		EnvelopeHeader batch = v.header();
		checkWindow(batch, keys);
		JsonNode items;
		try {
			items = JSON.readTree(v.jws().getPayload().toBytes()).path("items");
		}
		catch (RuntimeException e) {
			throw new Rejection(Reason.MALFORMED, "the batch's payload is not JSON", batch);
		}
		if (!items.isArray() || items.isEmpty() || items.size() > MAX_ITEMS) {
			throw new Rejection(Reason.MALFORMED, "a batch holds 1 to " + MAX_ITEMS + " items", batch);
		}
		List<Object> out = new ArrayList<>(items.size());
		for (JsonNode item : items) {
			try {
				out.add(item(item, batch, keys));
			}
			catch (Rejection r) {
				out.add(r);
			}
		}
		return new OpenedBatch(batch, out);
	}

	private static Opened item(JsonNode node, EnvelopeHeader batch, Keys keys) {
		EnvelopeHeader h;
		try {
			Map<String, Object> fields = new HashMap<>();
			node.properties().forEach(e -> fields.put(e.getKey(), e.getValue().isString() ? e.getValue().asString() : null));
			h = header(fields);
		}
		catch (RuntimeException e) {
			throw new Rejection(Reason.MALFORMED, "an item's header is incomplete");
		}
		if (!keys.self().equals(h.recipient())) {
			throw new Rejection(Reason.WRONG_RECIPIENT, "item addressed to " + h.recipient(), h);
		}
		if (!batch.sender().equals(h.sender())) {
			throw new Rejection(Reason.HEADER_MISMATCH, "item of " + h.sender() + " in a batch of " + batch.sender(), h);
		}
		if (!node.hasNonNull("payload")) {
			throw new Rejection(Reason.MALFORMED, "an item without payload", h);
		}
		checkWindow(h, keys);
		return new Opened(h, JSON.writeValueAsBytes(node.get("payload")));
	}

	private record Verified(EnvelopeHeader header, JWSObject jws) {
	}

	/**
	 * Decrypts and verifies a sealed JWE of the given type: addressed here, from a pinned peer, sealed
	 * to a key of this node, an ES256 JWS inside signed by a key pinned for the sender, with the same
	 * header fields signed as the JWE header shows.
	 */
	private static Verified verify(String compact, JOSEObjectType type, Keys keys) {
		JWEObject jwe;
		EnvelopeHeader outer;
		try {
			jwe = JWEObject.parse(compact);
			outer = header(jwe.getHeader().getCustomParams());
		}
		catch (ParseException | RuntimeException e) {
			throw new Rejection(Reason.MALFORMED, "not an envelope");
		}
		if (!type.equals(jwe.getHeader().getType()) || (type == BATCH_TYPE) != BATCH.equals(outer.type())
				|| !Objects.equals(jwe.getHeader().getCustomParam(VERSION), type == BATCH_TYPE ? BATCH_VERSION : null)) {
			throw new Rejection(Reason.MALFORMED, "not a " + type + " of this wire format", outer);
		}
		if (!keys.self().equals(outer.recipient())) {
			throw new Rejection(Reason.WRONG_RECIPIENT, "addressed to " + outer.recipient(), outer);
		}
		if (!JWEAlgorithm.ECDH_ES_A256KW.equals(jwe.getHeader().getAlgorithm())
				|| !EncryptionMethod.A256GCM.equals(jwe.getHeader().getEncryptionMethod())) {
			throw new Rejection(Reason.MALFORMED, "unexpected JWE algorithms", outer);
		}
		List<ECKey> pinned = keys.senderKeys().apply(outer.sender());
		if (pinned.isEmpty()) {
			throw new Rejection(Reason.UNKNOWN_SENDER, "no peer " + outer.sender(), outer);
		}
		ECKey decryption = keys.decryptionKeys().apply(jwe.getHeader().getKeyID())
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
		if (!inner.equals(outer) || !Objects.equals(jws.getHeader().getCustomParam(VERSION),
				jwe.getHeader().getCustomParam(VERSION))) {
			throw new Rejection(Reason.HEADER_MISMATCH, "the signed header differs from the outer one", inner);
		}
		return new Verified(inner, jws);
	}

	private static void checkWindow(EnvelopeHeader h, Keys keys) {
		if (h.sent().isAfter(keys.now().plus(keys.skew()))) {
			throw new Rejection(Reason.NOT_YET_VALID, "sent in the future beyond the clock-skew window", h);
		}
		if (h.expires().plus(keys.skew()).isBefore(keys.now())) {
			throw new Rejection(Reason.EXPIRED, "expired at " + h.expires(), h);
		}
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
