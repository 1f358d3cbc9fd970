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
 * Batches ({@code application/x-ndjson}) may be larger, up to {@code liaison.api.max-batch-bytes}, and
 * may be chunked: the batch endpoints count what they read against their own limits. Other routes with
 * larger bodies (attachments) declare a {@link BodyLimit}, and count what they read in the same way.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

	private final long maxBytes;
	private final long maxBatchBytes;
	private final java.util.List<BodyLimit> routes;

	RequestSizeLimit(@Value("${liaison.api.max-body-bytes:262144}") long maxBytes,
			@Value("${liaison.api.max-batch-bytes:16777216}") long maxBatchBytes,
			org.springframework.beans.factory.ObjectProvider<BodyLimit> routes) {
		this.maxBytes = maxBytes;
		this.maxBatchBytes = maxBatchBytes;
		this.routes = routes.orderedStream().toList();
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
		long routeLimit = routeLimit(request);
		boolean streaming = routeLimit >= 0 || allowsStreaming(request);
		long limit = routeLimit >= 0 ? routeLimit : streaming ? maxBatchBytes : maxBytes;
		if (length > limit || (chunked && length < 0 && !streaming)) {
			response.setStatus(413);
			response.setContentType("application/problem+json");
			response.getWriter().write("{\"type\":\"urn:liaison:problem:body-too-large\",\"title\":\"Payload too large\","
					+ "\"status\":413,\"detail\":\"the request body exceeds " + limit + " bytes\"}");
			return;
		}
		chain.doFilter(request, response);
	}

	private long routeLimit(HttpServletRequest request) {
		for (BodyLimit route : routes) {
			long limit = route.maxBytes(request);
			if (limit >= 0) {
				return limit;
			}
		}
		return -1;
	}

	/** Streaming endpoints (batches) count what they read against their own limits. */
	private boolean allowsStreaming(HttpServletRequest request) {
		return request.getContentType() != null && request.getContentType().startsWith("application/x-ndjson");
	}
}
