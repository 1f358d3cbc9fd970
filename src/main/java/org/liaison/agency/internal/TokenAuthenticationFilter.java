package org.liaison.agency.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer lia_...}; a bad token is audited and answered 401. */
class TokenAuthenticationFilter extends OncePerRequestFilter {

	private final TokenSessions sessions;
	private final AuditLog audit;
	private final ProblemResponses problems;

	TokenAuthenticationFilter(TokenSessions sessions, AuditLog audit, ProblemResponses problems) {
		this.sessions = sessions;
		this.audit = audit;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		var actor = sessions.authenticate(header.substring(7).trim());
		if (actor.isEmpty()) {
			audit.appendIndependently(AuditEvent.of("unknown", "NODE", "login.failure").subject("token", "")
				.outcome("DENIED")
				.detail("reason", "bad-token"));
			problems.write(response, 401, "unauthenticated", "Unauthenticated", "the bearer token is not valid");
			return;
		}
		LiaisonPrincipal principal = new LiaisonPrincipal(actor.get());
		var auth = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities());
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(auth);
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
