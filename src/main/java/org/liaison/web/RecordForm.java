package org.liaison.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.liaison.records.InformationCredibility;
import org.liaison.records.Markings;
import org.liaison.records.NewRecord;
import org.liaison.records.SourceReliability;
import org.liaison.treaty.Classification;
import org.liaison.treaty.HandlingCode;
import org.liaison.treaty.Purpose;
import org.liaison.treaty.Tlp;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The new-record form. Properties are typed one a line, {@code name=Ivan Petrov}; a name given on
 * several lines has several values, as FollowTheMoney's properties do.
 */
record RecordForm(@Nullable String schema, @Nullable String properties, @Nullable Classification classification,
		@Nullable Tlp tlp, @Nullable Set<HandlingCode> handlingCodes, @Nullable String handlingNote,
		@Nullable SourceReliability sourceReliability, @Nullable InformationCredibility informationCredibility,
		@Nullable Set<Purpose> purposes, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate retentionUntil,
		@Nullable String legalBasis) {

	static final int MAX_PROPERTIES_CHARS = 20_000;

	static RecordForm empty() {
		return new RecordForm("Person", "", Classification.RESTRICTED, Tlp.AMBER, Set.of(), null, SourceReliability.X,
				InformationCredibility.FOUR, Set.of(), null, null);
	}

	/** The record the form describes; an {@link IllegalArgumentException} naming what is wrong, never a value. */
	NewRecord toNewRecord() {
		if (schema == null || schema.isBlank()) {
			throw new IllegalArgumentException("choose a schema");
		}
		if (classification == null || tlp == null) {
			throw new IllegalArgumentException("choose a classification and a TLP label");
		}
		Markings markings = new Markings(classification, tlp, handlingCodes == null ? Set.of() : handlingCodes,
				handlingNote, sourceReliability == null ? SourceReliability.X : sourceReliability,
				informationCredibility == null ? InformationCredibility.FOUR : informationCredibility);
		return new NewRecord(schema, parseProperties(), markings, purposes == null ? Set.of() : purposes, retentionUntil,
				legalBasis == null || legalBasis.isBlank() ? null : legalBasis.strip());
	}

	Map<String, List<String>> parseProperties() {
		return parseProperties(properties);
	}

	/** Properties typed one a line, {@code name=value}, as the record and alert forms take them. */
	static Map<String, List<String>> parseProperties(@Nullable String properties) {
		if (properties == null || properties.isBlank()) {
			throw new IllegalArgumentException("give at least one property, one a line: name=value");
		}
		if (properties.length() > MAX_PROPERTIES_CHARS) {
			throw new IllegalArgumentException("the properties have at most " + MAX_PROPERTIES_CHARS + " characters");
		}
		Map<String, List<String>> out = new LinkedHashMap<>();
		int n = 0;
		for (String line : properties.lines().toList()) {
			n++;
			if (line.isBlank()) {
				continue;
			}
			int eq = line.indexOf('=');
			if (eq < 1) {
				throw new IllegalArgumentException("properties, line " + n + ": write name=value");
			}
			out.computeIfAbsent(line.substring(0, eq).strip(), k -> new ArrayList<>()).add(line.substring(eq + 1).strip());
		}
		return out;
	}

	/** Whether an option of a multi-valued field is chosen, for the template. */
	public boolean hasHandling(HandlingCode code) {
		return handlingCodes != null && handlingCodes.contains(code);
	}

	public boolean hasPurpose(Purpose purpose) {
		return purposes != null && purposes.contains(purpose);
	}
}
