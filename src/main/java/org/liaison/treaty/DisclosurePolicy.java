package org.liaison.treaty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

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
		if (item.retentionUntil() != null && request.at().isAfter(item.retentionUntil())) {
			return deny(ReasonCode.RETENTION_EXPIRED, request, null);
		}
		// Giving an item back to its originator passes nothing on: the originator's own restrictions on onward
		// transfer do not apply, but an agreement must still cover the exchange.
		boolean backToOriginator = item.holding() != null && request.to().id().equals(item.originator());
		if (request.isOnwardTransfer() && !backToOriginator) {
			DisclosureDecision onward = onwardTransfer(request, agreements);
			if (onward != null) {
				return onward;
			}
		}
		AgreementIndex.Pair candidates = agreements.pair(request.from(), request.to());
		int first = candidates.next();
		if (request.to().isNgo() && !(item.tlp() == Tlp.CLEAR || item.tlp() == Tlp.GREEN)) {
			return deny(ReasonCode.NGO_TLP_RESTRICTED, request, first < 0 ? null : agreements.citation(first, ArticleSubject.NGO));
		}
		if (first < 0) {
			return deny(ReasonCode.NO_AGREEMENT, request, null);
		}
		long day = request.at().toEpochDay();
		int best = -1;
		ReasonCode nearestFailure = null;
		int nearest = -1;
		for (int p = first; p >= 0; p = candidates.next()) {
			if (best >= 0) {
				// Once one permits, the reasons of the others no longer matter: only one that ranks higher and
				// permits changes the answer, and ranking is cheaper than checking.
				if (isPreferable(agreements, candidates, p, best)
						&& firstFailure(agreements, candidates, p, request, day, null) == null) {
					best = p;
				}
				continue;
			}
			ReasonCode failure = firstFailure(agreements, candidates, p, request, day, nearestFailure);
			if (failure == null) {
				best = p;
			}
			else if (nearestFailure == null || failure.ordinal() > nearestFailure.ordinal()) {
				nearestFailure = failure;
				nearest = p;
			}
		}
		if (best >= 0) {
			Citation citation = agreements.citation(best, ArticleSubject.SCOPE);
			List<Obligation> obligations = obligations(agreements.at(best), request);
			return DisclosureDecision.permit(ReasonCode.AGREEMENT_PERMITS, Explanations.permitted(citation, obligations),
					citation, obligations);
		}
		return deny(nearestFailure, request, agreements.citation(nearest, subjectOf(nearestFailure)));
	}

	/** Rule 2; null when the sender may pass the item on as far as the earlier disclosure is concerned. */
	private static @Nullable DisclosureDecision onwardTransfer(DisclosureRequest request, AgreementIndex agreements) {
		DisclosureItem item = request.item();
		Holding holding = item.holding();
		if (holding == null) {
			return deny(ReasonCode.NOT_HOLDER, request, null);
		}
		Citation received = agreements.citation(holding.receivedUnder(), ArticleSubject.ONWARD_TRANSFER);
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

	/**
	 * Rule 3 and the PERSON half of rule 4 for the agreement at a position: the first condition it fails,
	 * in the order of {@link ReasonCode}, or null when it permits. When the caller already has a failure
	 * as far as {@code enough}, any failure no further than that may be returned instead, which spares
	 * working out who is bound for agreements that fail on their terms anyway.
	 */
	private static @Nullable ReasonCode firstFailure(AgreementIndex agreements, AgreementIndex.Pair candidates, int p,
			DisclosureRequest request, long day, @Nullable ReasonCode enough) {
		ReasonCode terms = termsFailure(agreements, candidates, p, request, day);
		if (terms != null && (terms.ordinal() < ReasonCode.PARTY_NOT_BOUND.ordinal()
				|| enough != null && terms.ordinal() <= enough.ordinal())) {
			return terms;
		}
		return candidates.binds(p, day) ? terms : ReasonCode.PARTY_NOT_BOUND;
	}

	/** Every condition of {@link #firstFailure} but who is bound, in the same order. */
	private static @Nullable ReasonCode termsFailure(AgreementIndex agreements, AgreementIndex.Pair candidates, int p,
			DisclosureRequest request, long day) {
		AgreementStatus status = agreements.status(p);
		if (status == AgreementStatus.SUSPENDED) {
			return ReasonCode.AGREEMENT_SUSPENDED;
		}
		if (status != AgreementStatus.IN_FORCE) {
			return ReasonCode.AGREEMENT_NOT_IN_FORCE;
		}
		if (!agreements.isValidOn(p, day)) {
			return ReasonCode.AGREEMENT_EXPIRED;
		}
		Category category = request.item().category();
		if (!agreements.covers(p, category)) {
			return ReasonCode.CATEGORY_NOT_COVERED;
		}
		if (!agreements.serves(p, request.purpose())) {
			return ReasonCode.PURPOSE_NOT_COVERED;
		}
		if (request.item().classification().isAbove(agreements.ceiling(p))) {
			return ReasonCode.CLASSIFICATION_EXCEEDED;
		}
		if (request.to().isNgo() && category == Category.PERSON && !candidates.namesTo(p)) {
			return ReasonCode.NGO_PERSON_NOT_COVERED;
		}
		return null;
	}

	/** Among permitting agreements, the one naming the agencies themselves wins, then the stricter retention. */
	private static boolean isPreferable(AgreementIndex agreements, AgreementIndex.Pair candidates, int a, int b) {
		int specificA = specificity(candidates, a);
		int specificB = specificity(candidates, b);
		if (specificA != specificB) {
			return specificA > specificB;
		}
		return agreements.retentionDays(a) < agreements.retentionDays(b);
	}

	private static int specificity(AgreementIndex.Pair candidates, int p) {
		return (candidates.namesFrom(p) ? 1 : 0) + (candidates.namesTo(p) ? 1 : 0);
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
		List<Obligation> out = new ArrayList<>(4 + item.handlingCodes().size());
		out.add(Fixed.PURPOSE.get(request.purpose()));
		LocalDate retention = retentionUntil(a, item, request.at());
		if (retention != null) {
			String until = retention.toString();
			out.add(new Obligation("RETENTION", until,
					"Erase by " + until + " (the shorter of the record's and the agreement's retention)."));
		}
		for (HandlingCode code : item.handlingCodes()) {
			out.add(Fixed.HANDLING.get(code));
		}
		out.add(Fixed.TLP.get(item.tlp()));
		out.add(a.onwardTransfer() == OnwardTransfer.FORBIDDEN
				? new Obligation("ONWARD_TRANSFER", OnwardTransfer.FORBIDDEN.name(),
						"Not to be passed to any third party (agreement " + a.id() + ").")
				: Fixed.ONWARD.get(a.onwardTransfer()));
		return out;
	}

	/** The obligations that depend on nothing but an enum value, made once. */
	private static final class Fixed {

		static final Map<Purpose, Obligation> PURPOSE = each(Purpose.class, p -> new Obligation("PURPOSE_BINDING", p.name(),
				"Use only for " + p.name() + ", the purpose of this disclosure."));
		static final Map<HandlingCode, Obligation> HANDLING = each(HandlingCode.class,
				c -> new Obligation("HANDLING", c.name(), c.meaning()));
		static final Map<Tlp, Obligation> TLP = each(Tlp.class, t -> new Obligation("TLP", t.label(), tlpText(t)));
		static final Map<OnwardTransfer, Obligation> ONWARD = each(OnwardTransfer.class, o -> new Obligation(
				"ONWARD_TRANSFER", o.name(), o == OnwardTransfer.WITH_ORIGINATOR_CONSENT
						? "Passing to a third party needs the originator's consent."
						: "May be passed on under an agreement, within the TLP and handling codes."));

		private static <E extends Enum<E>> Map<E, Obligation> each(Class<E> type, Function<E, Obligation> make) {
			Map<E, Obligation> out = new EnumMap<>(type);
			for (E e : type.getEnumConstants()) {
				out.put(e, make.apply(e));
			}
			return out;
		}
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
