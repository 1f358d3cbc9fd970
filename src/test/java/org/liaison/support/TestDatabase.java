package org.liaison.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses the database of the integration suite: an in-memory H2 in PostgreSQL mode by default, or the
 * PostgreSQL named by {@code LIAISON_TEST_PG} (a JDBC URL; environment variable or system property),
 * where a fresh schema is made for each run so that runs never see each other's data.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static String postgresUrl() {
		String url = System.getenv("LIAISON_TEST_PG");
		if (url == null || url.isBlank()) {
			url = System.getProperty("liaison.test.pg");
		}
		return url == null || url.isBlank() ? null : url;
	}

	/** A directory of its own for a node's attachment files, under {@code target/}. */
	public static String attachmentDir() {
		return java.nio.file.Path.of("target", "test-attachments", java.util.UUID.randomUUID().toString()).toAbsolutePath().toString();
	}

	public static boolean onPostgres() {
		return postgresUrl() != null;
	}

	private static final java.util.Set<String> MINE = java.util.concurrent.ConcurrentHashMap.newKeySet();

	/** Another suite may be running on the same server: only schemas this old are taken for abandoned. */
	private static final long STALE_AFTER_SECONDS = 6 * 3600;

	private static boolean startedAfter(String schema, long cutoff) {
		String[] parts = schema.split("_");
		try {
			return parts.length == 4 && Long.parseLong(parts[2]) > cutoff;
		}
		catch (NumberFormatException e) {
			return false;
		}
	}

	/** Schemas of earlier runs (the suite's JVM ends without a moment to drop its own). */
	private static void dropEarlierRuns(Connection c) throws SQLException {
		java.util.List<String> old = new java.util.ArrayList<>();
		try (Statement s = c.createStatement();
				var rs = s.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'liaison\\_test\\_%'")) {
			while (rs.next()) {
				old.add(rs.getString(1));
			}
		}
		old.removeAll(MINE);
		long cutoff = System.currentTimeMillis() / 1000 - STALE_AFTER_SECONDS;
		old.removeIf(schema -> startedAfter(schema, cutoff));
		for (String schema : old) {
			try (Statement s = c.createStatement()) {
				s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
			}
		}
	}

	/** The datasource and Flyway properties of a new, empty schema on the PostgreSQL of {@code LIAISON_TEST_PG}. */
	public static Map<String, Object> freshPostgresSchema() {
		String pg = postgresUrl();
		String schema = "liaison_test_" + System.currentTimeMillis() / 1000 + "_" + Long.toHexString(System.nanoTime() & 0xffffff);
		String user = System.getenv().getOrDefault("LIAISON_TEST_PG_USER", "postgres");
		try (Connection c = DriverManager.getConnection(pg, user, System.getenv().getOrDefault("LIAISON_TEST_PG_PASSWORD", ""));
				Statement s = c.createStatement()) {
			dropEarlierRuns(c);
			s.execute("CREATE SCHEMA " + schema);
			MINE.add(schema);
		}
		catch (SQLException e) {
			throw new IllegalStateException("cannot reach the PostgreSQL of LIAISON_TEST_PG", e);
		}
		String sep = pg.contains("?") ? "&" : "?";
		return Map.of("spring.datasource.url", pg + sep + "currentSchema=" + schema, "spring.datasource.username", user,
				"spring.datasource.password", System.getenv().getOrDefault("LIAISON_TEST_PG_PASSWORD", ""),
				"spring.flyway.schemas", schema, "spring.flyway.default-schema", schema);
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String pg = postgresUrl();
		Map<String, Object> props;
		if (pg == null) {
			props = Map.of("spring.datasource.url",
					"jdbc:h2:mem:liaison-" + System.nanoTime()
							+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
					"spring.datasource.username", "sa", "spring.datasource.password", "");
		}
		else {
			props = freshPostgresSchema();
		}
		props = new java.util.HashMap<>(props);
		props.put("liaison.messaging.attachment-dir", attachmentDir());
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("liaison-test-db", props));
	}
}
