package org.liaison.common;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A route whose bodies may be larger than the API's general limit ({@code liaison.api.max-body-bytes}),
 * such as attachment uploads. A module declares one as a bean; {@link RequestSizeLimit} asks each before
 * refusing a body. The route's own endpoint must count what it reads against the limit it declares,
 * because such bodies may also arrive chunked, without a length.
 */
public interface BodyLimit {

	/** The largest body this route accepts, or a negative number when the request is not one of its routes. */
	long maxBytes(HttpServletRequest request);
}
