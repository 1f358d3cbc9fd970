package org.liaison.federation.internal;

import java.util.Comparator;
import java.util.stream.Collectors;

import org.liaison.common.Sha256;
import org.liaison.treaty.Agreement;

/**
 * A digest of an agreement's whole text and terms, the same on every node that holds the same version:
 * sets are sorted, so that their iteration order (which differs between JVMs) does not count.
 */
final class AgreementDigest {

	private AgreementDigest() {
	}

	static String of(Agreement a) {
		String canonical = String.join("\n", a.id(), a.title(), a.kind().name(), a.status().name(),
				String.valueOf(a.validFrom()), String.valueOf(a.validUntil()),
				a.parties().stream().map(Object::toString).sorted().collect(Collectors.joining(";")),
				a.categories().stream().map(Enum::name).sorted().collect(Collectors.joining(";")),
				a.purposes().stream().map(Enum::name).sorted().collect(Collectors.joining(";")),
				a.maxClassification().name(), a.onwardTransfer().name(), String.valueOf(a.retentionDays()),
				a.articles().stream().map(Object::toString).collect(Collectors.joining(";")), Long.toString(a.version()));
		return Sha256.hex(canonical);
	}

	static Comparator<Agreement> byId() {
		return Comparator.comparing(Agreement::id);
	}
}
