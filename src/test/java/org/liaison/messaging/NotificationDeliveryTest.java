package org.liaison.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.support.Api;
import org.liaison.support.Fixtures;
import org.liaison.support.IntegrationTest;
import org.springframework.test.context.TestPropertySource;

/**
 * Notifications reach the console live (Server-Sent Events) and the agency's webhook, signed and retried.
 * The webhook's receiver listens on loopback, which only the development switch allows.
 */
@TestPropertySource(properties = "liaison.messaging.webhook-allow-private-addresses=true")
class NotificationDeliveryTest extends IntegrationTest {

	record Received(String body, String signature, String timestamp, String delivery) {
	}

	MessagingFixture f;
	HttpServer receiver;
	final List<Received> received = new CopyOnWriteArrayList<>();
	final AtomicInteger failuresLeft = new AtomicInteger(1);

	@BeforeEach
	void setUp() throws Exception {
		f = new MessagingFixture(api, fixtures);
		receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		receiver.createContext("/hook", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			received.add(new Received(body, exchange.getRequestHeaders().getFirst("X-Liaison-Signature"),
					exchange.getRequestHeaders().getFirst("X-Liaison-Timestamp"),
					exchange.getRequestHeaders().getFirst("X-Liaison-Delivery")));
			exchange.sendResponseHeaders(failuresLeft.getAndDecrement() > 0 ? 500 : 204, -1);
			exchange.close();
		});
		receiver.start();
	}

	@AfterEach
	void stop() {
		receiver.stop(0);
	}

	@Test
	void webhookIsSignedStoredAndRetriedWithBackoffUntilDelivered() {
		String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
		assertThat(f.frOfficer.put("/api/v1/webhook", Map.of("url", url)).status()).as("the SPOC keeps the webhook").isEqualTo(403);
		assertThat(f.frSpoc.put("/api/v1/webhook", Map.of("url", "file:///etc/passwd")).status()).isEqualTo(400);
		Api.Response set = f.frSpoc.put("/api/v1/webhook", Map.of("url", url));
		assertThat(set.status()).as(set.text()).isEqualTo(200);
		String secret = set.at("/secret");
		assertThat(secret).startsWith("whsec_");
		assertThat(f.frSpoc.get("/api/v1/webhook").at("/secret")).as("the secret is shown once").isNull();

		String caseId = f.open("hook " + Fixtures.unique("S"), MessagingFixture.request("q", false, null)).at("/caseFile/id");

		await(() -> received.size() >= 1, "the first attempt");
		Received first = received.get(0);
		assertThat(first.signature()).isEqualTo("sha256=" + Webhooks.sign(secret, first.timestamp() + "." + first.body()));
		assertThat(first.signature()).isNotEqualTo("sha256=" + Webhooks.sign("another secret", first.timestamp() + "." + first.body()));
		assertThat(first.body()).contains("\"kind\":\"MESSAGE_RECEIVED\"", "\"case\":\"" + caseId + "\"").doesNotContain("\"q\"");
		await(() -> "PENDING".equals(status(first.delivery())) && attempts(first.delivery()) == 1, "the failure recorded");
		Instant next = jdbc.sql("SELECT next_attempt_at FROM msg_webhook_delivery WHERE id = ?").param(first.delivery())
			.query(OffsetDateTime.class).single().toInstant();
		assertThat(Duration.between(Instant.now(), next)).as("retried after the backoff").isBetween(Duration.ofSeconds(5),
				Duration.ofSeconds(11));

		jdbc.sql("UPDATE msg_webhook_delivery SET next_attempt_at = ? WHERE id = ?")
			.params(OffsetDateTime.now().minusSeconds(1), first.delivery()).update();
		await(() -> "DELIVERED".equals(status(first.delivery())), "the retry");
		assertThat(received).hasSize(2);
		assertThat(received.get(1).delivery()).isEqualTo(first.delivery());
		assertThat(received.get(1).body()).isEqualTo(first.body());

		Api.Response deliveries = f.frSpoc.get("/api/v1/webhook/deliveries");
		assertThat(deliveries.at("/0/status")).isEqualTo("DELIVERED");
		assertThat(deliveries.json().at("/0/attempts").asInt()).isEqualTo(2);
		assertThat(deliveries.json().at("/0/lastStatus").asInt()).isEqualTo(204);
		assertThat(f.deOfficer.get("/api/v1/webhook").status()).isEqualTo(403);
	}

	@Test
	void consoleStreamReceivesTheAgencysNotificationsLive() throws Exception {
		String user = jdbc.sql("SELECT username FROM user_account WHERE agency_id = ? AND roles = 'OFFICER'").param(f.fr)
			.query(String.class).single();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/notifications/stream"))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + Fixtures.PASSWORD).getBytes()))
			.header("Accept", "text/event-stream")
			.build();
		HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
		BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
		CompletableFuture<String> event = CompletableFuture.supplyAsync(() -> {
			try {
				String line;
				boolean named = false;
				while ((line = lines.readLine()) != null) {
					if (line.equals("event:notification")) {
						named = true;
					}
					else if (named && line.startsWith("data:")) {
						return line.substring(5);
					}
				}
				return null;
			}
			catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		});
		String caseId = f.open("live " + Fixtures.unique("S"), MessagingFixture.request("q", false, null)).at("/caseFile/id");
		String data = event.get(15, TimeUnit.SECONDS);
		response.body().close();
		assertThat(data).contains("\"kind\":\"MESSAGE_RECEIVED\"", "\"caseId\":\"" + caseId + "\"", "\"agency\":\"" + f.fr + "\"");
	}

	private String status(String delivery) {
		return jdbc.sql("SELECT status FROM msg_webhook_delivery WHERE id = ?").param(delivery).query(String.class).single();
	}

	private int attempts(String delivery) {
		return jdbc.sql("SELECT attempts FROM msg_webhook_delivery WHERE id = ?").param(delivery).query(Integer.class).single();
	}

	private static void await(BooleanSupplier condition, String what) {
		long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > until) {
				throw new AssertionError("timed out waiting for " + what);
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
		}
	}
}
