package org.liaison.common;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A failure that the API reports as an RFC 9457 problem detail with a stable {@code type}
 * ({@code urn:liaison:problem:<slug>}). The detail never carries personal data or stack traces.
 */
public class Problem extends RuntimeException {

	private final HttpStatus status;
	private final String slug;
	private final String title;
	private final Map<String, Object> properties = new LinkedHashMap<>();

	public Problem(HttpStatus status, String slug, String title, String detail) {
		super(detail);
		this.status = status;
		this.slug = slug;
		this.title = title;
	}

	public static Problem badRequest(String slug, String detail) {
		return new Problem(HttpStatus.BAD_REQUEST, slug, "Invalid request", detail);
	}

	public static Problem invalid(String field, String detail) {
		return new Problem(HttpStatus.BAD_REQUEST, "invalid-field", "Invalid request", detail).with("field", field);
	}

	public static Problem notFound(String what) {
		return new Problem(HttpStatus.NOT_FOUND, "not-found", "Not found", what + " not found");
	}

	public static Problem forbidden(String detail) {
		return new Problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail);
	}

	public static Problem conflict(String slug, String detail) {
		return new Problem(HttpStatus.CONFLICT, slug, "Conflict", detail);
	}

	public Problem with(String name, Object value) {
		properties.put(name, value);
		return this;
	}

	public HttpStatus status() {
		return status;
	}

	public String slug() {
		return slug;
	}

	public URI type() {
		return typeOf(slug);
	}

	public static URI typeOf(String slug) {
		return URI.create("urn:liaison:problem:" + slug);
	}

	public ProblemDetail toProblemDetail() {
		ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, getMessage());
		pd.setType(type());
		pd.setTitle(title);
		properties.forEach(pd::setProperty);
		return pd;
	}
}
