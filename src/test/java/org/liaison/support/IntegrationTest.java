package org.liaison.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * A journey over real HTTP against a whole node on a random port, on H2 or on the PostgreSQL named by
 * {@code LIAISON_TEST_PG}. Every integration test extends this class unchanged, so that they share one
 * application context; tests keep out of each other's way by making their own agencies and agreements.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "liaison.demo.enabled=false", "liaison.security.admin-password=" + IntegrationTest.ADMIN_PASSWORD,
				"liaison.records.retention-cron=-", "spring.thymeleaf.cache=true" })
@ContextConfiguration(initializers = TestDatabase.class)
public abstract class IntegrationTest {

	public static final String ADMIN_PASSWORD = "admin-password-for-tests";

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcClient jdbc;

	/** The node's audit log; {@code seal()} it before reading {@code audit_entry} with SQL. */
	@Autowired
	protected org.liaison.audit.AuditLog auditLog;

	protected Api api;
	protected Api admin;
	protected Fixtures fixtures;

	@BeforeEach
	void connect() {
		api = Api.at(port);
		admin = api.as("admin", ADMIN_PASSWORD);
		fixtures = new Fixtures(admin);
	}
}
