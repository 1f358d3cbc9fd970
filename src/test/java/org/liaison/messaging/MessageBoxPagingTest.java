package org.liaison.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.support.Api;
import org.liaison.support.Fixtures;
import org.liaison.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** Inbox and outbox pages follow cursors (Link headers), not offsets: every line once, in order, both ways. */
class MessageBoxPagingTest extends IntegrationTest {

	private static final Pattern LINK = Pattern.compile("<([^>]+)>; rel=\"(next|prev)\"");

	MessagingFixture f;

	@BeforeEach
	void fiveMessages() {
		f = new MessagingFixture(api, fixtures);
		String caseId = f.open("paging " + Fixtures.unique("S"), Map.of("type", "NOTIFICATION", "body", "first")).at("/caseFile/id");
		for (int i = 2; i <= 5; i++) {
			Api.Response r = f.deOfficer.post("/api/v1/cases/" + caseId + "/messages", Map.of("type", "NOTIFICATION", "body", "n" + i));
			assertThat(r.status()).as(r.text()).isEqualTo(201);
		}
	}

	@Test
	void pagesOfTheInboxFollowTheNextLinkToTheEndAndThePrevLinkBack() {
		List<String> all = ids(f.frOfficer.getBytes("/api/v1/messages?box=inbox&size=50"));
		assertThat(all).hasSize(5);

		HttpResponse<byte[]> first = f.frOfficer.getBytes("/api/v1/messages?box=inbox&size=2");
		assertThat(link(first, "prev")).isNull();
		HttpResponse<byte[]> second = f.frOfficer.getBytes(link(first, "next"));
		HttpResponse<byte[]> third = f.frOfficer.getBytes(link(second, "next"));
		List<String> walked = new ArrayList<>(ids(first));
		walked.addAll(ids(second));
		walked.addAll(ids(third));

		assertThat(walked).isEqualTo(all);
		assertThat(ids(third)).hasSize(1);
		assertThat(link(third, "next")).isNull();
		assertThat(ids(f.frOfficer.getBytes(link(third, "prev")))).isEqualTo(ids(second));
		assertThat(ids(f.frOfficer.getBytes(link(second, "prev")))).isEqualTo(ids(first));
	}

	@Test
	void theOutboxPagesTheSameWay() {
		List<String> all = ids(f.deOfficer.getBytes("/api/v1/messages?box=outbox&size=50"));
		HttpResponse<byte[]> first = f.deOfficer.getBytes("/api/v1/messages?box=outbox&size=3");
		HttpResponse<byte[]> second = f.deOfficer.getBytes(link(first, "next"));

		assertThat(ids(first)).isEqualTo(all.subList(0, 3));
		assertThat(ids(second)).isEqualTo(all.subList(3, 5));
		assertThat(link(second, "next")).isNull();
	}

	@Test
	void aCursorThatIsNotOneIsABadRequest() {
		Api.Response bad = f.frOfficer.get("/api/v1/messages?box=inbox&before=not-a-cursor");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.at("/field")).isEqualTo("before");

		String next = link(f.frOfficer.getBytes("/api/v1/messages?box=inbox&size=2"), "next");
		String cursor = next.replaceAll(".*before=([^&]+).*", "$1");
		Api.Response both = f.frOfficer.get("/api/v1/messages?box=inbox&before=" + cursor + "&after=" + cursor);
		assertThat(both.status()).isEqualTo(400);
		assertThat(both.at("/field")).isEqualTo("after");
	}

	private static List<String> ids(HttpResponse<byte[]> page) {
		assertThat(page.statusCode()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		for (JsonNode line : Api.JSON.readTree(page.body())) {
			ids.add(line.get("id").asString());
		}
		return ids;
	}

	private static String link(HttpResponse<byte[]> page, String rel) {
		Matcher m = LINK.matcher(page.headers().firstValue("Link").orElse(""));
		while (m.find()) {
			if (m.group(2).equals(rel)) {
				return m.group(1);
			}
		}
		return null;
	}
}
