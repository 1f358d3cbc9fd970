package org.liaison.agency.internal;

import org.liaison.audit.AuditLog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Two filter chains. The API ({@code /api/**}) is stateless: HTTP Basic or a bearer token on every
 * call, no session, no cookie, so no CSRF exposure. The console uses a session from the login form,
 * with CSRF protection. Nothing is public but health, the login page, static assets and the API docs.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class SecurityConfiguration {

	private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
			+ "script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

	@Bean
	AuthenticationManager authenticationManager(PasswordAuthentication passwords) {
		return new ProviderManager(passwords);
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, AuthenticationManager authentication, TokenSessions tokens,
			AuditLog audit, ProblemResponses problems) throws Exception {
		return http.securityMatcher("/api/**")
			.authenticationManager(authentication)
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(c -> c.disable())
			.requestCache(c -> c.disable())
			.httpBasic(b -> b.realmName("liaison").authenticationEntryPoint((req, res, ex) -> problems.write(res, 401,
					"unauthenticated", "Unauthenticated", "valid credentials are needed: HTTP Basic or a bearer token")))
			.addFilterBefore(new TokenAuthenticationFilter(tokens, audit, problems), BasicAuthenticationFilter.class)
			.exceptionHandling(e -> e
				.authenticationEntryPoint((req, res, ex) -> problems.write(res, 401, "unauthenticated", "Unauthenticated",
						"valid credentials are needed: HTTP Basic or a bearer token"))
				.accessDeniedHandler((req, res, ex) -> problems.write(res, 403, "forbidden", "Forbidden",
						"your roles do not allow this")))
			.authorizeHttpRequests(a -> a.dispatcherTypeMatchers(jakarta.servlet.DispatcherType.ASYNC).permitAll()
				.anyRequest().authenticated())
			.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP)))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain console(HttpSecurity http, AuthenticationManager authentication) throws Exception {
		return http.authenticationManager(authentication)
			.authorizeHttpRequests(a -> a
				// the async dispatch that ends a live stream (SSE) was authorised when the stream began; after a
				// logout it would otherwise fail on a response already committed
				.dispatcherTypeMatchers(jakarta.servlet.DispatcherType.ASYNC).permitAll()
				.requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
				.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
				.anyRequest().authenticated())
			.formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error"))
			.logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP)))
			.build();
	}
}
