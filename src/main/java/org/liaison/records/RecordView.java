package org.liaison.records;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jspecify.annotations.Nullable;

/**
 * A record as one agency may see it: the originator sees every disclosure made of it; a recipient
 * sees only the disclosure(s) through which it holds the record, with their obligations.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecordView(@JsonUnwrapped EntityRecord record, @Nullable List<Disclosure> disclosures,
		@Nullable List<Disclosure> receivedThrough) {
}
