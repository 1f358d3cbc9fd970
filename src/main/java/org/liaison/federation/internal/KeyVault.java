package org.liaison.federation.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts private keys at rest: AES-256-GCM under a key derived from the node's secret with
 * PBKDF2-HMAC-SHA256. Each sealed value carries its own salt and nonce:
 * {@code base64(salt[16] | nonce[12] | ciphertext+tag)}. A wrong secret or a changed value fails the
 * GCM tag check, so a tampered key is never used.
 */
final class KeyVault {

	static final int ITERATIONS = 210_000;
	private static final SecureRandom RANDOM = new SecureRandom();

	private final char[] secret;
	private final Map<String, SecretKey> derived = new ConcurrentHashMap<>();

	KeyVault(String secret) {
		if (secret.length() < 12) {
			throw new IllegalStateException("the node key password must have at least 12 characters");
		}
		this.secret = secret.toCharArray();
	}

	String seal(String plaintext) {
		byte[] salt = random(16);
		byte[] nonce = random(12);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key(salt), new GCMParameterSpec(128, nonce));
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			byte[] out = new byte[16 + 12 + sealed.length];
			System.arraycopy(salt, 0, out, 0, 16);
			System.arraycopy(nonce, 0, out, 16, 12);
			System.arraycopy(sealed, 0, out, 28, sealed.length);
			return Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("cannot encrypt a node key", e);
		}
	}

	/** The plaintext; {@link IllegalStateException} when the secret is wrong or the value was changed. */
	String open(String sealed) {
		byte[] in = Base64.getDecoder().decode(sealed);
		byte[] salt = java.util.Arrays.copyOfRange(in, 0, 16);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key(salt), new GCMParameterSpec(128, in, 16, 12));
			return new String(cipher.doFinal(in, 28, in.length - 28), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("cannot decrypt the node's keys: wrong key password or key file, or a changed key", e);
		}
	}

	private SecretKey key(byte[] salt) {
		return derived.computeIfAbsent(Base64.getEncoder().encodeToString(salt), s -> {
			try {
				PBEKeySpec spec = new PBEKeySpec(secret, salt, ITERATIONS, 256);
				byte[] raw = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
				return new SecretKeySpec(raw, "AES");
			}
			catch (GeneralSecurityException e) {
				throw new IllegalStateException("cannot derive the key-encryption key", e);
			}
		});
	}

	private static byte[] random(int n) {
		byte[] b = new byte[n];
		RANDOM.nextBytes(b);
		return b;
	}
}
