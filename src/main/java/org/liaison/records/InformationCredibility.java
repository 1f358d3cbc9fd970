package org.liaison.records;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The second half of the 4x4 evaluation: how far the information itself can be trusted. */
public enum InformationCredibility {
	/** No doubt. */
	ONE("1"),
	/** Known personally to the source but not to the official passing it on. */
	TWO("2"),
	/** Not known personally to the source but corroborated. */
	THREE("3"),
	/** Not known personally to the source and not corroborated. */
	FOUR("4");

	private final String code;

	InformationCredibility(String code) {
		this.code = code;
	}

	@JsonValue
	public String code() {
		return code;
	}

	@JsonCreator
	public static InformationCredibility of(Object value) {
		String text = String.valueOf(value).trim();
		for (InformationCredibility c : values()) {
			if (c.code.equals(text)) {
				return c;
			}
		}
		throw new IllegalArgumentException("information credibility is 1, 2, 3 or 4");
	}
}
