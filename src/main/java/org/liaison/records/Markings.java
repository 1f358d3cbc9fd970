package org.liaison.records;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.liaison.treaty.Classification;
import org.liaison.treaty.HandlingCode;
import org.liaison.treaty.Tlp;

/**
 * The markings every record carries: classification, TLP 2.0, handling codes (H3 with its restriction
 * in words), and the 4x4 evaluation.
 */
public record Markings(Classification classification, Tlp tlp, Set<HandlingCode> handlingCodes,
		@Nullable String handlingNote, SourceReliability sourceReliability,
		InformationCredibility informationCredibility) {

	public Markings {
		Objects.requireNonNull(classification, "classification");
		Objects.requireNonNull(tlp, "tlp");
		Objects.requireNonNull(sourceReliability, "sourceReliability");
		Objects.requireNonNull(informationCredibility, "informationCredibility");
		handlingCodes = handlingCodes == null || handlingCodes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(handlingCodes));
		handlingNote = handlingNote == null || handlingNote.isBlank() ? null : handlingNote.strip();
		if (handlingCodes.contains(HandlingCode.H3) && handlingNote == null) {
			throw new IllegalArgumentException("handling code H3 needs its restriction stated in handlingNote");
		}
		if (handlingNote != null && handlingNote.length() > 1000) {
			throw new IllegalArgumentException("handlingNote has at most 1000 characters");
		}
	}

	/**
	 * Markings as API clients send them: classification and TLP are required; no handling codes by
	 * default, and an evaluation of X4 (cannot be assessed, not corroborated) when none is given.
	 */
	@com.fasterxml.jackson.annotation.JsonCreator
	public static Markings of(@com.fasterxml.jackson.annotation.JsonProperty("classification") @Nullable Classification classification,
			@com.fasterxml.jackson.annotation.JsonProperty("tlp") @Nullable Tlp tlp,
			@com.fasterxml.jackson.annotation.JsonProperty("handlingCodes") @Nullable Set<HandlingCode> handlingCodes,
			@com.fasterxml.jackson.annotation.JsonProperty("handlingNote") @Nullable String handlingNote,
			@com.fasterxml.jackson.annotation.JsonProperty("sourceReliability") @Nullable SourceReliability sourceReliability,
			@com.fasterxml.jackson.annotation.JsonProperty("informationCredibility") @Nullable InformationCredibility informationCredibility) {
		if (classification == null || tlp == null) {
			throw new IllegalArgumentException("markings need a classification and a TLP label");
		}
		if (handlingCodes != null && handlingCodes.contains(null)) {
			throw new IllegalArgumentException("a handling code is missing");
		}
		return new Markings(classification, tlp, handlingCodes == null ? Set.of() : handlingCodes, handlingNote,
				sourceReliability == null ? SourceReliability.X : sourceReliability,
				informationCredibility == null ? InformationCredibility.FOUR : informationCredibility);
	}

	/** The 4x4 evaluation as officers write it, for example {@code B2}. */
	public String evaluation() {
		return sourceReliability.name() + informationCredibility.code();
	}
}
