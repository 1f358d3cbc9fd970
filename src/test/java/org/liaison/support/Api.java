package org.liaison.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for journey tests: real HTTP against the node on its random port. */
public final class Api {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	public static final ObjectMapper JSON = JsonMapper.builder().build();

	private final String base;
	private final String authorization;

	private Api(String base, String authorization) {
		this.base = base;
		this.authorization = authorization;
	}

	public static Api at(int port) {
		return new Api("http://127.0.0.1:" + port, null);
	}

	public Api as(String username, String password) {
		return new Api(base, "Basic " + Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
	}

	public Api bearer(String token) {
		return new Api(base, "Bearer " + token);
	}

	public Api anonymous() {
		return new Api(base, null);
	}

	/** A response: status, content type and the body parsed as JSON (null when empty or not JSON). */
	public record Response(int status, String contentType, String text, JsonNode json) {

		public String at(String pointer) {
			JsonNode n = json.at(pointer);
			return n.isMissingNode() || n.isNull() ? null : n.asString();
		}
	}

	public Response get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
	}

	public Response post(String path, Object body) {
		String text = body instanceof String s ? s : JSON.writeValueAsString(body);
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(text)));
	}

	public Response postBytes(String path, String contentType, byte[] body) {
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	public Response put(String path, Object body) {
		String text = body instanceof String s ? s : JSON.writeValueAsString(body);
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(text)));
	}

	/** A GET whose body is kept as bytes (downloads), with the response headers. */
	public HttpResponse<byte[]> getBytes(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		try {
			return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public Response delete(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
	}

	private Response send(HttpRequest.Builder request) {
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		try {
			HttpResponse<String> r = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
			String type = r.headers().firstValue("Content-Type").orElse("");
			JsonNode json = null;
			if (type.contains("json") && !r.body().isEmpty()) {
				json = JSON.readTree(r.body());
			}
			return new Response(r.statusCode(), type, r.body(), json == null ? JSON.missingNode() : json);
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
