package org.liaison.treaty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Agency;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories generators of small, dense worlds: a handful of agencies in four countries, INT and NGO,
 * up to six agreements between them, and one disclosure request. Days fall within a month so that the
 * boundaries of validity and binding are hit often; every draw goes through the randomness source, so
 * a failing example shrinks.
 */
final class TreatyGenerators {

	static final LocalDate BASE = LocalDate.of(2026, 1, 1);

	static final List<Agency> AGENCIES = List.of(TreatyFixtures.agency("DE.BKA"), TreatyFixtures.agency("DE.ZOLL"),
			TreatyFixtures.agency("FR.DGPN"), TreatyFixtures.agency("ES.POLICIA"), TreatyFixtures.agency("IT.DCSA"),
			TreatyFixtures.agency("INT.SECRETARIAT"), TreatyFixtures.agency("INT.EUROPOL"),
			TreatyFixtures.agency("NGO.LASTRADA"), TreatyFixtures.agency("NGO.WATCH"));

	private static final List<String> PARTIES = partyCodes();
	private static final List<Category> CATEGORIES = List.of(Category.PERSON, Category.VEHICLE, Category.EVENT);
	private static final List<Purpose> PURPOSES = List.of(Purpose.TERRORISM, Purpose.CYBERCRIME, Purpose.FRAUD);
	private static final List<String> TEXTS = List.of("General provisions.", "Scope: data of persons.",
			"Information classified above RESTRICTED is not exchanged.", "Transfer to third parties needs consent.",
			"Data received are erased after one year.", "Cooperation with NGOs.", "Entry into force.");

	private TreatyGenerators() {
	}

	/** A world and a question about it; {@code shuffleSeed} reorders the agreements for order-independence. */
	record Scenario(List<Agreement> agreements, DisclosureRequest request, long shuffleSeed) {

		boolean sameAgency() {
			return request.from().id().equals(request.to().id());
		}

		List<Agreement> shuffled() {
			List<Agreement> out = new ArrayList<>(agreements);
			Collections.shuffle(out, new Random(shuffleSeed));
			return out;
		}

		@Override
		public String toString() {
			DisclosureItem i = request.item();
			return "request " + request.from().id() + " -> " + request.to().id() + " for " + request.purpose() + " at "
					+ request.at() + ": " + i.category() + " " + i.classification() + " TLP:" + i.tlp() + " "
					+ i.handlingCodes() + " originator " + i.originator() + " kept until " + i.retentionUntil()
					+ " held " + i.holding() + "\n" + agreements.stream().map(TreatyGenerators::describe)
						.collect(Collectors.joining("\n"));
		}
	}

	static Gen<Scenario> scenarios() {
		return in -> {
			int n = AGENCIES.size();
			int fromIndex = between(in, 0, n - 1);
			// One in 2n+1 asks about its own agency; neither end of the range does, so shrinking keeps two agencies.
			int offset = between(in, 0, 2 * n);
			Agency from = AGENCIES.get(fromIndex);
			Agency to = offset == n ? from : AGENCIES.get((fromIndex + 1 + offset % (n - 1)) % n);
			// Half the parties are drawn from the two agencies and their countries, or most worlds say NO_AGREEMENT.
			List<String> near = List.of(from.id().value(), from.country().value(), to.id().value(), to.country().value());
			int count = between(in, 0, 6);
			List<Agreement> agreements = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				agreements.add(agreement(in, "AG-" + (char) ('A' + i), near));
			}
			return new Scenario(List.copyOf(agreements), request(in, from, to, agreements), in.next(Constraint.none()));
		};
	}

	/**
	 * A scenario behind 64 to 150 more agreements among the same agencies, with ids that sort first, so
	 * that the scenario's own agreements sit past the first words of the index's bit sets.
	 */
	static Gen<Scenario> crowdedScenarios() {
		Gen<Scenario> scenarios = scenarios();
		return in -> {
			Scenario s = scenarios.generate(in);
			List<String> near = List.of(s.request().from().id().value(), s.request().to().country().value());
			int crowd = between(in, 64, 150);
			List<Agreement> all = new ArrayList<>();
			for (int i = 0; i < crowd; i++) {
				all.add(agreement(in, "AA-" + String.format("%03d", i), near));
			}
			all.addAll(s.agreements());
			return new Scenario(List.copyOf(all), s.request(), s.shuffleSeed());
		};
	}

	/** Which side of the request a transformation applies to: true for the sender. */
	static Gen<Boolean> sides() {
		return in -> between(in, 0, 1) == 0;
	}

	/** Offsets of at least one day. */
	static Gen<Integer> daysAfter() {
		return in -> between(in, 1, 400);
	}

	private static Agreement agreement(RandomnessSource in, String id, List<String> near) {
		AgreementStatus status = weighted(in, AgreementStatus.IN_FORCE, 70, AgreementStatus.SUSPENDED, 10,
				AgreementStatus.DRAFT, 10, AgreementStatus.TERMINATED);
		LocalDate validFrom = BASE.plusDays(between(in, 0, 12));
		LocalDate validUntil = chance(in, 65) ? null : validFrom.plusDays(between(in, 0, 20));
		Set<String> codes = new LinkedHashSet<>();
		int wanted = between(in, 2, 4);
		for (int attempt = 0; attempt < 8 && codes.size() < wanted; attempt++) {
			codes.add(chance(in, 50) ? oneOf(in, near) : oneOf(in, PARTIES));
		}
		for (String fallback : List.of("DE", "FR")) {
			if (codes.size() < 2) {
				codes.add(fallback);
			}
		}
		List<Party> parties = new ArrayList<>();
		for (String code : codes) {
			LocalDate from = BASE.plusDays(between(in, 0, 15));
			parties.add(new Party(code, from, chance(in, 80) ? null : from.plusDays(between(in, 1, 20))));
		}
		List<Article> articles = new ArrayList<>();
		int articleCount = between(in, 0, 3);
		for (int k = 1; k <= articleCount; k++) {
			ArticleSubject governs = chance(in, 50) ? null : oneOf(in, List.of(ArticleSubject.values()));
			articles.add(new Article(String.valueOf(k), oneOf(in, TEXTS), governs));
		}
		return new Agreement(id, "Agreement " + id, parties.size() == 2 ? AgreementKind.BILATERAL : AgreementKind.MULTILATERAL,
				status, validFrom, validUntil, parties, subset(in, CATEGORIES, 70, Category.class),
				subset(in, PURPOSES, 70, Purpose.class), oneOf(in, List.of(Classification.values())),
				oneOf(in, List.of(OnwardTransfer.values())), chance(in, 30) ? null : between(in, 1, 400), articles, 1);
	}

	private static DisclosureRequest request(RandomnessSource in, Agency from, Agency to, List<Agreement> agreements) {
		LocalDate at = BASE.plusDays(between(in, 0, 30));
		Purpose purpose = oneOf(in, PURPOSES);
		Agency originator = chance(in, 70) ? from : oneOf(in, AGENCIES);
		Tlp tlp = weighted(in, Tlp.CLEAR, 30, Tlp.GREEN, 40, Tlp.AMBER, 12, Tlp.AMBER_STRICT, 8, Tlp.RED);
		DisclosureItem item = new DisclosureItem(oneOf(in, CATEGORIES), oneOf(in, List.of(Classification.values())), tlp,
				subset(in, List.of(HandlingCode.values()), 25, HandlingCode.class), originator.id(),
				chance(in, 30) ? null : at.plusDays(between(in, -10, 500)), null);
		if (!originator.id().equals(from.id()) && chance(in, 85)) {
			String under = agreements.isEmpty() || chance(in, 10) ? "AG-UNKNOWN" : oneOf(in, agreements).id();
			item = item.heldThrough(new Holding(under, oneOf(in, List.of(OnwardTransfer.values())),
					chance(in, 70) ? purpose : oneOf(in, PURPOSES), chance(in, 50)));
		}
		return new DisclosureRequest(item, from, to, purpose, at);
	}

	/** The agreement with another status, validity or parties; everything else kept. */
	static Agreement with(Agreement a, AgreementStatus status, LocalDate validFrom, @Nullable LocalDate validUntil,
			List<Party> parties) {
		return new Agreement(a.id(), a.title(), a.kind(), status, validFrom, validUntil, parties, a.categories(), a.purposes(),
				a.maxClassification(), a.onwardTransfer(), a.retentionDays(), a.articles(), a.version());
	}

	static String describe(Agreement a) {
		return a.id() + " " + a.status() + " " + a.validFrom() + ".." + a.validUntil() + " parties "
				+ a.parties().stream().map(p -> p.party() + "[" + p.boundFrom() + ".." + p.boundUntil() + ")").toList()
				+ " " + a.categories() + " " + a.purposes() + " up to " + a.maxClassification() + " onward "
				+ a.onwardTransfer() + " retention " + a.retentionDays();
	}

	private static List<String> partyCodes() {
		List<String> out = new ArrayList<>(List.of("DE", "FR", "ES", "IT", "INT", "NGO"));
		AGENCIES.forEach(a -> out.add(a.id().value()));
		return List.copyOf(out);
	}

	private static int between(RandomnessSource in, int min, int max) {
		return (int) in.next(Constraint.between(min, max));
	}

	private static boolean chance(RandomnessSource in, int percent) {
		return between(in, 0, 99) < percent;
	}

	private static <T> T oneOf(RandomnessSource in, List<T> values) {
		return values.get(between(in, 0, values.size() - 1));
	}

	private static <E extends Enum<E>> Set<E> subset(RandomnessSource in, List<E> values, int percent, Class<E> type) {
		Set<E> out = EnumSet.noneOf(type);
		for (E v : values) {
			if (chance(in, percent)) {
				out.add(v);
			}
		}
		return out;
	}

	/** Picks among values with the given percentages; the last value takes the rest. */
	@SuppressWarnings("unchecked")
	private static <T> T weighted(RandomnessSource in, Object... valuesAndWeights) {
		int roll = between(in, 0, 99);
		int i = 0;
		for (; i + 1 < valuesAndWeights.length; i += 2) {
			roll -= (Integer) valuesAndWeights[i + 1];
			if (roll < 0) {
				return (T) valuesAndWeights[i];
			}
		}
		return (T) valuesAndWeights[valuesAndWeights.length - 1];
	}
}
