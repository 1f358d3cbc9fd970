package org.liaison.messaging;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.AgencyId;

/**
 * The agency that opened a case closed it, or added a party ({@code added}): published in that
 * transaction, so that federation carries the case's new state to the nodes hosting its parties.
 */
public record CaseChanged(String caseId, AgencyId owner, List<AgencyId> parties, @Nullable AgencyId added) {

	public CaseChanged {
		parties = List.copyOf(parties);
	}
}
