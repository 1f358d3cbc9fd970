package org.liaison.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.liaison.agency.Agency;
import org.liaison.agency.AgencyId;
import org.liaison.agency.AgencyKind;
import org.liaison.agency.CountryCode;
import org.liaison.treaty.Agreement;
import org.liaison.treaty.AgreementIndex;
import org.liaison.treaty.AgreementKind;
import org.liaison.treaty.AgreementStatus;
import org.liaison.treaty.Article;
import org.liaison.treaty.ArticleSubject;
import org.liaison.treaty.Category;
import org.liaison.treaty.Classification;
import org.liaison.treaty.DisclosureDecision;
import org.liaison.treaty.DisclosureItem;
import org.liaison.treaty.DisclosurePolicy;
import org.liaison.treaty.DisclosureRequest;
import org.liaison.treaty.HandlingCode;
import org.liaison.treaty.Holding;
import org.liaison.treaty.OnwardTransfer;
import org.liaison.treaty.Party;
import org.liaison.treaty.Purpose;
import org.liaison.treaty.ReasonCode;
import org.liaison.treaty.Tlp;

/**
 * A deterministic world for the decision benchmark: 200 agencies in 59 countries plus INT and NGO, 1,000
 * agreements (country-level and agency-level bilaterals, conventions of 20 to 60 parties, NGO MoUs; some
 * suspended, expired, draft or terminated) and 4,096 requests, half of them drawn so that an agreement
 * could permit them. The same seed always builds the same world.
 */
final class DecisionWorld {

	static final LocalDate DAY = LocalDate.of(2026, 6, 15);
	static final int REQUESTS = 4096;

	private static final List<String> COUNTRIES = List.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR",
			"DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "NO",
			"IS", "CH", "LI", "GB", "UA", "MD", "GE", "AM", "AL", "RS", "ME", "MK", "BA", "TR", "MA", "TN", "EG", "JO",
			"US", "CA", "MX", "BR", "AR", "CO", "AU", "NZ", "JP", "KR", "SG", "IN", "ZA");
	private static final AgencyKind[] KINDS = { AgencyKind.POLICE, AgencyKind.CUSTOMS, AgencyKind.BORDER, AgencyKind.FIU,
			AgencyKind.PROSECUTION, AgencyKind.INTELLIGENCE };
	private static final String[] TEXTS = { "General provisions.", "Scope: the parties exchange data of persons and objects.",
			"Information classified above the agreed level is not exchanged.",
			"Onward transfer to third parties requires the consent of the providing party.",
			"Data received are erased when no longer needed, at the latest after the retention period.",
			"Cooperation with non-governmental organisations.", "Entry into force and denunciation." };

	final List<Agency> agencies = new ArrayList<>();
	final List<Agreement> agreements = new ArrayList<>();
	final DisclosureRequest[] requests = new DisclosureRequest[REQUESTS];
	final AgreementIndex index;

	private final SplittableRandom random;

	DecisionWorld(long seed) {
		this.random = new SplittableRandom(seed);
		agencies();
		for (int i = 0; i < 1000; i++) {
			agreements.add(agreement(i));
		}
		index = AgreementIndex.of(agreements);
		for (int i = 0; i < REQUESTS; i++) {
			requests[i] = request();
		}
	}

	/** Permit share and reasons over the requests, to show what the benchmark measures. */
	String summary() {
		Map<ReasonCode, Integer> reasons = new EnumMap<>(ReasonCode.class);
		int permits = 0;
		int onward = 0;
		for (DisclosureRequest r : requests) {
			DisclosureDecision d = DisclosurePolicy.decide(r, index);
			reasons.merge(d.reason(), 1, Integer::sum);
			permits += d.permitted() ? 1 : 0;
			onward += r.isOnwardTransfer() ? 1 : 0;
		}
		int candidates = 0;
		for (DisclosureRequest r : requests) {
			candidates += index.naming(r.from(), r.to()).size();
		}
		return "%d agencies, %d agreements, %d requests: %d permitted, %d onward, %.1f candidate agreements per request; %s"
			.formatted(agencies.size(), agreements.size(), requests.length, permits, onward,
					candidates / (double) requests.length, reasons);
	}

	private void agencies() {
		for (int i = 0; i < 4; i++) {
			agencies.add(agency("INT.ORG" + i, AgencyKind.INTERNATIONAL_ORG));
		}
		for (int i = 0; i < 5; i++) {
			agencies.add(agency("NGO.NGO" + i, AgencyKind.NGO));
		}
		for (int i = 0; agencies.size() < 200; i++) {
			String country = COUNTRIES.get(i % COUNTRIES.size());
			AgencyKind kind = KINDS[(i / COUNTRIES.size()) % KINDS.length];
			agencies.add(agency(country + "." + kind.name() + (i / COUNTRIES.size()), kind));
		}
	}

	private static Agency agency(String id, AgencyKind kind) {
		AgencyId agencyId = AgencyId.of(id);
		return new Agency(agencyId, "Agency " + id, agencyId.country(), kind);
	}

	private Agreement agreement(int i) {
		int roll = random.nextInt(100);
		List<String> codes;
		AgreementKind kind;
		if (roll < 50) {
			codes = distinct(2, () -> oneOf(COUNTRIES));
			kind = AgreementKind.BILATERAL;
		}
		else if (roll < 75) {
			codes = distinct(2, () -> oneOf(agencies).id().value());
			kind = AgreementKind.BILATERAL;
		}
		else if (roll < 90) {
			int size = 20 + random.nextInt(41);
			codes = distinct(size, () -> random.nextInt(20) == 0 ? "INT" : oneOf(COUNTRIES));
			kind = AgreementKind.CONVENTION;
		}
		else {
			Agency ngo = agencies.get(4 + random.nextInt(5));
			String partner = random.nextBoolean() ? oneOf(COUNTRIES) : oneOf(agencies.subList(9, agencies.size())).id().value();
			codes = List.of(ngo.id().value(), partner);
			kind = AgreementKind.MOU;
		}
		// Conventions are topical (Palermo, Budapest): few categories and purposes, many parties.
		boolean topical = kind == AgreementKind.CONVENTION;
		LocalDate validFrom = LocalDate.of(1995, 1, 1).plusDays(random.nextInt(30 * 365));
		LocalDate validUntil = random.nextInt(100) < 15 ? validFrom.plusDays(365 + random.nextInt(20 * 365)) : null;
		List<Party> parties = new ArrayList<>();
		for (String code : codes) {
			LocalDate bound = validFrom.plusDays(random.nextInt(3000));
			parties.add(new Party(code, bound, random.nextInt(100) < 5 ? bound.plusDays(1 + random.nextInt(4000)) : null));
		}
		int status = random.nextInt(100);
		AgreementStatus s = status < 80 ? AgreementStatus.IN_FORCE : status < 88 ? AgreementStatus.SUSPENDED
				: status < 93 ? AgreementStatus.DRAFT : AgreementStatus.TERMINATED;
		List<Article> articles = new ArrayList<>();
		int count = 2 + random.nextInt(5);
		for (int k = 1; k <= count; k++) {
			ArticleSubject[] subjects = ArticleSubject.values();
			ArticleSubject subject = random.nextBoolean() ? null : subjects[random.nextInt(subjects.length)];
			boolean taken = articles.stream().anyMatch(a -> a.governs() == subject);
			articles.add(new Article(String.valueOf(k * 3), TEXTS[random.nextInt(TEXTS.length)], taken ? null : subject));
		}
		return new Agreement("AG-" + i, "Agreement " + i, kind, s, validFrom, validUntil, parties,
				subset(Category.class, topical ? 1 + random.nextInt(3) : 2 + random.nextInt(5)),
				subset(Purpose.class, topical ? 1 + random.nextInt(3) : 3 + random.nextInt(8)),
				Classification.values()[random.nextInt(4)], OnwardTransfer.values()[random.nextInt(3)],
				random.nextInt(100) < 20 ? null : 30 + random.nextInt(3620), articles, 1);
	}

	private DisclosureRequest request() {
		Agency from;
		Agency to;
		Category category;
		Purpose purpose;
		Classification classification;
		if (random.nextBoolean()) {
			// Drawn from an agreement, so that it may well permit: two of its parties, within its scope.
			Agreement a = oneOf(agreements);
			int first = random.nextInt(a.parties().size());
			int second = (first + 1 + random.nextInt(a.parties().size() - 1)) % a.parties().size();
			from = someAgencyOf(a.parties().get(first).party());
			to = someAgencyOf(a.parties().get(second).party());
			category = oneOf(List.copyOf(a.categories()));
			purpose = oneOf(List.copyOf(a.purposes()));
			classification = Classification.values()[random.nextInt(a.maxClassification().ordinal() + 1)];
		}
		else {
			from = oneOf(agencies);
			to = oneOf(agencies);
			category = Category.values()[random.nextInt(Category.values().length)];
			purpose = Purpose.values()[random.nextInt(Purpose.values().length)];
			classification = Classification.values()[random.nextInt(4)];
		}
		int t = random.nextInt(100);
		Tlp tlp = t < 30 ? Tlp.CLEAR : t < 65 ? Tlp.GREEN : t < 85 ? Tlp.AMBER : t < 93 ? Tlp.AMBER_STRICT : Tlp.RED;
		Set<HandlingCode> codes = EnumSet.noneOf(HandlingCode.class);
		for (HandlingCode code : HandlingCode.values()) {
			if (random.nextInt(4) == 0) {
				codes.add(code);
			}
		}
		LocalDate at = random.nextInt(10) < 8 ? DAY : DAY.minusDays(random.nextInt(10 * 365));
		LocalDate retention = random.nextInt(5) == 0 ? null : at.plusDays(30 + random.nextInt(3000));
		boolean onward = random.nextInt(100) < 15;
		AgencyId originator = onward ? oneOf(agencies).id() : from.id();
		DisclosureItem item = new DisclosureItem(category, classification, tlp, codes, originator, retention, null);
		if (onward && random.nextInt(10) < 9) {
			item = item.heldThrough(new Holding(oneOf(agreements).id(), OnwardTransfer.values()[random.nextInt(3)],
					random.nextBoolean() ? purpose : Purpose.values()[random.nextInt(Purpose.values().length)],
					random.nextBoolean()));
		}
		return new DisclosureRequest(item, from, to, purpose, at);
	}

	private Agency someAgencyOf(String party) {
		if (party.indexOf('.') > 0) {
			return agencies.stream().filter(a -> a.id().value().equals(party)).findFirst().orElseThrow();
		}
		CountryCode country = CountryCode.of(party);
		List<Agency> of = agencies.stream().filter(a -> a.country().equals(country)).toList();
		return oneOf(of);
	}

	private <T> T oneOf(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	private List<String> distinct(int size, java.util.function.Supplier<String> next) {
		Set<String> out = new LinkedHashSet<>();
		while (out.size() < size) {
			out.add(next.get());
		}
		return List.copyOf(out);
	}

	private <E extends Enum<E>> Set<E> subset(Class<E> type, int size) {
		E[] all = type.getEnumConstants();
		Set<E> out = EnumSet.noneOf(type);
		while (out.size() < Math.min(size, all.length)) {
			out.add(all[random.nextInt(all.length)]);
		}
		return out;
	}
}
