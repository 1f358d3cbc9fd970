package org.liaison.audit;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One link of the chain: the event, its sequence number and time, the hash of the entry before it and
 * its own hash, SHA-256 over the previous hash and the entry's canonical form.
 */
public record AuditEntry(long seq, Instant at, AuditEvent event, String prevHash, String hash) {

	/** The previous hash of the first entry. */
	public static final String GENESIS = "0".repeat(64);

	static AuditEntry chain(long seq, Instant at, AuditEvent event, String prevHash) {
		return new AuditEntry(seq, at, event, prevHash, hashOf(seq, at, event, prevHash));
	}

	/** Whether the stored hash is the one its content and predecessor imply. */
	public boolean isIntact() {
		return hash.equals(hashOf(seq, at, event, prevHash));
	}

	static String hashOf(long seq, Instant at, AuditEvent event, String prevHash) {
		return org.liaison.common.Sha256.hex(prevHash + '\n' + canonical(seq, at, event));
	}

	/**
	 * The canonical form: a JSON object with the fields in a fixed order and the details sorted by key,
	 * so that any implementation can recompute the hash (docs/audit.md).
	 */
	static String canonical(long seq, Instant at, AuditEvent e) {
		StringBuilder out = new StringBuilder(256).append('{');
		field(out, "seq", Long.toString(seq)).append(',');
		field(out, "at", at.toString()).append(',');
		field(out, "actor", e.actor()).append(',');
		field(out, "agency", e.agency()).append(',');
		field(out, "action", e.action()).append(',');
		field(out, "subjectType", e.subjectType()).append(',');
		field(out, "subjectId", e.subjectId()).append(',');
		field(out, "outcome", e.outcome()).append(',');
		field(out, "purpose", e.purpose()).append(',');
		field(out, "legalBasis", e.legalBasis()).append(",\"detail\":{");
		boolean first = true;
		for (Map.Entry<String, String> d : e.detail().entrySet()) {
			if (!first) {
				out.append(',');
			}
			field(out, d.getKey(), d.getValue());
			first = false;
		}
		return out.append("}}").toString();
	}

	private static StringBuilder field(StringBuilder out, String name, @Nullable String value) {
		quote(out, name).append(':');
		return value == null ? out.append("null") : quote(out, value);
	}

	private static StringBuilder quote(StringBuilder out, String s) {
		out.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"');
	}
}
