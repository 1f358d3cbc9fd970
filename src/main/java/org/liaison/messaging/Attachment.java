package org.liaison.messaging;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.AgencyId;

/**
 * A file uploaded to a case: its name as given, the content type sniffed from its bytes, its size and
 * SHA-256. It belongs to the uploading agency until a message carries it ({@code message} is then set).
 */
public record Attachment(String id, String caseId, @Nullable String message, AgencyId agency, String name,
		String contentType, long size, String sha256, String uploadedBy, Instant uploadedAt) {
}
