package org.liaison.federation;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A node's identifier: lower-case letters, digits and hyphens, for example {@code de-bka} or {@code int}. */
public record NodeId(String value) implements Comparable<NodeId> {

	private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

	public NodeId {
		if (value == null || !FORM.matcher(value).matches()) {
			throw new IllegalArgumentException("a node id is 1 to 40 lower-case letters, digits or hyphens");
		}
	}

	@JsonCreator
	public static NodeId of(String value) {
		return new NodeId(value);
	}

	@JsonValue
	@Override
	public String toString() {
		return value;
	}

	@Override
	public int compareTo(NodeId other) {
		return value.compareTo(other.value);
	}
}
