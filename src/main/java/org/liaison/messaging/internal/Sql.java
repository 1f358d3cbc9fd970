package org.liaison.messaging.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

/** Timestamps in and out of the database, always as UTC offsets (H2 and PostgreSQL agree on those). */
final class Sql {

	private Sql() {
	}

	static @Nullable OffsetDateTime utc(@Nullable Instant i) {
		return i == null ? null : i.atOffset(ZoneOffset.UTC);
	}

	static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
		return t == null ? null : t.toInstant();
	}

	/** A LIKE pattern matching what starts with the text, with LIKE's own characters taken literally (ESCAPE '\'). */
	static String startsWith(String text) {
		return escape(text) + "%";
	}

	/** A LIKE pattern matching the text anywhere, with LIKE's own characters taken literally (ESCAPE '\'). */
	static String contains(String text) {
		return "%" + escape(text.toLowerCase(java.util.Locale.ROOT)) + "%";
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
