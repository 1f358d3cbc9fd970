package org.liaison.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.liaison.alerts.AlertType;
import org.liaison.alerts.NewAlert;
import org.liaison.alerts.RequestedAction;
import org.liaison.records.InformationCredibility;
import org.liaison.records.Markings;
import org.liaison.records.SourceReliability;
import org.liaison.treaty.Classification;
import org.liaison.treaty.HandlingCode;
import org.liaison.treaty.Purpose;
import org.liaison.treaty.Tlp;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The issue-an-alert form: the type, the subject's schema and properties (one a line, {@code name=value},
 * as on the record form), the action requested on a hit, purposes, legal basis, review and expiry dates,
 * markings and a summary. The alert expires as its expiry day begins (UTC), as the API's dates do.
 */
record AlertForm(@Nullable AlertType type, @Nullable String schema, @Nullable String properties,
		@Nullable RequestedAction action, @Nullable Set<Purpose> purposes, @Nullable String legalBasis,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate reviewDate,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate expiresAt,
		@Nullable Classification classification, @Nullable Tlp tlp, @Nullable Set<HandlingCode> handlingCodes,
		@Nullable String handlingNote, @Nullable SourceReliability sourceReliability,
		@Nullable InformationCredibility informationCredibility, @Nullable String summary) {

	static final int MAX_SUMMARY = 4000;

	static AlertForm empty(LocalDate today) {
		return new AlertForm(AlertType.WANTED_PERSON, "Person", "", RequestedAction.ARREST, Set.of(), null,
				today.plusMonths(6), today.plusYears(1), Classification.RESTRICTED, Tlp.AMBER, Set.of(), null,
				SourceReliability.X, InformationCredibility.FOUR, null);
	}

	/** The alert the form describes; an {@link IllegalArgumentException} naming what is missing, never a value. */
	NewAlert toNewAlert() {
		if (type == null || action == null) {
			throw new IllegalArgumentException("choose the type of alert and the action requested on a hit");
		}
		if (schema == null || schema.isBlank()) {
			throw new IllegalArgumentException("choose what the alert is about (its schema)");
		}
		if (reviewDate == null || expiresAt == null) {
			throw new IllegalArgumentException("give the review date and the expiry date");
		}
		if (classification == null || tlp == null) {
			throw new IllegalArgumentException("choose a classification and a TLP label");
		}
		if (summary != null && summary.length() > MAX_SUMMARY) {
			throw new IllegalArgumentException("the summary has at most " + MAX_SUMMARY + " characters");
		}
		Markings markings = new Markings(classification, tlp, handlingCodes == null ? Set.of() : handlingCodes,
				blankToNull(handlingNote), sourceReliability == null ? SourceReliability.X : sourceReliability,
				informationCredibility == null ? InformationCredibility.FOUR : informationCredibility);
		return new NewAlert(type, schema, RecordForm.parseProperties(properties), action,
				purposes == null ? Set.of() : purposes, blankToNull(legalBasis), reviewDate,
				expiresAt.atStartOfDay(ZoneOffset.UTC).toInstant(), markings, blankToNull(summary));
	}

	public boolean hasHandling(HandlingCode code) {
		return handlingCodes != null && handlingCodes.contains(code);
	}

	public boolean hasPurpose(Purpose purpose) {
		return purposes != null && purposes.contains(purpose);
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
