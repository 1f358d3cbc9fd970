package org.liaison.federation.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import org.liaison.federation.NodeId;

/**
 * CPU time per message of sealing and opening (ES256 signature, ECDH-ES+A256KW and A256GCM; then
 * decryption and verification), as one envelope per message (wire format 1) and as batches of 1, 10
 * and 200 messages (wire format 2), measured as this thread's CPU time, so that a machine shared with
 * other work does not inflate it: {@code java ... EnvelopeCryptoCost [messages=2000] [payload bytes=1500]}.
 */
public final class EnvelopeCryptoCost {

	static final NodeId DE = NodeId.of("de");
	static final NodeId FR = NodeId.of("fr");
	static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

	public static void main(String[] args) throws Exception {
		int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
		String json = "{\"x\":\"" + "x".repeat(Math.max(0, (args.length > 1 ? Integer.parseInt(args[1]) : 1500) - 8)) + "\"}";
		byte[] payload = json.getBytes(StandardCharsets.UTF_8);
		ECKey sig = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).keyIDFromThumbprint(true).generate();
		ECKey enc = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.ENCRYPTION).keyIDFromThumbprint(true).generate();
		for (int round = 0; round < 2; round++) { // the first round warms the JIT up
			boolean print = round == 1;
			envelopes(n, payload, sig, enc, print);
			for (int size : new int[] { 1, 10, 200 }) {
				batches(n, size, payload, sig, enc, print);
			}
		}
	}

	static void envelopes(int n, byte[] payload, ECKey sig, ECKey enc, boolean print) {
		long sealNs = 0;
		long openNs = 0;
		for (int i = 0; i < n; i++) {
			Instant now = Instant.now();
			long t0 = CPU.getCurrentThreadCpuTime();
			String sealed = EnvelopeCodec.seal(header("record.disclosure", now), payload, sig, enc);
			long t1 = CPU.getCurrentThreadCpuTime();
			EnvelopeCodec.open(sealed, FR, kid -> Optional.of(enc), sender -> List.of(sig.toPublicJWK()), now,
					Duration.ofMinutes(2));
			sealNs += t1 - t0;
			openNs += CPU.getCurrentThreadCpuTime() - t1;
		}
		if (print) {
			print("envelopes (format 1)", n, payload.length, sealNs, openNs);
		}
	}

	static void batches(int n, int size, byte[] payload, ECKey sig, ECKey enc, boolean print) {
		long sealNs = 0;
		long openNs = 0;
		int messages = 0;
		while (messages < n) {
			Instant now = Instant.now();
			List<EnvelopeCodec.Item> items = new ArrayList<>(size);
			for (int i = 0; i < size; i++) {
				items.add(new EnvelopeCodec.Item(header("record.disclosure", now), payload));
			}
			long t0 = CPU.getCurrentThreadCpuTime();
			String sealed = EnvelopeCodec.sealBatch(header(EnvelopeCodec.BATCH, now), items, sig, enc);
			long t1 = CPU.getCurrentThreadCpuTime();
			EnvelopeCodec.openBatch(sealed, new EnvelopeCodec.Keys(FR, kid -> Optional.of(enc),
					sender -> List.of(sig.toPublicJWK()), now, Duration.ofMinutes(2)));
			sealNs += t1 - t0;
			openNs += CPU.getCurrentThreadCpuTime() - t1;
			messages += size;
		}
		if (print) {
			print("batches of " + size + " (format 2)", messages, payload.length, sealNs, openNs);
		}
	}

	static EnvelopeHeader header(String type, Instant now) {
		return new EnvelopeHeader(UUID.randomUUID().toString(), DE, FR, type, now, now, now.plus(Duration.ofMinutes(5)));
	}

	static void print(String what, int messages, int bytes, long sealNs, long openNs) {
		double seal = sealNs / 1e6 / messages;
		double open = openNs / 1e6 / messages;
		System.out.printf("%s, %d messages of %d bytes: seal %.3f ms CPU, open %.3f ms CPU per message, together "
				+ "%.3f ms = %.0f messages/s per core (crypto only)%n", what, messages, bytes, seal, open, seal + open,
				1000 / (seal + open));
	}

	private EnvelopeCryptoCost() {
	}
}
