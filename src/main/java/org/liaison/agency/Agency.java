package org.liaison.agency;

import java.util.Objects;

/** A competent authority hosted on this node or a peer. */
public record Agency(AgencyId id, String name, CountryCode country, AgencyKind kind) {

	public Agency {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(country, "country");
		Objects.requireNonNull(kind, "kind");
		if (!id.country().equals(country)) {
			throw new IllegalArgumentException("agency id " + id + " does not belong to country " + country);
		}
		if ((kind == AgencyKind.NGO) != country.equals(CountryCode.NGO)) {
			throw new IllegalArgumentException("NGOs, and only NGOs, use the party code NGO");
		}
	}

	@com.fasterxml.jackson.annotation.JsonIgnore
	public boolean isNgo() {
		return kind == AgencyKind.NGO;
	}
}
