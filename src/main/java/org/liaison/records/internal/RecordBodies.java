package org.liaison.records.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.liaison.common.Problem;
import org.liaison.records.InformationCredibility;
import org.liaison.records.Markings;
import org.liaison.records.NewRecord;
import org.liaison.records.SourceReliability;
import org.liaison.treaty.Category;
import org.liaison.treaty.Classification;
import org.liaison.treaty.DisclosureItem;
import org.liaison.treaty.HandlingCode;
import org.liaison.treaty.Purpose;
import org.liaison.treaty.Tlp;
import tools.jackson.databind.JsonNode;

/** The JSON bodies of the records API, and their translation into the module's values. */
final class RecordBodies {

	private RecordBodies() {
	}

	record MarkingsBody(@NotNull Classification classification, @NotNull Tlp tlp,
			@Nullable Set<@NotNull HandlingCode> handlingCodes, @Nullable String handlingNote,
			@Nullable SourceReliability sourceReliability, @Nullable InformationCredibility informationCredibility) {

		Markings toMarkings() {
			try {
				return new Markings(classification, tlp, handlingCodes == null ? Set.of() : handlingCodes, handlingNote,
						sourceReliability == null ? SourceReliability.X : sourceReliability,
						informationCredibility == null ? InformationCredibility.FOUR : informationCredibility);
			}
			catch (IllegalArgumentException e) {
				throw Problem.invalid("markings", e.getMessage());
			}
		}
	}

	record RecordBody(@NotBlank @Size(max = 40) String schema, @NotNull JsonNode properties,
			@NotNull @Valid MarkingsBody markings, @Nullable Set<@NotNull Purpose> purposes,
			@Nullable LocalDate retentionUntil, @Nullable @Size(max = 80) String legalBasis, @Nullable String originator) {

		NewRecord toNewRecord() {
			return new NewRecord(schema, RecordBodies.properties(properties), markings.toMarkings(),
					purposes == null ? Set.of() : purposes, retentionUntil, legalBasis);
		}
	}

	record DisclosureBody(@NotBlank String to, @NotNull Purpose purpose) {
	}

	record ConsentBody(@NotBlank String to, @NotNull Purpose purpose, @Nullable String reason) {
	}

	record ReasonBody(@Nullable String reason) {
	}

	record DryRunBody(@com.fasterxml.jackson.annotation.JsonAlias({ "recordId", "item" }) @Nullable String record, @Nullable Category category, @Nullable @Valid MarkingsBody markings,
			@Nullable String from, @NotBlank String to, @NotNull Purpose purpose, @Nullable LocalDate at,
			@Nullable LocalDate retentionUntil) {

		@Nullable DisclosureItem hypothetical(String originator) {
			if (record != null) {
				return null;
			}
			if (category == null || markings == null) {
				throw Problem.invalid("category", "give a record id, or a category and markings");
			}
			Markings m = markings.toMarkings();
			return DisclosureItem.original(category, m.classification(), m.tlp(), m.handlingCodes(),
					org.liaison.agency.AgencyId.of(originator), retentionUntil);
		}
	}

	/** FollowTheMoney style: every property a list of strings; a single string is taken as a list of one. */
	static Map<String, List<String>> properties(JsonNode node) {
		if (!node.isObject()) {
			throw Problem.invalid("properties", "properties must be an object of string lists");
		}
		Map<String, List<String>> out = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> e : node.properties()) {
			String field = "properties." + e.getKey();
			JsonNode value = e.getValue();
			List<String> values = new ArrayList<>();
			if (value.isString()) {
				values.add(value.asString());
			}
			else if (value.isArray()) {
				for (JsonNode v : value) {
					if (!v.isString()) {
						throw Problem.invalid(field, "'" + field + "' must hold strings");
					}
					values.add(v.asString());
				}
			}
			else {
				throw Problem.invalid(field, "'" + field + "' must be a list of strings");
			}
			out.put(e.getKey(), values);
		}
		return out;
	}
}
