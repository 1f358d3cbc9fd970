package org.liaison.treaty;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** FIRST's Traffic Light Protocol 2.0, from the least to the most restrictive label. */
public enum Tlp {
	CLEAR("CLEAR"), GREEN("GREEN"), AMBER("AMBER"), AMBER_STRICT("AMBER+STRICT"), RED("RED");

	private final String label;

	Tlp(String label) {
		this.label = label;
	}

	@JsonValue
	public String label() {
		return label;
	}

	/** Parses {@code AMBER+STRICT} (also {@code AMBER_STRICT}, any case, with or without {@code TLP:}). */
	@JsonCreator
	public static Tlp of(String text) {
		String t = text.trim().toUpperCase(Locale.ROOT);
		if (t.startsWith("TLP:")) {
			t = t.substring(4);
		}
		for (Tlp tlp : values()) {
			if (tlp.label.equals(t) || tlp.name().equals(t)) {
				return tlp;
			}
		}
		throw new IllegalArgumentException("unknown TLP label (CLEAR, GREEN, AMBER, AMBER+STRICT, RED)");
	}

	/** TLP:RED and TLP:AMBER+STRICT never leave the recipient organisation. */
	public boolean confinesToRecipient() {
		return this == RED || this == AMBER_STRICT;
	}

	@Override
	public String toString() {
		return label;
	}
}
