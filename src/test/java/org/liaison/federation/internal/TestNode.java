package org.liaison.federation.internal;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.liaison.LiaisonApplication;
import org.liaison.support.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real node for federation tests: its own in-memory H2 and keys, on a free loopback port, with the
 * timings shortened; {@link #with} adds or overrides properties (TLS bundles, peers file, attempts).
 */
final class TestNode {

	static final String ADMIN_PASSWORD = "admin-password-for-tests";

	final String id;
	final int port;
	final Map<String, Object> properties = new HashMap<>();
	ConfigurableApplicationContext context;

	TestNode(String id) throws IOException {
		this.id = id;
		try (ServerSocket s = new ServerSocket(0)) {
			this.port = s.getLocalPort();
		}
		properties.put("server.port", port);
		properties.put("server.address", "127.0.0.1");
		properties.put("liaison.demo.enabled", false);
		properties.put("liaison.security.admin-password", ADMIN_PASSWORD);
		properties.put("liaison.records.retention-cron", "-");
		properties.put("liaison.alerts.expiry-cron", "-");
		properties.put("liaison.federation.node-id", id);
		properties.put("liaison.federation.key-password", "key-password-of-" + id);
		properties.put("liaison.federation.backoff-base", "PT0.05S");
		properties.put("liaison.federation.backoff-max", "PT0.2S");
		properties.put("liaison.federation.dispatch-interval", "PT0.05S");
		properties.put("spring.datasource.url", "jdbc:h2:mem:fed-" + UUID.randomUUID() + ";MODE=PostgreSQL;"
				+ "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
		properties.put("spring.datasource.username", "sa");
		properties.put("spring.datasource.password", "");
		properties.put("spring.datasource.hikari.maximum-pool-size", 4);
		properties.put("liaison.messaging.attachment-dir", TestDatabase.attachmentDir());
	}

	TestNode with(Map<String, Object> more) {
		properties.putAll(more);
		return this;
	}

	TestNode with(String key, Object value) {
		properties.put(key, value);
		return this;
	}

	TestNode start() {
		// as arguments: they must win over application.properties, as an operator's would
		context = new SpringApplicationBuilder(LiaisonApplication.class)
			.run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
		return this;
	}

	void stop() {
		if (context != null) {
			context.close();
			context = null;
		}
	}

	<T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	JdbcClient jdbc() {
		return bean(JdbcClient.class);
	}
}
