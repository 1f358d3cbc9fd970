package org.liaison.treaty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Agency;

/**
 * The disclosure decision of domain.md as a pure function: the same request and agreements always give
 * the same answer, and no agreement means DENY.
 *
 * <ol>
 * <li>An agency may always use its own information.</li>
 * <li>A sender that is not the originator must hold the item through a disclosure whose conditions
 * allow passing it on (TLP, handling code H2, the agreement's onward-transfer rule, purpose binding).</li>
 * <li>An agreement in force on the day, binding both agencies that day, covering the category and the
 * purpose, and allowing the classification, must exist.</li>
 * <li>NGOs receive only TLP:CLEAR or GREEN, and PERSON data only under an agreement that names them.</li>
 * <li>A PERMIT carries its obligations; every answer cites what decided.</li>
 * </ol>
 */
public final class DisclosurePolicy {

	private DisclosurePolicy() {
	}

	public static DisclosureDecision decide(DisclosureRequest request, AgreementIndex agreements) {
		DisclosureItem item = request.item();
		if (request.from().id().equals(request.to().id())) {
			return DisclosureDecision.permit(ReasonCode.SAME_AGENCY, "Permitted: an agency may always use its own information.",
					null, List.of());
		}
		List<Agreement> candidates = agreements.naming(request.from(), request.to());
		if (request.isOnwardTransfer()) {
			DisclosureDecision onward = onwardTransfer(request, agreements);
			if (onward != null) {
				return onward;
			}
		}
		if (request.to().isNgo() && !(item.tlp() == Tlp.CLEAR || item.tlp() == Tlp.GREEN)) {
			return deny(ReasonCode.NGO_TLP_RESTRICTED, request,
					candidates.isEmpty() ? null : Citation.of(candidates.get(0), ArticleSubject.NGO));
		}
		if (candidates.isEmpty()) {
			return deny(ReasonCode.NO_AGREEMENT, request, null);
		}
		Agreement best = null;
		ReasonCode nearestFailure = null;
		Agreement nearest = null;
		for (Agreement a : candidates) {
			ReasonCode failure = firstFailure(a, request);
			if (failure == null) {
				if (best == null || isPreferable(a, best, request)) {
					best = a;
				}
			}
			else if (nearestFailure == null || failure.ordinal() > nearestFailure.ordinal()) {
				nearestFailure = failure;
				nearest = a;
			}
		}
		if (best != null) {
			Citation citation = Citation.of(best, ArticleSubject.SCOPE);
			List<Obligation> obligations = obligations(best, request);
			return DisclosureDecision.permit(ReasonCode.AGREEMENT_PERMITS, Explanations.permitted(citation, obligations),
					citation, obligations);
		}
		return deny(nearestFailure, request, Citation.of(nearest, subjectOf(nearestFailure)));
	}

	/** Rule 2; null when the sender may pass the item on as far as the earlier disclosure is concerned. */
	private static @Nullable DisclosureDecision onwardTransfer(DisclosureRequest request, AgreementIndex agreements) {
		DisclosureItem item = request.item();
		Holding holding = item.holding();
		if (holding == null) {
			return deny(ReasonCode.NOT_HOLDER, request, null);
		}
		Citation received = agreements.find(holding.receivedUnder())
			.map(a -> Citation.of(a, ArticleSubject.ONWARD_TRANSFER))
			.orElse(null);
		if (item.tlp().confinesToRecipient()) {
			return deny(ReasonCode.TLP_CONFINED, request, received);
		}
		if (item.tlp() == Tlp.AMBER) {
			return deny(ReasonCode.TLP_AMBER_CONFINED, request, received);
		}
		if (holding.onwardTransfer() == OnwardTransfer.FORBIDDEN) {
			return deny(ReasonCode.ONWARD_TRANSFER_FORBIDDEN, request, received);
		}
		if (holding.onwardTransfer() == OnwardTransfer.WITH_ORIGINATOR_CONSENT && !holding.originatorConsent()) {
			return deny(ReasonCode.ORIGINATOR_CONSENT_REQUIRED, request, received);
		}
		if (item.handlingCodes().contains(HandlingCode.H2) && !holding.originatorConsent()) {
			return deny(ReasonCode.HANDLING_CODE_H2, request, received);
		}
		if (holding.receivedFor() != request.purpose() && !holding.originatorConsent()) {
			return deny(ReasonCode.PURPOSE_BINDING, request, received);
		}
		return null;
	}

	private static DisclosureDecision deny(ReasonCode reason, DisclosureRequest request, @Nullable Citation citation) {
		return DisclosureDecision.deny(reason, Explanations.denied(reason, request, citation), citation);
	}

	/** Rule 3 and the PERSON half of rule 4 for one agreement, in order; null when it permits. */
	private static @Nullable ReasonCode firstFailure(Agreement a, DisclosureRequest request) {
		LocalDate at = request.at();
		if (a.status() == AgreementStatus.SUSPENDED) {
			return ReasonCode.AGREEMENT_SUSPENDED;
		}
		if (a.status() != AgreementStatus.IN_FORCE) {
			return ReasonCode.AGREEMENT_NOT_IN_FORCE;
		}
		if (!a.isValidOn(at)) {
			return ReasonCode.AGREEMENT_EXPIRED;
		}
		if (!a.binds(request.from(), at) || !a.binds(request.to(), at)) {
			return ReasonCode.PARTY_NOT_BOUND;
		}
		Category category = request.item().category();
		if (!a.categories().contains(category)) {
			return ReasonCode.CATEGORY_NOT_COVERED;
		}
		if (!a.purposes().contains(request.purpose())) {
			return ReasonCode.PURPOSE_NOT_COVERED;
		}
		if (request.item().classification().isAbove(a.maxClassification())) {
			return ReasonCode.CLASSIFICATION_EXCEEDED;
		}
		if (request.to().isNgo() && category == Category.PERSON && !a.namesAgency(request.to())) {
			return ReasonCode.NGO_PERSON_NOT_COVERED;
		}
		return null;
	}

	/** Among permitting agreements, the one naming the agencies themselves wins, then the stricter retention. */
	private static boolean isPreferable(Agreement a, Agreement b, DisclosureRequest request) {
		int specificA = specificity(a, request);
		int specificB = specificity(b, request);
		if (specificA != specificB) {
			return specificA > specificB;
		}
		return retentionDays(a) < retentionDays(b);
	}

	private static int specificity(Agreement a, DisclosureRequest request) {
		return (a.namesAgency(request.from()) ? 1 : 0) + (a.namesAgency(request.to()) ? 1 : 0);
	}

	private static int retentionDays(Agreement a) {
		return a.retentionDays() == null ? Integer.MAX_VALUE : a.retentionDays();
	}

	private static ArticleSubject subjectOf(ReasonCode failure) {
		return switch (failure) {
			case CLASSIFICATION_EXCEEDED -> ArticleSubject.CLASSIFICATION;
			case NGO_PERSON_NOT_COVERED, NGO_TLP_RESTRICTED -> ArticleSubject.NGO;
			case CATEGORY_NOT_COVERED, PURPOSE_NOT_COVERED -> ArticleSubject.SCOPE;
			default -> ArticleSubject.GENERAL;
		};
	}

	private static List<Obligation> obligations(Agreement a, DisclosureRequest request) {
		DisclosureItem item = request.item();
		List<Obligation> out = new ArrayList<>();
		out.add(new Obligation("PURPOSE_BINDING", request.purpose().name(),
				"Use only for " + request.purpose().name() + ", the purpose of this disclosure."));
		LocalDate retention = retentionUntil(a, item, request.at());
		if (retention != null) {
			out.add(new Obligation("RETENTION", retention.toString(),
					"Erase by " + retention + " (the shorter of the record's and the agreement's retention)."));
		}
		for (HandlingCode code : item.handlingCodes()) {
			out.add(new Obligation("HANDLING", code.name(), code.meaning()));
		}
		out.add(new Obligation("TLP", item.tlp().label(), tlpText(item.tlp())));
		out.add(new Obligation("ONWARD_TRANSFER", a.onwardTransfer().name(), switch (a.onwardTransfer()) {
			case FORBIDDEN -> "Not to be passed to any third party (agreement " + a.id() + ").";
			case WITH_ORIGINATOR_CONSENT -> "Passing to a third party needs the originator's consent.";
			case ALLOWED -> "May be passed on under an agreement, within the TLP and handling codes.";
		}));
		return out;
	}

	/** The shorter of the record's retention and the agreement's maximum, counted from the day of disclosure. */
	static @Nullable LocalDate retentionUntil(Agreement a, DisclosureItem item, LocalDate at) {
		LocalDate byAgreement = a.retentionDays() == null ? null : at.plusDays(a.retentionDays());
		LocalDate byRecord = item.retentionUntil();
		if (byAgreement == null) {
			return byRecord;
		}
		if (byRecord == null) {
			return byAgreement;
		}
		return byRecord.isBefore(byAgreement) ? byRecord : byAgreement;
	}

	private static String tlpText(Tlp tlp) {
		return switch (tlp) {
			case CLEAR -> "TLP:CLEAR: no limit on disclosure.";
			case GREEN -> "TLP:GREEN: within the recipient's community, not public.";
			case AMBER -> "TLP:AMBER: need to know within the recipient organisation and its clients.";
			case AMBER_STRICT -> "TLP:AMBER+STRICT: the recipient organisation only.";
			case RED -> "TLP:RED: named recipients only, no further disclosure.";
		};
	}
}
