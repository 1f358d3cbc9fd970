package org.liaison.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.liaison.support.Api;
import org.liaison.support.Fixtures;

/** Two partner agencies under an agreement, an outsider without one, and officers of each. */
final class MessagingFixture {

	final String de;
	final String fr;
	final String es;
	final Api deOfficer;
	final Api frOfficer;
	final Api frSpoc;
	final Api esOfficer;
	final String agreement;

	MessagingFixture(Api api, Fixtures fixtures) {
		String c1 = Fixtures.freshCountry();
		String c2 = Fixtures.freshCountry();
		String c3 = Fixtures.freshCountry();
		de = fixtures.agency(c1, "POLICE");
		fr = fixtures.agency(c2, "POLICE");
		es = fixtures.agency(c3, "POLICE");
		deOfficer = api.as(fixtures.user(de, "OFFICER"), Fixtures.PASSWORD);
		frOfficer = api.as(fixtures.user(fr, "OFFICER"), Fixtures.PASSWORD);
		frSpoc = api.as(fixtures.user(fr, "OFFICER", "SPOC"), Fixtures.PASSWORD);
		esOfficer = api.as(fixtures.user(es, "OFFICER"), Fixtures.PASSWORD);
		agreement = fixtures.agreement(c1, c2).create();
	}

	static Map<String, Object> request(String body, boolean urgent, String accessibility) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("type", "REQUEST");
		m.put("body", body);
		m.put("urgent", urgent);
		if (accessibility != null) {
			m.put("accessibility", accessibility);
		}
		return m;
	}

	Map<String, Object> caseBody(String subject, List<String> parties, Map<String, Object> message) {
		Map<String, Object> c = new LinkedHashMap<>();
		c.put("subject", subject);
		c.put("parties", parties);
		c.put("category", "PERSON");
		c.put("purpose", "TERRORISM");
		c.put("legalBasis", agreement);
		c.put("priority", "HIGH");
		c.put("classification", "RESTRICTED");
		c.put("tlp", "AMBER");
		c.put("handlingCodes", List.of("H1"));
		c.put("message", message);
		return c;
	}

	/** Opens a case from DE to FR with the message; returns the response (201 expected). */
	Api.Response open(String subject, Map<String, Object> message) {
		Api.Response r = deOfficer.post("/api/v1/cases", caseBody(subject, List.of(fr), message));
		assertThat(r.status()).as(r.text()).isEqualTo(201);
		return r;
	}
}
