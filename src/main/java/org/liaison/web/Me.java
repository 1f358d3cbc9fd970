package org.liaison.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.agency.AgencyId;
import org.liaison.agency.Role;

/** The signed-in user as the pages show it, and what its roles let the navigation offer. */
record Me(String username, @Nullable AgencyId agency, @Nullable String agencyName, List<Role> roles) {

	static Me of(Actor actor, @Nullable String agencyName) {
		return new Me(actor.username(), actor.agency(), agencyName, actor.roles().stream().sorted().toList());
	}

	/** Creates, reads and shares records: an officer (or NGO member) acting for an agency. */
	public boolean handlesRecords() {
		return agency != null && (roles.contains(Role.OFFICER) || roles.contains(Role.NGO_MEMBER));
	}

	/** Screens, issues and withdraws alerts, answers follow-ups: an OFFICER acting for an agency. */
	public boolean officer() {
		return agency != null && roles.contains(Role.OFFICER);
	}

	/** Reviews alerts before publication. */
	public boolean reviewer() {
		return agency != null && roles.contains(Role.REVIEWER);
	}

	public boolean nodeAdmin() {
		return roles.contains(Role.NODE_ADMIN);
	}

	public boolean treatyAdmin() {
		return roles.contains(Role.NODE_ADMIN) || roles.contains(Role.TREATY_ADMIN);
	}

	public boolean auditor() {
		return roles.contains(Role.AUDITOR);
	}
}
