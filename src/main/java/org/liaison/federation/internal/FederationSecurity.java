package org.liaison.federation.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Node-to-node endpoints carry no user credentials: an envelope authenticates itself (signature of a
 * pinned peer key, checked by the inbox), and the node document is public by design. Transport
 * security (mutual TLS) is the connector's business ({@code server.ssl.*}).
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class FederationSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain federation(HttpSecurity http) throws Exception {
		return http.securityMatcher("/federation/v1/**", "/federation/v2/**", "/.well-known/liaison-node")
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(c -> c.disable())
			.requestCache(c -> c.disable())
			.authorizeHttpRequests(a -> a.anyRequest().permitAll())
			.build();
	}
}
