package org.liaison.alerts.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import org.liaison.alerts.AlertType;
import org.liaison.alerts.NewAlert;
import org.liaison.alerts.RequestedAction;
import org.liaison.alerts.ReviewDecision;
import org.liaison.common.Problem;
import org.liaison.records.InformationCredibility;
import org.liaison.records.Markings;
import org.liaison.records.SourceReliability;
import org.liaison.treaty.Classification;
import org.liaison.treaty.HandlingCode;
import org.liaison.treaty.Purpose;
import org.liaison.treaty.Tlp;
import tools.jackson.databind.JsonNode;

/** The JSON bodies of the alerts API, and their translation into the module's values. */
final class AlertBodies {

	private AlertBodies() {
	}

	record SubjectBody(@NotBlank @Size(max = 40) String schema, @NotNull JsonNode properties) {
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

	record AlertBody(@NotNull AlertType type, @NotNull @Valid SubjectBody subject, @NotNull RequestedAction action,
			@Nullable Set<@NotNull Purpose> purposes, @Nullable @Size(max = 80) String legalBasis,
			@NotNull LocalDate reviewDate, @NotBlank @Size(max = 40) String expiresAt,
			@NotNull @Valid MarkingsBody markings, @Nullable @Size(max = 4000) String summary) {

		NewAlert toNewAlert() {
			return new NewAlert(type, subject.schema(), properties(subject.properties()), action,
					purposes == null ? Set.of() : purposes, legalBasis, reviewDate, instant(expiresAt),
					markings.toMarkings(), summary);
		}
	}

	record ReviewBody(@NotNull ReviewDecision decision, @Nullable @Size(max = 2000) String reason) {
	}

	/** A date (the alert expires as that day begins, UTC) or a date-time with its offset. */
	static Instant instant(String text) {
		try {
			return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
					: OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeException e) {
			throw Problem.invalid("expiresAt", "expiresAt must be a date (2028-05-01) or a date-time with offset");
		}
	}

	/** FollowTheMoney style: every property a list of strings; a single string is taken as a list of one. */
	static Map<String, List<String>> properties(JsonNode node) {
		if (!node.isObject()) {
			throw Problem.invalid("subject.properties", "properties must be an object of string lists");
		}
		Map<String, List<String>> out = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> e : node.properties()) {
			String field = "subject.properties." + e.getKey();
			List<String> values = new ArrayList<>();
			if (e.getValue().isString()) {
				values.add(e.getValue().asString());
			}
			else if (e.getValue().isArray()) {
				for (JsonNode v : e.getValue()) {
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
