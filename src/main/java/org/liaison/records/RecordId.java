package org.liaison.records;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A record's identifier: a random UUID, so that ids reveal nothing about volume or order. */
public record RecordId(UUID value) {

	public static RecordId random() {
		return new RecordId(UUID.randomUUID());
	}

	@JsonCreator
	public static RecordId of(String text) {
		return new RecordId(UUID.fromString(text));
	}

	/** The id, or empty for text that is not one (which therefore names no record). */
	public static java.util.Optional<RecordId> parse(String text) {
		try {
			return text.length() == 36 ? java.util.Optional.of(of(text)) : java.util.Optional.empty();
		}
		catch (IllegalArgumentException e) {
			return java.util.Optional.empty();
		}
	}

	@JsonValue
	@Override
	public String toString() {
		return value.toString();
	}
}
