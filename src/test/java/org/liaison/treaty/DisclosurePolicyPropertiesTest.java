package org.liaison.treaty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.treaty.TreatyGenerators.daysAfter;
import static org.liaison.treaty.TreatyGenerators.scenarios;
import static org.liaison.treaty.TreatyGenerators.sides;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.liaison.agency.Agency;
import org.liaison.treaty.TreatyGenerators.Scenario;

/**
 * Properties of the decision over generated worlds (see {@link TreatyGenerators}). QuickTheories picks a
 * new seed each run and prints it with a falsifying example; {@code -DQT_SEED=...} replays it.
 */
class DisclosurePolicyPropertiesTest {

	private static DisclosureDecision decide(Scenario s) {
		return DisclosurePolicy.decide(s.request(), AgreementIndex.of(s.agreements()));
	}

	private static DisclosureDecision decide(DisclosureRequest request, List<Agreement> agreements) {
		return DisclosurePolicy.decide(request, AgreementIndex.of(agreements));
	}

	@Test
	void neverPermitsWithoutAnAgreementInForceBindingBothAndCoveringCategoryAndPurpose() {
		qt().forAll(scenarios())
			.assuming(s -> !s.sameAgency()
					&& s.agreements().stream().noneMatch(a -> ReferenceDecision.coversBasics(a, s.request())))
			.checkAssert(s -> assertThat(decide(s).decision()).isEqualTo(Decision.DENY));
	}

	@Test
	void agreesWithTheBruteForceReferenceOnEveryRequest() {
		qt().forAll(scenarios()).checkAssert(s -> {
			DisclosureDecision d = decide(s);
			assertThat(d.permitted()).as(d.explanation()).isEqualTo(ReferenceDecision.permits(s.agreements(), s.request()));
			assertThat(d.reason() == ReasonCode.SAME_AGENCY || d.reason() == ReasonCode.AGREEMENT_PERMITS)
				.as("a PERMIT, and only a PERMIT, gives a permitting reason: %s", d.reason())
				.isEqualTo(d.permitted());
		});
	}

	@Test
	void givesTheReasonAndCitesTheAgreementTheReferenceExpects() {
		qt().forAll(scenarios()).checkAssert(s -> {
			DisclosureDecision d = decide(s);
			ReferenceDecision.Outcome expected = ReferenceDecision.outcome(s.agreements(), s.request());
			assertThat(new ReferenceDecision.Outcome(d.reason(), d.agreement())).as(d.explanation()).isEqualTo(expected);
		});
	}

	@Test
	void agreesWithTheReferenceInAnIndexOfHundredsOfAgreements() {
		qt().withExamples(60).forAll(TreatyGenerators.crowdedScenarios()).checkAssert(s -> {
			AgreementIndex shared = AgreementIndex.of(s.agreements());
			DisclosureRequest r = s.request();
			for (Agency to : TreatyGenerators.AGENCIES) {
				DisclosureRequest other = new DisclosureRequest(r.item(), r.from(), to, r.purpose(), r.at());
				DisclosureDecision d = DisclosurePolicy.decide(other, shared);
				assertThat(new ReferenceDecision.Outcome(d.reason(), d.agreement())).as(d.explanation())
					.isEqualTo(ReferenceDecision.outcome(s.agreements(), other));
			}
		});
	}

	@Test
	void deniesForLackOfAgreementExactlyWhenNoAgreementListsBothAgencies() {
		qt().forAll(scenarios())
			.assuming(s -> !s.sameAgency() && !ReferenceDecision.expired(s.request()) && ReferenceDecision.mayPassOn(s.request())
					&& !ngoTlpRestricted(s.request()))
			.checkAssert(s -> {
				DisclosureDecision d = decide(s);
				boolean listed = s.agreements().stream().anyMatch(a -> ReferenceDecision.listsBoth(a, s.request().from(), s.request().to()));
				assertThat(d.reason() == ReasonCode.NO_AGREEMENT).as(d.explanation()).isEqualTo(!listed);
				if (!listed) {
					assertThat(d.citation()).isNull();
				}
			});
	}

	@Test
	void suspendedOrExpiredAgreementsNeverPermit() {
		qt().forAll(scenarios(), sides(), daysAfter()).checkAssert((s, suspendEven, days) -> {
			LocalDate at = s.request().at();
			List<Agreement> dead = new ArrayList<>();
			for (int i = 0; i < s.agreements().size(); i++) {
				Agreement a = s.agreements().get(i);
				if ((i % 2 == 0) == suspendEven) {
					dead.add(TreatyGenerators.with(a, AgreementStatus.SUSPENDED, a.validFrom(), a.validUntil(), a.parties()));
				}
				else {
					LocalDate until = at.minusDays(days);
					LocalDate from = a.validFrom().isAfter(until) ? until.minusDays(days) : a.validFrom();
					dead.add(TreatyGenerators.with(a, a.status(), from, until, a.parties()));
				}
			}
			DisclosureDecision d = decide(s.request(), dead);
			assertThat(d.permitted()).as(d.explanation()).isEqualTo(s.sameAgency());
		});
	}

	@Test
	void aPartyBoundAfterTheDayNeverPermits() {
		qt().forAll(scenarios(), sides(), daysAfter()).assuming((s, sender, days) -> !s.sameAgency())
			.checkAssert((s, sender, days) -> {
				Agency late = sender ? s.request().from() : s.request().to();
				LocalDate boundFrom = s.request().at().plusDays(days);
				List<Agreement> shifted = s.agreements().stream()
					.map(a -> TreatyGenerators.with(a, a.status(), a.validFrom(), a.validUntil(), a.parties().stream()
						.map(p -> lists(p, late) ? new Party(p.party(), boundFrom, null) : p)
						.toList()))
					.toList();
				DisclosureDecision d = decide(s.request(), shifted);
				assertThat(d.decision()).as(d.explanation()).isEqualTo(Decision.DENY);
			});
	}

	@Test
	void aPermitCitesAnAgreementMeetingEveryConditionWithTheShorterRetention() {
		qt().forAll(scenarios()).checkAssert(s -> {
			DisclosureDecision d = decide(s);
			if (!d.permitted() || s.sameAgency()) {
				return;
			}
			DisclosureRequest r = s.request();
			Agreement cited = s.agreements().stream().filter(a -> a.id().equals(d.agreement())).findFirst().orElseThrow();
			assertThat(ReferenceDecision.qualifies(cited, r)).as("%s cites %s", d.explanation(), cited.id()).isTrue();

			LocalDate retention = retentionOf(d);
			LocalDate byRecord = r.item().retentionUntil();
			LocalDate byAgreement = cited.retentionDays() == null ? null : r.at().plusDays(cited.retentionDays());
			assertThat(retention).isEqualTo(earlier(byRecord, byAgreement));
			if (byRecord != null) {
				assertThat(retention).isBeforeOrEqualTo(byRecord);
			}

			for (Agreement other : s.agreements()) {
				if (ReferenceDecision.qualifies(other, r)) {
					int otherSpecificity = ReferenceDecision.specificity(other, r);
					int citedSpecificity = ReferenceDecision.specificity(cited, r);
					assertThat(otherSpecificity).as("no permitting agreement is more specific").isLessThanOrEqualTo(citedSpecificity);
					if (otherSpecificity == citedSpecificity) {
						assertThat(days(other)).as("none as specific keeps data for less long").isGreaterThanOrEqualTo(days(cited));
					}
				}
			}
		});
	}

	@Test
	void decisionIsDeterministicAndIndependentOfAgreementOrder() {
		qt().forAll(scenarios()).checkAssert(s -> {
			AgreementIndex index = AgreementIndex.of(s.agreements());
			DisclosureDecision first = DisclosurePolicy.decide(s.request(), index);
			List<Agreement> reversed = new ArrayList<>(s.agreements());
			java.util.Collections.reverse(reversed);

			assertThat(DisclosurePolicy.decide(s.request(), index)).isEqualTo(first);
			assertThat(decide(s.request(), s.shuffled())).isEqualTo(first);
			assertThat(decide(s.request(), reversed)).isEqualTo(first);
		});
	}

	@Test
	void anIndexSharedByManyRequestsAnswersLikeAFreshOne() {
		qt().withExamples(150).forAll(scenarios()).checkAssert(s -> {
			AgreementIndex shared = AgreementIndex.of(s.agreements());
			DisclosureRequest r = s.request();
			for (Agency from : TreatyGenerators.AGENCIES) {
				for (Agency to : TreatyGenerators.AGENCIES) {
					DisclosureRequest other = new DisclosureRequest(r.item(), from, to, r.purpose(), r.at());
					assertThat(DisclosurePolicy.decide(other, shared)).isEqualTo(decide(other, s.agreements()));
				}
			}
		});
	}

	/** Guards the properties above against a generator that never reaches the interesting cases. */
	@Test
	void generatedWorldsReachEveryOutcome() {
		Map<ReasonCode, Integer> reasons = new EnumMap<>(ReasonCode.class);
		qt().withFixedSeed(20261126L).withExamples(5000).forAll(scenarios())
			.checkAssert(s -> reasons.merge(decide(s).reason(), 1, Integer::sum));

		assertThat(reasons).containsOnlyKeys(ReasonCode.values());
		assertThat(reasons.get(ReasonCode.AGREEMENT_PERMITS)).as("permits among %s", reasons).isGreaterThan(250);
	}

	private static boolean ngoTlpRestricted(DisclosureRequest r) {
		return r.to().isNgo() && r.item().tlp() != Tlp.CLEAR && r.item().tlp() != Tlp.GREEN;
	}

	private static boolean lists(Agreement a, Agency agency) {
		return a.parties().stream().anyMatch(p -> lists(p, agency));
	}

	private static boolean lists(Party p, Agency agency) {
		return p.party().equals(agency.id().value()) || p.party().equals(agency.country().value());
	}

	private static @Nullable LocalDate retentionOf(DisclosureDecision d) {
		return d.obligations().stream()
			.filter(o -> o.type().equals("RETENTION"))
			.map(o -> LocalDate.parse(o.value()))
			.findFirst()
			.orElse(null);
	}

	private static @Nullable LocalDate earlier(@Nullable LocalDate a, @Nullable LocalDate b) {
		if (a == null || b == null) {
			return a == null ? b : a;
		}
		return a.isBefore(b) ? a : b;
	}

	private static long days(Agreement a) {
		return a.retentionDays() == null ? Long.MAX_VALUE : a.retentionDays();
	}
}
