package org.liaison.alerts;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** An alert's identity, a random UUID. */
public record AlertId(UUID value) {

	public AlertId {
		Objects.requireNonNull(value, "value");
	}

	public static AlertId random() {
		return new AlertId(UUID.randomUUID());
	}

	public static AlertId of(String value) {
		return new AlertId(UUID.fromString(value));
	}

	/** The id written in the text, or empty when the text is no UUID (an id that names nothing). */
	public static Optional<AlertId> parse(String text) {
		if (text == null || text.length() != 36) {
			return Optional.empty();
		}
		try {
			return Optional.of(of(text));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	@JsonValue
	@Override
	public String toString() {
		return value.toString();
	}
}
