package org.liaison.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.postgresql.PGConnection;

/**
 * The peer that screening is compared with: PostgreSQL's pg_trgm on the same persons' normalised names
 * (one row per name and alias, the Latin form that Liaison's normaliser gives, so both see the same
 * letters), a GIN trigram index, and {@code name % ?} at a similarity threshold. Lives in a schema of its
 * own, dropped by {@link #close}.
 */
public final class TrigramPeer implements AutoCloseable {

	private static final String SCHEMA = "bench_trgm";
	private static final String QUERY = "SELECT person, similarity(name, ?) FROM " + SCHEMA + ".names WHERE name % ?";

	private final String url;

	public TrigramPeer(String url) {
		this.url = url;
	}

	public Connection connect() throws SQLException {
		return DriverManager.getConnection(url, "postgres", "");
	}

	/** Loads {@code count} persons' normalised names with COPY and builds the GIN index; returns ms for each. */
	public long[] load(int count, IntFunction<List<String>> normalisedNames) throws SQLException, IOException {
		try (Connection c = connect(); Statement s = c.createStatement()) {
			s.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
			s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
			s.execute("CREATE SCHEMA " + SCHEMA);
			s.execute("CREATE UNLOGGED TABLE " + SCHEMA + ".names (person integer NOT NULL, name text NOT NULL)");
			long start = System.nanoTime();
			var copy = c.unwrap(PGConnection.class).getCopyAPI();
			StringBuilder chunk = new StringBuilder(1 << 20);
			for (int i = 0; i < count; i++) {
				for (String n : normalisedNames.apply(i)) {
					if (!n.isEmpty()) {
						chunk.append(i).append('\t').append(n.replace("\\", "\\\\").replace("\t", " ")).append('\n');
					}
				}
				if (chunk.length() > (1 << 20) - 4096 || i == count - 1) {
					copy.copyIn("COPY " + SCHEMA + ".names (person, name) FROM STDIN", new StringReader(chunk.toString()));
					chunk.setLength(0);
				}
			}
			long loaded = System.nanoTime();
			s.execute("CREATE INDEX names_trgm ON " + SCHEMA + ".names USING gin (name gin_trgm_ops)");
			s.execute("ANALYZE " + SCHEMA + ".names");
			long indexed = System.nanoTime();
			return new long[] {(loaded - start) / 1_000_000, (indexed - loaded) / 1_000_000};
		}
	}

	/** One client: a connection at a similarity threshold. Not thread-safe; one per thread. */
	public final class Client implements AutoCloseable {
		private final Connection connection;
		private final PreparedStatement query;

		public Client(double threshold) throws SQLException {
			connection = connect();
			try (Statement s = connection.createStatement()) {
				s.execute("SET pg_trgm.similarity_threshold = " + threshold);
			}
			query = connection.prepareStatement(QUERY);
		}

		/** The persons whose names are similar to any of the query's names, with their best similarity. */
		public Map<Integer, Double> search(List<String> normalisedNames) throws SQLException {
			Map<Integer, Double> out = new HashMap<>();
			for (String n : normalisedNames) {
				query.setString(1, n);
				query.setString(2, n);
				try (ResultSet rs = query.executeQuery()) {
					while (rs.next()) {
						out.merge(rs.getInt(1), rs.getDouble(2), Math::max);
					}
				}
			}
			return out;
		}

		@Override
		public void close() throws SQLException {
			connection.close();
		}
	}

	/** Drops the schema. */
	@Override
	public void close() throws SQLException {
		try (Connection c = connect(); Statement s = c.createStatement()) {
			s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
		}
	}
}
