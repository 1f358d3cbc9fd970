package org.liaison.treaty;

import java.time.LocalDate;
import java.util.Objects;

import org.liaison.agency.Agency;

/** The question {@code decide(item, from, to, purpose, at)}. */
public record DisclosureRequest(DisclosureItem item, Agency from, Agency to, Purpose purpose, LocalDate at) {

	public DisclosureRequest {
		Objects.requireNonNull(item, "item");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(purpose, "purpose");
		Objects.requireNonNull(at, "at");
	}

	public boolean isOnwardTransfer() {
		return !from.id().equals(item.originator());
	}
}
