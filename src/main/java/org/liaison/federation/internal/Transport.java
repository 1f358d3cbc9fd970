package org.liaison.federation.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.liaison.federation.FederationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Posts sealed batches to a peer's {@code /federation/v2/batches}. With
 * {@code liaison.federation.ssl-bundle} the client presents that bundle's certificate and trusts only
 * its trust store (mutual TLS); plain http is refused unless the development flag allows it.
 */
@Component
public class Transport {

	/** What the peer said of one envelope. */
	record Result(String id, String outcome, String reason, String detail) {
	}

	/** The peer could not be reached, or did not answer as a node does; the message says why. */
	public static class Unreachable extends Exception {
		Unreachable(String message) {
			super(message);
		}
	}

	private final HttpClient http;
	private final ObjectMapper json;
	private final FederationProperties properties;

	Transport(ObjectMapper json, FederationProperties properties, SslBundles bundles) {
		this.json = json;
		this.properties = properties;
		HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(properties.timeout()).version(HttpClient.Version.HTTP_1_1);
		if (properties.sslBundle() != null && !properties.sslBundle().isBlank()) {
			b.sslContext(bundles.getBundle(properties.sslBundle()).createSslContext());
		}
		this.http = b.build();
	}

	/** What the peer said of a batch: refused as a whole ({@code rejected}), or one result per message. */
	record Answer(@Nullable Result rejected, List<Result> results) {
	}

	/** Posts one sealed batch (wire format 2). */
	Answer send(URI baseUrl, String batch) throws Unreachable {
		if (!"https".equals(baseUrl.getScheme()) && !properties.allowPlainHttp()) {
			throw new Unreachable("plain http refused: the peer must be reached over https");
		}
		HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve("/federation/v2/batches"))
			.timeout(properties.timeout())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("batch", batch))))
			.build();
		HttpResponse<String> response;
		try {
			response = http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new Unreachable(why(e));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new Unreachable("interrupted");
		}
		if (response.statusCode() != 200) {
			throw new Unreachable("peer answered HTTP " + response.statusCode());
		}
		try {
			JsonNode answer = json.readTree(response.body());
			List<Result> results = new ArrayList<>();
			for (JsonNode r : answer.path("results")) {
				results.add(result(r));
			}
			JsonNode rejected = answer.path("rejected");
			return new Answer(rejected.isObject() ? result(rejected) : null, results);
		}
		catch (RuntimeException e) {
			throw new Unreachable("peer answered something that is not a result list");
		}
	}

	private static Result result(JsonNode r) {
		return new Result(r.path("id").asString(""), r.path("outcome").asString(""), r.path("reason").asString(""),
				r.path("detail").asString(""));
	}

	/**
	 * Why a request failed, in words for the outbox: a TLS refusal (an expired certificate, one of a CA
	 * not trusted, or none) names the handshake and its cause, so that an administrator sees it is not
	 * the network.
	 */
	static String why(IOException e) {
		Throwable tls = e;
		while (tls != null && !(tls instanceof javax.net.ssl.SSLException)) {
			tls = tls.getCause();
		}
		if (tls != null) {
			Throwable root = tls;
			while (root.getCause() != null) {
				root = root.getCause();
			}
			String because = tls.getMessage() == null ? tls.getClass().getSimpleName() : tls.getMessage();
			if (root != tls && root.getMessage() != null && !because.contains(root.getMessage())) {
				because += " (" + root.getMessage() + ")";
			}
			return "TLS handshake with the peer failed: " + because;
		}
		return "peer unreachable: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
	}

	/**
	 * Posts a JSON body to a peer's path, answering asynchronously; the future fails with an
	 * {@link java.net.http.HttpTimeoutException} when no answer came within {@code timeout}.
	 */
	java.util.concurrent.CompletableFuture<HttpResponse<String>> postAsync(URI baseUrl, String path, Object body,
			java.time.Duration timeout) {
		if (!"https".equals(baseUrl.getScheme()) && !properties.allowPlainHttp()) {
			return java.util.concurrent.CompletableFuture
				.failedFuture(new Unreachable("plain http refused: the peer must be reached over https"));
		}
		HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve(path))
			.timeout(timeout)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
			.build();
		return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
	}

	/** A peer's published node document ({@code /.well-known/liaison-node}). */
	public JsonNode nodeDocument(URI baseUrl) throws Unreachable {
		if (!"https".equals(baseUrl.getScheme()) && !properties.allowPlainHttp()) {
			throw new Unreachable("plain http refused: the peer must be reached over https");
		}
		try {
			HttpResponse<String> r = http.send(HttpRequest.newBuilder(baseUrl.resolve("/.well-known/liaison-node"))
				.timeout(properties.timeout()).GET().build(), HttpResponse.BodyHandlers.ofString());
			if (r.statusCode() != 200) {
				throw new Unreachable("peer answered HTTP " + r.statusCode());
			}
			return json.readTree(r.body());
		}
		catch (IOException | RuntimeException e) {
			throw new Unreachable("cannot read the peer's node document: " + e.getClass().getSimpleName());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new Unreachable("interrupted");
		}
	}
}
