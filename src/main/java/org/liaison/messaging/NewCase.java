package org.liaison.messaging;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.liaison.treaty.Category;
import org.liaison.treaty.Classification;
import org.liaison.treaty.HandlingCode;
import org.liaison.treaty.Purpose;
import org.liaison.treaty.Tlp;

/** A case to open, with the agencies it is opened with and its first message. */
public record NewCase(String subject, List<String> parties, Category category, Purpose purpose, String legalBasis,
		Priority priority, Classification classification, Tlp tlp, Set<HandlingCode> handlingCodes,
		@Nullable String handlingNote, NewMessage message) {

	public NewCase {
		parties = parties == null ? List.of() : List.copyOf(parties);
		handlingCodes = handlingCodes == null ? Set.of() : Set.copyOf(handlingCodes);
	}
}
