package org.liaison.treaty;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Agency;
import org.liaison.agency.AgencyId;
import org.liaison.agency.CountryCode;

/**
 * A party to an agreement: a country code, {@code INT}, {@code NGO}, or a single agency id; bound from
 * the day it ratified or acceded, until the day it withdrew (exclusive), if it did.
 */
public record Party(String party, LocalDate boundFrom, @Nullable LocalDate boundUntil) {

	public Party {
		Objects.requireNonNull(party, "party");
		Objects.requireNonNull(boundFrom, "boundFrom");
		if (!isCountryLevel(party) && !AgencyId.isWellFormed(party)) {
			throw new IllegalArgumentException("a party is a country code, INT, NGO or an agency id");
		}
		if (boundUntil != null && !boundUntil.isAfter(boundFrom)) {
			throw new IllegalArgumentException("boundUntil must be after boundFrom");
		}
	}

	private static boolean isCountryLevel(String party) {
		try {
			return CountryCode.of(party).value().equals(party);
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	/** Whether this party is a single agency rather than a whole country or community. */
	public boolean namesAgency() {
		return party.indexOf('.') > 0;
	}

	/** Whether the agency is this party (or belongs to the country or community it names). */
	public boolean includes(Agency agency) {
		return namesAgency() ? party.equals(agency.id().value()) : party.equals(agency.country().value());
	}

	/** Whether the party is bound on the given day. */
	public boolean isBoundOn(LocalDate day) {
		return !day.isBefore(boundFrom) && (boundUntil == null || day.isBefore(boundUntil));
	}
}
