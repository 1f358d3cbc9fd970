package org.liaison.agency.internal;

import java.util.Collection;
import java.util.List;

import org.liaison.agency.Actor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** What the security context holds for an authenticated user. */
record LiaisonPrincipal(Actor actor) implements java.security.Principal {

	@Override
	public String getName() {
		return actor.username();
	}

	Collection<GrantedAuthority> authorities() {
		return List.copyOf(actor.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList());
	}
}
