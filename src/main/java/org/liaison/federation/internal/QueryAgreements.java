package org.liaison.federation.internal;

import java.time.LocalDate;
import java.util.Collection;

import org.liaison.agency.Agencies;
import org.liaison.agency.Agency;
import org.liaison.agency.AgencyId;
import org.liaison.treaty.Agreement;
import org.liaison.treaty.AgreementIndex;
import org.liaison.treaty.Agreements;
import org.liaison.treaty.Category;
import org.springframework.stereotype.Component;

/**
 * Whether an agency may query the alerts of others across nodes: some agreement in force today binds
 * the asker and one of the owners and covers the category screened. Both ends ask it, each of its own
 * copy of the agreements: the asker to choose the peers it asks, the peer to refuse a request its copy
 * does not permit. What each hit may reveal is still the disclosure decision's, alert by alert.
 */
@Component
class QueryAgreements {

	private final Agreements agreements;
	private final Agencies agencies;

	QueryAgreements(Agreements agreements, Agencies agencies) {
		this.agreements = agreements;
		this.agencies = agencies;
	}

	boolean permits(AgencyId asker, Collection<AgencyId> owners, Category category) {
		Agency to = agencies.find(asker).orElse(null);
		if (to == null) {
			return false;
		}
		LocalDate today = agreements.today();
		AgreementIndex index = agreements.index();
		for (AgencyId id : owners) {
			Agency from = agencies.find(id).orElse(null);
			if (from != null && index.naming(from, to).stream().anyMatch(a -> covers(a, from, to, category, today))) {
				return true;
			}
		}
		return false;
	}

	private static boolean covers(Agreement a, Agency from, Agency to, Category category, LocalDate day) {
		return a.isInForceOn(day) && a.binds(from, day) && a.binds(to, day) && a.categories().contains(category);
	}
}
