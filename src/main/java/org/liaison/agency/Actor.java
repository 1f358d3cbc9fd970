package org.liaison.agency;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.liaison.common.Problem;

/**
 * The authenticated user on whose behalf a call runs: a username, the agency it acts for (none only
 * for a node administrator without an agency) and its roles.
 */
public record Actor(String username, @Nullable AgencyId agency, Set<Role> roles) {

	public Actor {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	/** Returns normally when the actor holds one of the roles, throws a 403 problem otherwise. */
	public void require(Role... anyOf) {
		for (Role role : anyOf) {
			if (roles.contains(role)) {
				return;
			}
		}
		throw Problem.forbidden("this action needs one of the roles " + java.util.Arrays.toString(anyOf));
	}

	/** The agency the actor acts for; a 403 problem when it acts for none. */
	public AgencyId requireAgency() {
		if (agency == null) {
			throw Problem.forbidden("this action needs a user acting for an agency");
		}
		return agency;
	}

	public String agencyOrNode() {
		return agency == null ? "NODE" : agency.value();
	}
}
