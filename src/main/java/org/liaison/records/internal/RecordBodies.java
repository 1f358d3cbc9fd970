package org.liaison.records.internal;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.liaison.common.Problem;
import org.liaison.records.Markings;
import org.liaison.records.PropertyValues;
import org.liaison.records.NewRecord;
import org.liaison.treaty.Category;
import org.liaison.treaty.DisclosureItem;
import org.liaison.treaty.Purpose;
import tools.jackson.databind.JsonNode;

/** The JSON bodies of the records API, and their translation into the module's values. */
final class RecordBodies {

	private RecordBodies() {
	}

	record RecordBody(@NotBlank @Size(max = 40) String schema, @NotNull JsonNode properties,
			@NotNull Markings markings, @Nullable Set<@NotNull Purpose> purposes,
			@Nullable LocalDate retentionUntil, @Nullable @Size(max = 80) String legalBasis, @Nullable String originator) {

		NewRecord toNewRecord() {
			return new NewRecord(schema, PropertyValues.fromJson(properties, "properties"), markings,
					purposes == null ? Set.of() : purposes, retentionUntil, legalBasis);
		}
	}

	record DisclosureBody(@NotBlank String to, @NotNull Purpose purpose) {
	}

	record ConsentBody(@NotBlank String to, @NotNull Purpose purpose, @Nullable String reason) {
	}

	record ReasonBody(@Nullable String reason) {
	}

	record DryRunBody(@com.fasterxml.jackson.annotation.JsonAlias({ "recordId", "item" }) @Nullable String record, @Nullable Category category, @Nullable Markings markings,
			@Nullable String from, @NotBlank String to, @NotNull Purpose purpose, @Nullable LocalDate at,
			@Nullable LocalDate retentionUntil) {

		@Nullable DisclosureItem hypothetical(String originator) {
			if (record != null) {
				return null;
			}
			if (category == null || markings == null) {
				throw Problem.invalid("category", "give a record id, or a category and markings");
			}
			Markings m = markings;
			return DisclosureItem.original(category, m.classification(), m.tlp(), m.handlingCodes(),
					org.liaison.agency.AgencyId.of(originator), retentionUntil);
		}
	}
}
