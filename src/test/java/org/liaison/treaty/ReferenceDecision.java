package org.liaison.treaty;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.liaison.agency.Agency;

/**
 * domain.md's disclosure decision written out by brute force over a plain list of agreements, sharing
 * no code with {@link DisclosurePolicy} or {@link AgreementIndex} (not even {@link Party#includes}): the
 * oracle the property tests compare the engine against: whether it permits, and why, citing which
 * agreement.
 */
final class ReferenceDecision {

	private ReferenceDecision() {
	}

	static boolean permits(List<Agreement> agreements, DisclosureRequest r) {
		if (r.from().id().equals(r.to().id())) {
			return true;
		}
		if (expired(r)) {
			return false;
		}
		if (!mayPassOn(r)) {
			return false;
		}
		Tlp tlp = r.item().tlp();
		if (r.to().isNgo() && tlp != Tlp.CLEAR && tlp != Tlp.GREEN) {
			return false;
		}
		return agreements.stream().anyMatch(a -> listsBoth(a, r.from(), r.to()) && qualifies(a, r));
	}

	/** The reason the engine should give, and the agreement it should cite (null for none). */
	record Outcome(ReasonCode reason, @Nullable String agreement) {
	}

	static Outcome outcome(List<Agreement> agreements, DisclosureRequest r) {
		if (r.from().id().equals(r.to().id())) {
			return new Outcome(ReasonCode.SAME_AGENCY, null);
		}
		if (expired(r)) {
			return new Outcome(ReasonCode.RETENTION_EXPIRED, null);
		}
		List<Agreement> listing = agreements.stream()
			.filter(a -> listsBoth(a, r.from(), r.to()))
			.sorted(Comparator.comparing(Agreement::id))
			.toList();
		DisclosureItem item = r.item();
		if (!item.originator().equals(r.from().id()) && !returnsToOriginator(r)) {
			Holding h = item.holding();
			if (h == null) {
				return new Outcome(ReasonCode.NOT_HOLDER, null);
			}
			String received = agreements.stream().map(Agreement::id).filter(h.receivedUnder()::equals).findFirst().orElse(null);
			boolean consent = h.originatorConsent();
			ReasonCode refusal = item.tlp() == Tlp.RED || item.tlp() == Tlp.AMBER_STRICT ? ReasonCode.TLP_CONFINED
					: item.tlp() == Tlp.AMBER ? ReasonCode.TLP_AMBER_CONFINED
					: h.onwardTransfer() == OnwardTransfer.FORBIDDEN ? ReasonCode.ONWARD_TRANSFER_FORBIDDEN
					: h.onwardTransfer() == OnwardTransfer.WITH_ORIGINATOR_CONSENT && !consent ? ReasonCode.ORIGINATOR_CONSENT_REQUIRED
					: item.handlingCodes().contains(HandlingCode.H2) && !consent ? ReasonCode.HANDLING_CODE_H2
					: h.receivedFor() != r.purpose() && !consent ? ReasonCode.PURPOSE_BINDING : null;
			if (refusal != null) {
				return new Outcome(refusal, received);
			}
		}
		if (r.to().isNgo() && item.tlp() != Tlp.CLEAR && item.tlp() != Tlp.GREEN) {
			return new Outcome(ReasonCode.NGO_TLP_RESTRICTED, listing.isEmpty() ? null : listing.get(0).id());
		}
		if (listing.isEmpty()) {
			return new Outcome(ReasonCode.NO_AGREEMENT, null);
		}
		Agreement best = null;
		for (Agreement a : listing) {
			if (qualifies(a, r) && (best == null || specificity(a, r) > specificity(best, r)
					|| specificity(a, r) == specificity(best, r) && days(a) < days(best))) {
				best = a;
			}
		}
		if (best != null) {
			return new Outcome(ReasonCode.AGREEMENT_PERMITS, best.id());
		}
		Agreement nearest = listing.get(0);
		for (Agreement a : listing) {
			if (failure(a, r).ordinal() > failure(nearest, r).ordinal()) {
				nearest = a;
			}
		}
		return new Outcome(failure(nearest, r), nearest.id());
	}

	/** The first condition of rule 3 (and the PERSON half of rule 4) a non-qualifying agreement fails. */
	private static ReasonCode failure(Agreement a, DisclosureRequest r) {
		LocalDate at = r.at();
		if (a.status() == AgreementStatus.SUSPENDED) {
			return ReasonCode.AGREEMENT_SUSPENDED;
		}
		if (a.status() != AgreementStatus.IN_FORCE) {
			return ReasonCode.AGREEMENT_NOT_IN_FORCE;
		}
		if (at.isBefore(a.validFrom()) || a.validUntil() != null && at.isAfter(a.validUntil())) {
			return ReasonCode.AGREEMENT_EXPIRED;
		}
		if (!bound(a, r.from(), at) || !bound(a, r.to(), at)) {
			return ReasonCode.PARTY_NOT_BOUND;
		}
		if (!a.categories().contains(r.item().category())) {
			return ReasonCode.CATEGORY_NOT_COVERED;
		}
		if (!a.purposes().contains(r.purpose())) {
			return ReasonCode.PURPOSE_NOT_COVERED;
		}
		if (r.item().classification().compareTo(a.maxClassification()) > 0) {
			return ReasonCode.CLASSIFICATION_EXCEEDED;
		}
		return ReasonCode.NGO_PERSON_NOT_COVERED;
	}

	private static long days(Agreement a) {
		return a.retentionDays() == null ? Long.MAX_VALUE : a.retentionDays();
	}

	/** Past its retention on the day of the decision. */
	static boolean expired(DisclosureRequest r) {
		return r.item().retentionUntil() != null && r.at().isAfter(r.item().retentionUntil());
	}

	/** A holder giving the item back to the agency that originated it: rule 2's restrictions do not apply. */
	static boolean returnsToOriginator(DisclosureRequest r) {
		return !r.item().originator().equals(r.from().id()) && r.item().holding() != null
				&& r.to().id().equals(r.item().originator());
	}

	/**
	 * Whether the agreement lists the agency (by id or by country) and, for two agencies of one country,
	 * names at least one of them itself: a treaty binds two agencies through two different parties.
	 */
	private static boolean lists(Agreement a, Agency agency) {
		return a.parties().stream()
			.anyMatch(p -> p.party().equals(agency.id().value()) || p.party().equals(agency.country().value()));
	}

	static boolean listsBoth(Agreement a, Agency from, Agency to) {
		return lists(a, from) && lists(a, to)
				&& (!from.country().equals(to.country()) || namesItself(a, from) || namesItself(a, to));
	}

	/** Rule 2, including the purpose binding the engine's Javadoc adds to it. */
	static boolean mayPassOn(DisclosureRequest r) {
		DisclosureItem item = r.item();
		if (item.originator().equals(r.from().id()) || returnsToOriginator(r)) {
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

	/** Bound on the day as the party naming the agency itself if there is one, else as its country. */
	static boolean bound(Agreement a, Agency agency, LocalDate day) {
		String own = namesItself(a, agency) ? agency.id().value() : agency.country().value();
		for (Party p : a.parties()) {
			if (p.party().equals(own) && !day.isBefore(p.boundFrom()) && (p.boundUntil() == null || day.isBefore(p.boundUntil()))) {
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
