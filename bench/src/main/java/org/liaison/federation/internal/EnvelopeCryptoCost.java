package org.liaison.federation.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import org.liaison.federation.NodeId;

/**
 * CPU time of sealing and opening one envelope (ES256 signature, ECDH-ES+A256KW and A256GCM; then
 * decryption and verification), measured as this thread's CPU time, so that a machine shared with other
 * work does not inflate it: {@code java ... EnvelopeCryptoCost [envelopes=2000] [payload bytes=1500]}.
 */
public final class EnvelopeCryptoCost {

	public static void main(String[] args) throws Exception {
		int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
		byte[] payload = "x".repeat(args.length > 1 ? Integer.parseInt(args[1]) : 1500).getBytes(StandardCharsets.UTF_8);
		ECKey sig = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).keyIDFromThumbprint(true).generate();
		ECKey enc = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.ENCRYPTION).keyIDFromThumbprint(true).generate();
		NodeId de = NodeId.of("de");
		NodeId fr = NodeId.of("fr");
		ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
		for (int round = 0; round < 2; round++) { // the first round warms the JIT up
			long sealNs = 0;
			long openNs = 0;
			for (int i = 0; i < n; i++) {
				Instant now = Instant.now();
				EnvelopeHeader h = new EnvelopeHeader(UUID.randomUUID().toString(), de, fr, "record.disclosure", now, now,
						now.plus(Duration.ofMinutes(5)));
				long t0 = cpu.getCurrentThreadCpuTime();
				String sealed = EnvelopeCodec.seal(h, payload, sig, enc);
				long t1 = cpu.getCurrentThreadCpuTime();
				EnvelopeCodec.open(sealed, fr, kid -> Optional.of(enc), sender -> List.of(sig.toPublicJWK()), now,
						Duration.ofMinutes(2));
				long t2 = cpu.getCurrentThreadCpuTime();
				sealNs += t1 - t0;
				openNs += t2 - t1;
			}
			if (round == 1) {
				double seal = sealNs / 1e6 / n;
				double open = openNs / 1e6 / n;
				System.out.printf("%d envelopes of %d bytes: seal %.2f ms CPU, open %.2f ms CPU, together %.2f ms "
						+ "= %.0f envelopes/s per core (crypto only)%n", n, payload.length, seal, open, seal + open,
						1000 / (seal + open));
			}
		}
	}

	private EnvelopeCryptoCost() {
	}
}
