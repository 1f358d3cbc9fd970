package org.liaison.screening;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What an officer asks about, as it was written: a FollowTheMoney-style schema and its properties. It
 * travels to peer nodes as it is, so that each validates and normalises it with its own rules.
 */
public record ScreeningSubject(@Nullable String schema, @Nullable Map<String, List<String>> properties) {

	/** The validated query; a 400 problem naming the field for bad input. */
	public ScreeningQuery query() {
		return ScreeningQuery.of(schema, properties);
	}
}
