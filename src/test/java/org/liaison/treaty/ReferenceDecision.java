package org.liaison.treaty;

import java.time.LocalDate;
import java.util.List;

import org.liaison.agency.Agency;

/**
 * domain.md's disclosure decision written out by brute force over a plain list of agreements, sharing
 * no code with {@link DisclosurePolicy} or {@link AgreementIndex} (not even {@link Party#includes}): the
 * oracle the property tests compare the engine against. It answers only PERMIT or not.
 */
final class ReferenceDecision {

	private ReferenceDecision() {
	}

	static boolean permits(List<Agreement> agreements, DisclosureRequest r) {
		if (r.from().id().equals(r.to().id())) {
			return true;
		}
		if (!mayPassOn(r)) {
			return false;
		}
		Tlp tlp = r.item().tlp();
		if (r.to().isNgo() && tlp != Tlp.CLEAR && tlp != Tlp.GREEN) {
			return false;
		}
		return agreements.stream().anyMatch(a -> qualifies(a, r));
	}

	/** Rule 2, including the purpose binding the engine's Javadoc adds to it. */
	static boolean mayPassOn(DisclosureRequest r) {
		DisclosureItem item = r.item();
		if (item.originator().equals(r.from().id())) {
			return true;
		}
		Holding h = item.holding();
		if (h == null || item.tlp() == Tlp.RED || item.tlp() == Tlp.AMBER_STRICT || item.tlp() == Tlp.AMBER) {
			return false;
		}
		boolean consent = h.originatorConsent();
		return h.onwardTransfer() != OnwardTransfer.FORBIDDEN
				&& (h.onwardTransfer() != OnwardTransfer.WITH_ORIGINATOR_CONSENT || consent)
				&& (!item.handlingCodes().contains(HandlingCode.H2) || consent)
				&& (h.receivedFor() == r.purpose() || consent);
	}

	/** Rule 3 for one agreement, with the PERSON half of rule 4. */
	static boolean qualifies(Agreement a, DisclosureRequest r) {
		return coversBasics(a, r)
				&& r.item().classification().compareTo(a.maxClassification()) <= 0
				&& !(r.to().isNgo() && r.item().category() == Category.PERSON && !namesItself(a, r.to()));
	}

	/** In force on the day, binding both agencies that day, covering the category and the purpose. */
	static boolean coversBasics(Agreement a, DisclosureRequest r) {
		LocalDate at = r.at();
		return a.status() == AgreementStatus.IN_FORCE
				&& !at.isBefore(a.validFrom()) && (a.validUntil() == null || !at.isAfter(a.validUntil()))
				&& bound(a, r.from(), at) && bound(a, r.to(), at)
				&& a.categories().contains(r.item().category())
				&& a.purposes().contains(r.purpose());
	}

	static boolean bound(Agreement a, Agency agency, LocalDate day) {
		for (Party p : a.parties()) {
			boolean isIt = p.party().equals(agency.id().value()) || p.party().equals(agency.country().value());
			if (isIt && !day.isBefore(p.boundFrom()) && (p.boundUntil() == null || day.isBefore(p.boundUntil()))) {
				return true;
			}
		}
		return false;
	}

	static boolean namesItself(Agreement a, Agency agency) {
		return a.parties().stream().anyMatch(p -> p.party().equals(agency.id().value()));
	}

	/** How many of the two agencies the agreement names as parties themselves. */
	static int specificity(Agreement a, DisclosureRequest r) {
		return (namesItself(a, r.from()) ? 1 : 0) + (namesItself(a, r.to()) ? 1 : 0);
	}
}
