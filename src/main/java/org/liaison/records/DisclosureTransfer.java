package org.liaison.records;

import org.jspecify.annotations.Nullable;
import org.liaison.treaty.Holding;

/**
 * A disclosure crossing to another node: the record, the disclosure as decided where the data left,
 * and (for an onward transfer) how the sender held the record when it decided.
 */
public record DisclosureTransfer(EntityRecord record, Disclosure disclosure, @Nullable Holding holding) {
}
