package org.liaison.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Builds test data through the public API, with fresh ids so that tests sharing one node never collide.
 * Countries are drawn from a pool of ISO codes per test, so that country-level agreements of one test
 * do not bind the agencies of another.
 */
public final class Fixtures {

	public static final String PASSWORD = "test-password-123";
	private static final String[] COUNTRIES = java.util.Locale.getISOCountries();

	private final Api admin;

	Fixtures(Api admin) {
		this.admin = admin;
	}

	/** Fixtures made through the given administrator, for tests that run nodes of their own. */
	public static Fixtures using(Api admin) {
		return new Fixtures(admin);
	}

	public static String unique(String prefix) {
		return prefix + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
	}

	/** A country code no other test in this run has used (the pool is large enough for a suite). */
	public static synchronized String freshCountry() {
		return COUNTRIES[NEXT.getAndIncrement() % COUNTRIES.length];
	}

	private static final java.util.concurrent.atomic.AtomicInteger NEXT = new java.util.concurrent.atomic.AtomicInteger(
			ThreadLocalRandom.current().nextInt(COUNTRIES.length));

	/** Creates an agency of the given country code (ISO, INT or NGO) and returns its id. */
	public String agency(String country, String kind) {
		String id = country + "." + unique("A");
		Api.Response r = admin.post("/api/v1/agencies", Map.of("id", id, "name", "Agency " + id, "country", country, "kind", kind));
		assertThat(r.status()).as(r.text()).isEqualTo(201);
		return id;
	}

	/** Creates a user of the agency with the roles, password {@link #PASSWORD}, and returns its username. */
	public String user(String agency, String... roles) {
		String username = unique("u").toLowerCase();
		Api.Response r = admin.post("/api/v1/agencies/" + agency + "/users",
				Map.of("username", username, "password", PASSWORD, "roles", List.of(roles)));
		assertThat(r.status()).as(r.text()).isEqualTo(201);
		return username;
	}

	public AgreementSpec agreement(String... parties) {
		return new AgreementSpec(parties);
	}

	/** An agreement in the contract's JSON form, with sensible defaults to override. */
	public final class AgreementSpec {

		public final Map<String, Object> body = new LinkedHashMap<>();

		AgreementSpec(String... parties) {
			body.put("id", unique("AG-"));
			body.put("title", "Test agreement");
			body.put("kind", parties.length == 2 ? "BILATERAL" : "MULTILATERAL");
			body.put("status", "IN_FORCE");
			body.put("validFrom", "2020-01-01");
			body.put("validUntil", null);
			List<Map<String, Object>> ps = new ArrayList<>();
			for (String p : parties) {
				ps.add(Map.of("party", p, "boundFrom", "2020-01-01"));
			}
			body.put("parties", ps);
			body.put("categories", List.of("PERSON"));
			body.put("purposes", List.of("TERRORISM"));
			body.put("maxClassification", "CONFIDENTIAL");
			body.put("onwardTransfer", "FORBIDDEN");
			body.put("retentionDays", 365);
			body.put("articles", List.of(Map.of("number", "5", "text", "The parties exchange information on persons.")));
		}

		public AgreementSpec with(String key, Object value) {
			body.put(key, value);
			return this;
		}

		public String id() {
			return (String) body.get("id");
		}

		public String create() {
			Api.Response r = admin.post("/api/v1/agreements", body);
			assertThat(r.status()).as(r.text()).isEqualTo(201);
			return id();
		}
	}

	/**
	 * An alert body in the contract's JSON form: purpose TERRORISM, review in six months, expiry in a year,
	 * RESTRICTED, TLP:AMBER, H0, B2; change what a test needs with {@code put}.
	 */
	public static Map<String, Object> alert(String type, String schema, Map<String, List<String>> properties, String action,
			String legalBasis) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", type);
		body.put("subject", Map.of("schema", schema, "properties", properties));
		body.put("action", action);
		body.put("purposes", List.of("TERRORISM"));
		body.put("legalBasis", legalBasis);
		body.put("reviewDate", java.time.LocalDate.now().plusMonths(6).toString());
		body.put("expiresAt", java.time.LocalDate.now().plusYears(1).toString());
		body.put("markings", Map.of("classification", "RESTRICTED", "tlp", "AMBER", "handlingCodes", List.of("H0"),
				"sourceReliability", "B", "informationCredibility", "2"));
		return body;
	}

	/** A Person record body, in the contract's JSON form. */
	public static Map<String, Object> person(String name, String tlp, String classification, List<String> handling) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("schema", "Person");
		body.put("properties", Map.of("name", List.of(name), "birthDate", List.of("1980-05-01"), "nationality", List.of("ru")));
		body.put("markings", Map.of("classification", classification, "tlp", tlp, "handlingCodes", handling,
				"sourceReliability", "B", "informationCredibility", "2"));
		body.put("purposes", List.of("TERRORISM"));
		body.put("retentionUntil", java.time.LocalDate.now().plusYears(2).toString());
		return body;
	}
}
