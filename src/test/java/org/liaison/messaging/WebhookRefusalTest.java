package org.liaison.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.liaison.support.Api;
import org.liaison.support.Fixtures;
import org.liaison.support.IntegrationTest;

/** A webhook may not point into the node's own network: refused when set, and not called if DNS changes later. */
class WebhookRefusalTest extends IntegrationTest {

	@Test
	void aPrivateOrMetadataAddressIsRefusedWhenSetAndNothingIsStored() {
		MessagingFixture f = new MessagingFixture(api, fixtures);
		for (String url : new String[] { "http://127.0.0.1:8080/hook", "http://169.254.169.254/latest/meta-data/",
				"https://10.0.0.7/hook", "http://[::1]/hook", "http://localhost/hook" }) {
			Api.Response r = f.frSpoc.put("/api/v1/webhook", Map.of("url", url));
			assertThat(r.status()).as(url).isEqualTo(400);
			assertThat(r.at("/type")).isEqualTo("urn:liaison:problem:webhook-address-refused");
			assertThat(r.at("/field")).isEqualTo("url");
		}
		assertThat(jdbc.sql("SELECT COUNT(*) FROM msg_webhook WHERE agency = ?").param(f.fr).query(Long.class).single()).isZero();
	}

	@Test
	void aWebhookWhoseAddressTurnedPrivateIsNotCalledAndTheAttemptSaysWhy() throws Exception {
		MessagingFixture f = new MessagingFixture(api, fixtures);
		AtomicInteger calls = new AtomicInteger();
		HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		receiver.createContext("/hook", exchange -> {
			calls.incrementAndGet();
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		receiver.start();
		try {
			// as if the host had resolved to a public address when it was set
			jdbc.sql("INSERT INTO msg_webhook (agency, url, secret, created_by, created_at) VALUES (?, ?, ?, ?, ?)")
				.params(f.fr, "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", "whsec_test", "spoc",
						OffsetDateTime.now())
				.update();
			f.open("hook " + Fixtures.unique("S"), MessagingFixture.request("q", false, null));
			long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
			while (attempts(f.fr) == 0 && System.nanoTime() < until) {
				Thread.sleep(100);
			}
			assertThat(attempts(f.fr)).isEqualTo(1);
			assertThat(f.frSpoc.get("/api/v1/webhook/deliveries").at("/0/lastError")).startsWith("address refused");
			assertThat(f.frSpoc.get("/api/v1/webhook/deliveries").at("/0/status")).isEqualTo("PENDING");
			assertThat(calls.get()).isZero();
		}
		finally {
			receiver.stop(0);
		}
	}

	private int attempts(String agency) {
		return jdbc.sql("SELECT COALESCE(MAX(attempts), 0) FROM msg_webhook_delivery WHERE agency = ?").param(agency)
			.query(Integer.class).single();
	}
}
