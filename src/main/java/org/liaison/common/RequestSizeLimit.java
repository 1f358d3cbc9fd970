package org.liaison.common;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API bodies over {@code liaison.api.max-body-bytes} with a 413 problem before anything reads
 * them. Bodies without a length are refused too, so that a chunked stream cannot slip past the limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

	private final long maxBytes;

	RequestSizeLimit(@Value("${liaison.api.max-body-bytes:262144}") long maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		boolean chunked = "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
		if (length > maxBytes || (chunked && length < 0 && !allowsStreaming(request))) {
			response.setStatus(413);
			response.setContentType("application/problem+json");
			response.getWriter().write("{\"type\":\"urn:liaison:problem:body-too-large\",\"title\":\"Payload too large\","
					+ "\"status\":413,\"detail\":\"the request body exceeds " + maxBytes + " bytes\"}");
			return;
		}
		chain.doFilter(request, response);
	}

	/** Streaming endpoints (batches) declare their own limits; none exist in this module yet. */
	private boolean allowsStreaming(HttpServletRequest request) {
		return request.getContentType() != null && request.getContentType().startsWith("application/x-ndjson");
	}
}
