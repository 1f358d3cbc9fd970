package org.liaison.alerts.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import org.liaison.records.Markings;
import org.liaison.records.PropertyValues;
import org.liaison.treaty.Purpose;
import tools.jackson.databind.JsonNode;

/** The JSON bodies of the alerts API, and their translation into the module's values. */
final class AlertBodies {

	private AlertBodies() {
	}

	record SubjectBody(@NotBlank @Size(max = 40) String schema, @NotNull JsonNode properties) {
	}

	record AlertBody(@NotNull AlertType type, @NotNull @Valid SubjectBody subject, @NotNull RequestedAction action,
			@Nullable Set<@NotNull Purpose> purposes, @Nullable @Size(max = 80) String legalBasis,
			@NotNull LocalDate reviewDate, @NotBlank @Size(max = 40) String expiresAt,
			@NotNull Markings markings, @Nullable @Size(max = 4000) String summary) {

		NewAlert toNewAlert() {
			return new NewAlert(type, subject.schema(), PropertyValues.fromJson(subject.properties(), "subject.properties"), action,
					purposes == null ? Set.of() : purposes, legalBasis, reviewDate, instant(expiresAt),
					markings, summary);
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
}
