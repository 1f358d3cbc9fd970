package org.liaison.treaty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Agency;
import org.liaison.agency.AgencyId;
import org.liaison.agency.AgencyKind;
import org.liaison.agency.CountryCode;

/**
 * Agencies, agreements, items and requests for the decision's unit tests, with defaults that permit:
 * an agreement IN_FORCE since 2020 covering PERSON data for TERRORISM up to CONFIDENTIAL, and a
 * RESTRICTED TLP:GREEN person record. Each test overrides only what it is about.
 */
final class TreatyFixtures {

	/** The day every decision is taken for unless a test says otherwise. */
	static final LocalDate DAY = LocalDate.of(2026, 6, 15);
	static final LocalDate SINCE = LocalDate.of(2020, 1, 1);
	static final LocalDate RECORD_RETENTION = LocalDate.of(2030, 1, 1);

	static final Agency DE_BKA = agency("DE.BKA");
	static final Agency DE_ZOLL = agency("DE.ZOLL");
	static final Agency FR_DGPN = agency("FR.DGPN");
	static final Agency FR_DOUANE = agency("FR.DOUANE");
	static final Agency ES_POLICIA = agency("ES.POLICIA");
	static final Agency INT_SECRETARIAT = agency("INT.SECRETARIAT");
	static final Agency NGO_LASTRADA = agency("NGO.LASTRADA");

	private TreatyFixtures() {
	}

	/** An agency of the id's country; INT ids are international organisations, NGO ids NGOs, others police. */
	static Agency agency(String id) {
		AgencyId agencyId = AgencyId.of(id);
		CountryCode country = agencyId.country();
		AgencyKind kind = country.equals(CountryCode.NGO) ? AgencyKind.NGO
				: country.equals(CountryCode.INT) ? AgencyKind.INTERNATIONAL_ORG : AgencyKind.POLICE;
		return new Agency(agencyId, "Agency " + id, country, kind);
	}

	/** An agreement between the parties (country codes or agency ids), all bound since {@link #SINCE}. */
	static AgreementBuilder agreement(String id, String... parties) {
		return new AgreementBuilder(id, parties);
	}

	/** A RESTRICTED TLP:GREEN PERSON record originated by the agency, kept until {@link #RECORD_RETENTION}. */
	static ItemBuilder item(Agency originator) {
		return new ItemBuilder(originator.id());
	}

	static DisclosureRequest request(DisclosureItem item, Agency from, Agency to) {
		return new DisclosureRequest(item, from, to, Purpose.TERRORISM, DAY);
	}

	/** The decision for the default item of {@code from} sent to {@code to} for TERRORISM on {@link #DAY}. */
	static DisclosureDecision decide(Agency from, Agency to, Agreement... agreements) {
		return decide(request(item(from).build(), from, to), agreements);
	}

	static DisclosureDecision decide(DisclosureRequest request, Agreement... agreements) {
		return DisclosurePolicy.decide(request, AgreementIndex.of(List.of(agreements)));
	}

	static Article article(String number, String text) {
		return new Article(number, text, null);
	}

	static Article article(String number, String text, ArticleSubject governs) {
		return new Article(number, text, governs);
	}

	static final class AgreementBuilder {

		private final String id;
		private final List<Party> parties = new ArrayList<>();
		private AgreementStatus status = AgreementStatus.IN_FORCE;
		private LocalDate validFrom = SINCE;
		private @Nullable LocalDate validUntil;
		private Set<Category> categories = EnumSet.of(Category.PERSON);
		private Set<Purpose> purposes = EnumSet.of(Purpose.TERRORISM);
		private Classification maxClassification = Classification.CONFIDENTIAL;
		private OnwardTransfer onwardTransfer = OnwardTransfer.FORBIDDEN;
		private @Nullable Integer retentionDays = 365;
		private List<Article> articles = List.of(article("1", "General provisions."));

		private AgreementBuilder(String id, String... parties) {
			this.id = id;
			for (String p : parties) {
				this.parties.add(new Party(p, SINCE, null));
			}
		}

		/** Adds a party bound from {@code from} until {@code until} (exclusive, may be null). */
		AgreementBuilder party(String party, LocalDate from, @Nullable LocalDate until) {
			parties.add(new Party(party, from, until));
			return this;
		}

		AgreementBuilder status(AgreementStatus value) {
			this.status = value;
			return this;
		}

		AgreementBuilder valid(LocalDate from, @Nullable LocalDate until) {
			this.validFrom = from;
			this.validUntil = until;
			return this;
		}

		AgreementBuilder categories(Category first, Category... rest) {
			this.categories = EnumSet.of(first, rest);
			return this;
		}

		AgreementBuilder purposes(Purpose first, Purpose... rest) {
			this.purposes = EnumSet.of(first, rest);
			return this;
		}

		AgreementBuilder upTo(Classification value) {
			this.maxClassification = value;
			return this;
		}

		AgreementBuilder onward(OnwardTransfer value) {
			this.onwardTransfer = value;
			return this;
		}

		AgreementBuilder retentionDays(@Nullable Integer value) {
			this.retentionDays = value;
			return this;
		}

		AgreementBuilder articles(Article... values) {
			this.articles = List.of(values);
			return this;
		}

		Agreement build() {
			AgreementKind kind = parties.size() == 2 ? AgreementKind.BILATERAL : AgreementKind.MULTILATERAL;
			return new Agreement(id, "Agreement " + id, kind, status, validFrom, validUntil, parties, categories,
					purposes, maxClassification, onwardTransfer, retentionDays, articles, 1);
		}
	}

	static final class ItemBuilder {

		private final AgencyId originator;
		private Category category = Category.PERSON;
		private Classification classification = Classification.RESTRICTED;
		private Tlp tlp = Tlp.GREEN;
		private Set<HandlingCode> handlingCodes = Set.of();
		private @Nullable LocalDate retentionUntil = RECORD_RETENTION;

		private ItemBuilder(AgencyId originator) {
			this.originator = originator;
		}

		ItemBuilder category(Category value) {
			this.category = value;
			return this;
		}

		ItemBuilder classification(Classification value) {
			this.classification = value;
			return this;
		}

		ItemBuilder tlp(Tlp value) {
			this.tlp = value;
			return this;
		}

		ItemBuilder handling(HandlingCode first, HandlingCode... rest) {
			this.handlingCodes = EnumSet.of(first, rest);
			return this;
		}

		ItemBuilder retentionUntil(@Nullable LocalDate value) {
			this.retentionUntil = value;
			return this;
		}

		DisclosureItem build() {
			return DisclosureItem.original(category, classification, tlp, handlingCodes, originator, retentionUntil);
		}

		/** The item as held by a recipient that got it under {@code agreement}, for TERRORISM. */
		DisclosureItem heldUnder(String agreement, OnwardTransfer rule, boolean originatorConsent) {
			return build().heldThrough(new Holding(agreement, rule, Purpose.TERRORISM, originatorConsent));
		}
	}
}
