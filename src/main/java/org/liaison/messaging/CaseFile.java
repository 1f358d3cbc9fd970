package org.liaison.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.AgencyId;
import org.liaison.treaty.Category;
import org.liaison.treaty.Classification;
import org.liaison.treaty.HandlingCode;
import org.liaison.treaty.Purpose;
import org.liaison.treaty.Tlp;

/**
 * A case: a thread of messages between agencies about one matter, with its legal basis, purpose, the
 * category of data it concerns, and the markings every message in it carries. ("Case" alone would
 * shadow nothing in Java, but reads badly beside {@code switch}.)
 */
public record CaseFile(String id, String reference, String subject, AgencyId owner, Category category, Purpose purpose,
		String legalBasis, Priority priority, Classification classification, Tlp tlp, Set<HandlingCode> handlingCodes,
		@Nullable String handlingNote, CaseStatus status, List<AgencyId> parties, String createdBy, Instant createdAt,
		Instant lastMessageAt, @Nullable String closedBy, @Nullable Instant closedAt, @Nullable String closeReason) {

	public CaseFile {
		handlingCodes = Set.copyOf(handlingCodes);
		parties = List.copyOf(parties);
	}

	/** The markings as the console shows them, for example {@code TLP:AMBER RESTRICTED H1}. */
	public String markingLine() {
		StringBuilder s = new StringBuilder("TLP:").append(tlp.label()).append(' ').append(classification);
		handlingCodes.stream().sorted().forEach(h -> s.append(' ').append(h));
		return s.toString();
	}
}
