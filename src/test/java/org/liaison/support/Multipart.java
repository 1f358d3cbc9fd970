package org.liaison.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A multipart/form-data body built by hand, for API requests that carry files. */
public final class Multipart {

	private static final String BOUNDARY = "liaison-test-boundary-5d2c";

	/** The Content-Type header of every body built here. */
	public static final String TYPE = "multipart/form-data; boundary=" + BOUNDARY;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	/** Adds a part holding the object as JSON. */
	public Multipart json(String name, Object value) {
		return part("form-data; name=\"" + name + "\"", "application/json", Api.JSON.writeValueAsBytes(value));
	}

	/** Adds a file part. */
	public Multipart file(String name, String fileName, byte[] content) {
		return part("form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"", "application/octet-stream", content);
	}

	public byte[] bytes() {
		byte[] end = ("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] body = out.toByteArray();
		byte[] all = new byte[body.length + end.length];
		System.arraycopy(body, 0, all, 0, body.length);
		System.arraycopy(end, 0, all, body.length, end.length);
		return all;
	}

	private Multipart part(String disposition, String type, byte[] content) {
		out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: " + disposition + "\r\nContent-Type: " + type + "\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII));
		out.writeBytes(content);
		out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
		return this;
	}
}
