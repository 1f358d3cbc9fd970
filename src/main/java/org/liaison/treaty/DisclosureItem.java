package org.liaison.treaty;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.AgencyId;

/**
 * What the decision needs to know about the information leaving: its category and markings, who
 * originated it, until when it may be kept, and (when the sender is not the originator) how the sender
 * holds it.
 */
public record DisclosureItem(Category category, Classification classification, Tlp tlp,
		Set<HandlingCode> handlingCodes, AgencyId originator, @Nullable LocalDate retentionUntil,
		@Nullable Holding holding) {

	public DisclosureItem {
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(classification, "classification");
		Objects.requireNonNull(tlp, "tlp");
		Objects.requireNonNull(originator, "originator");
		// In the enum's order: obligations and explanations list the codes, and Set.copyOf's iteration order
		// changes from one JVM to the next, which would make the same decision read differently on each node.
		handlingCodes = handlingCodes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(handlingCodes));
	}

	/** An item as its originator holds it. */
	public static DisclosureItem original(Category category, Classification classification, Tlp tlp,
			Set<HandlingCode> handlingCodes, AgencyId originator, @Nullable LocalDate retentionUntil) {
		return new DisclosureItem(category, classification, tlp, handlingCodes, originator, retentionUntil, null);
	}

	public DisclosureItem heldThrough(Holding holding) {
		return new DisclosureItem(category, classification, tlp, handlingCodes, originator, retentionUntil, holding);
	}
}
