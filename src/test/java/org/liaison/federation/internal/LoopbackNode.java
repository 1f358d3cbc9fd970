package org.liaison.federation.internal;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.liaison.LiaisonApplication;
import org.liaison.support.Api;
import org.liaison.support.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real node on a loopback port (plain http under the development flag) with its own database (an
 * in-memory H2 unless a JDBC URL is given) and keys, that can be stopped and started again on the same
 * port and database.
 */
final class LoopbackNode {

	static final String ADMIN_PASSWORD = "admin-password-for-tests";

	final String id;
	final int port;
	final String url;
	final String user;
	final String password;
	final Map<String, Object> extra = new HashMap<>();
	ConfigurableApplicationContext context;

	LoopbackNode(String id) throws IOException {
		this(id, "jdbc:h2:mem:fed-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa", "");
	}

	LoopbackNode(String id, String url, String user, String password) throws IOException {
		this.id = id;
		this.url = url;
		this.user = user;
		this.password = password;
		try (ServerSocket s = new ServerSocket(0)) {
			this.port = s.getLocalPort();
		}
	}

	/**
	 * A node on the suite's database: a fresh schema of the PostgreSQL named by {@code LIAISON_TEST_PG}
	 * when it is set, else its own in-memory H2.
	 */
	static LoopbackNode onSuiteDatabase(String id) throws IOException {
		LoopbackNode node = new LoopbackNode(id);
		if (org.liaison.support.TestDatabase.onPostgres()) {
			org.liaison.support.TestDatabase.freshPostgresSchema().forEach(node::with);
		}
		return node;
	}

	LoopbackNode with(String property, Object value) {
		extra.put(property, value);
		return this;
	}

	void start() {
		Map<String, Object> p = new HashMap<>();
		p.put("server.port", port);
		p.put("server.address", "127.0.0.1");
		p.put("liaison.demo.enabled", false);
		p.put("liaison.security.admin-password", ADMIN_PASSWORD);
		p.put("liaison.records.retention-cron", "-");
		p.put("liaison.alerts.expiry-cron", "-");
		p.put("spring.thymeleaf.cache", true);
		p.put("liaison.federation.node-id", id);
		p.put("liaison.federation.key-password", "key-password-of-" + id);
		p.put("liaison.federation.allow-plain-http", true);
		p.put("liaison.federation.backoff-base", "PT0.1S");
		p.put("liaison.federation.backoff-max", "PT0.4S");
		p.put("liaison.federation.dispatch-interval", "PT0.05S");
		// with 0.4 s between attempts, the default 12 would make messages dead letters while a slow
		// machine is still queuing the next ones; refusals (the mismatch test) still go dead at once
		p.put("liaison.federation.max-attempts", 500);
		p.put("spring.datasource.url", url);
		p.put("spring.datasource.username", user);
		p.put("spring.datasource.password", password);
		p.put("spring.datasource.hikari.maximum-pool-size", 4);
		p.put("liaison.messaging.attachment-dir", TestDatabase.attachmentDir());
		p.putAll(extra);
		// as arguments: they must win over application.properties, as an operator's would
		context = new SpringApplicationBuilder(LiaisonApplication.class)
			.run(p.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
	}

	void stop() {
		if (context != null) {
			context.close();
			context = null;
		}
	}

	Api admin() {
		return Api.at(port).as("admin", ADMIN_PASSWORD);
	}

	<T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	JdbcClient jdbc() {
		return bean(JdbcClient.class);
	}
}
