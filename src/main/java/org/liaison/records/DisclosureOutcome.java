package org.liaison.records;

import org.jspecify.annotations.Nullable;
import org.liaison.treaty.DisclosureDecision;

/** The decision on a disclosure and, when permitted, the disclosure stored (or found already stored). */
public record DisclosureOutcome(DisclosureDecision decision, @Nullable Disclosure disclosure, boolean created) {
}
