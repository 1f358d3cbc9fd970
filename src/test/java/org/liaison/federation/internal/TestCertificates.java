package org.liaison.federation.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Certificates made at test time with the JDK's {@code keytool}: a small CA that signs node certificates
 * (for 127.0.0.1), and PKCS#12 key and trust stores that Spring Boot SSL bundles read. Every store has
 * the password {@link #PASSWORD}; a node's key entry is {@code node}.
 */
final class TestCertificates {

	static final String PASSWORD = "test-store-password";

	private final Path dir;

	TestCertificates(Path dir) {
		this.dir = dir;
	}

	/** A CA (key store {@code <name>-ca.p12}) and a trust store holding only its certificate. */
	Path ca(String name) {
		keytool("-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=" + name,
				"-ext", "bc:c", "-validity", "30", "-keystore", store(name + "-ca"), "-storetype", "PKCS12");
		keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", store(name + "-ca"), "-file", file(name + "-ca.pem"));
		keytool("-importcert", "-noprompt", "-alias", "ca", "-file", file(name + "-ca.pem"), "-keystore",
				store(name + "-trust"), "-storetype", "PKCS12");
		return dir.resolve(name + "-trust.p12");
	}

	/**
	 * A key store {@code <node>.p12} whose certificate (for 127.0.0.1 and localhost) the CA signed, valid
	 * from {@code startDate} (keytool syntax, e.g. {@code -10d}; null for now) for {@code days} days.
	 */
	Path node(String node, String ca, String startDate, int days) {
		String store = store(node);
		keytool("-genkeypair", "-alias", "node", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=" + node,
				"-keystore", store, "-storetype", "PKCS12");
		keytool("-certreq", "-alias", "node", "-keystore", store, "-file", file(node + ".csr"));
		List<String> sign = new ArrayList<>(List.of("-gencert", "-rfc", "-alias", "ca", "-keystore", store(ca + "-ca"),
				"-infile", file(node + ".csr"), "-outfile", file(node + ".pem"), "-ext", "san=ip:127.0.0.1,dns:localhost",
				"-ext", "eku=serverAuth,clientAuth", "-validity", String.valueOf(days)));
		if (startDate != null) {
			sign.addAll(List.of("-startdate", startDate));
		}
		keytool(sign.toArray(String[]::new));
		keytool("-importcert", "-noprompt", "-alias", "ca", "-file", file(ca + "-ca.pem"), "-keystore", store);
		keytool("-importcert", "-noprompt", "-alias", "node", "-file", file(node + ".pem"), "-keystore", store);
		return dir.resolve(node + ".p12");
	}

	/** The Spring Boot properties of an SSL bundle {@code name} over these stores. */
	static Map<String, Object> bundle(String name, Path keyStore, Path trustStore) {
		String p = "spring.ssl.bundle.jks." + name + ".";
		return Map.of(p + "keystore.location", "file:" + keyStore, p + "keystore.password", PASSWORD,
				p + "keystore.type", "PKCS12", p + "key.alias", "node", p + "truststore.location", "file:" + trustStore,
				p + "truststore.password", PASSWORD, p + "truststore.type", "PKCS12");
	}

	private String store(String name) {
		return file(name + ".p12");
	}

	private String file(String name) {
		return dir.resolve(name).toString();
	}

	private void keytool(String... args) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
		command.addAll(List.of(args));
		command.addAll(List.of("-storepass", PASSWORD));
		try {
			Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
			String out = new String(p.getInputStream().readAllBytes());
			if (p.waitFor() != 0) {
				throw new IllegalStateException("keytool " + String.join(" ", args) + " failed: " + out);
			}
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
