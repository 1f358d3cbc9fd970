package org.liaison.treaty;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Agency;

/**
 * A treaty, convention or MoU in machine-readable form: who is bound and since when, what it covers,
 * on which conditions, and the articles a decision cites. Immutable; transitions return a new value.
 */
public record Agreement(String id, String title, AgreementKind kind, AgreementStatus status, LocalDate validFrom,
		@Nullable LocalDate validUntil, List<Party> parties, Set<Category> categories, Set<Purpose> purposes,
		Classification maxClassification, OnwardTransfer onwardTransfer, @Nullable Integer retentionDays,
		List<Article> articles, long version) {

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");

	public Agreement {
		Objects.requireNonNull(id, "id");
		if (!ID.matcher(id).matches()) {
			throw new IllegalArgumentException("agreement id: 1 to 80 letters, digits, '.', '_' or '-'");
		}
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(validFrom, "validFrom");
		Objects.requireNonNull(maxClassification, "maxClassification");
		Objects.requireNonNull(onwardTransfer, "onwardTransfer");
		if (validUntil != null && validUntil.isBefore(validFrom)) {
			throw new IllegalArgumentException("validUntil is before validFrom");
		}
		if (retentionDays != null && retentionDays < 1) {
			throw new IllegalArgumentException("retentionDays must be positive");
		}
		parties = List.copyOf(parties);
		if (parties.size() < 2) {
			throw new IllegalArgumentException("an agreement has at least two parties");
		}
		if (parties.stream().map(Party::party).distinct().count() != parties.size()) {
			throw new IllegalArgumentException("a party is listed twice");
		}
		// In the enum's order, so that the API and the store list them the same way on every node.
		categories = categories.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(categories));
		purposes = purposes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(purposes));
		articles = List.copyOf(articles);
		if (articles.stream().map(Article::number).distinct().count() != articles.size()) {
			throw new IllegalArgumentException("an article number is used twice");
		}
	}

	/** Suspends an agreement in force; a suspended agreement permits nothing. */
	public Agreement suspend() {
		if (status != AgreementStatus.IN_FORCE) {
			throw new IllegalStateException("only an agreement IN_FORCE can be suspended; this one is " + status);
		}
		return withStatus(AgreementStatus.SUSPENDED);
	}

	/** Puts a suspended agreement back in force. */
	public Agreement resume() {
		if (status != AgreementStatus.SUSPENDED) {
			throw new IllegalStateException("only a SUSPENDED agreement can be resumed; this one is " + status);
		}
		return withStatus(AgreementStatus.IN_FORCE);
	}

	private Agreement withStatus(AgreementStatus next) {
		return new Agreement(id, title, kind, next, validFrom, validUntil, parties, categories, purposes,
				maxClassification, onwardTransfer, retentionDays, articles, version + 1);
	}

	/** IN_FORCE and within its validity (both ends inclusive) on the given day. */
	public boolean isInForceOn(LocalDate day) {
		return status == AgreementStatus.IN_FORCE && isValidOn(day);
	}

	public boolean isValidOn(LocalDate day) {
		return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
	}

	/** The party through which the agency is bound, preferring one that names the agency itself. */
	public Optional<Party> partyOf(Agency agency) {
		Party byCountry = null;
		for (Party p : parties) {
			if (p.includes(agency)) {
				if (p.namesAgency()) {
					return Optional.of(p);
				}
				byCountry = p;
			}
		}
		return Optional.ofNullable(byCountry);
	}

	/**
	 * Whether the agency is bound by this agreement on the given day: as the party naming it, if one does
	 * (its own accession or withdrawal rules), else as its country.
	 */
	public boolean binds(Agency agency, LocalDate day) {
		return partyOf(agency).map(p -> p.isBoundOn(day)).orElse(false);
	}

	/** Whether the agreement names this agency itself as a party (not just its country). */
	public boolean namesAgency(Agency agency) {
		return parties.stream().anyMatch(p -> p.namesAgency() && p.includes(agency));
	}

	/** The article ruling the given subject: tagged, else suggested by its wording, else the first. */
	public Optional<Article> articleOn(ArticleSubject subject) {
		for (Article a : articles) {
			if (a.governs() == subject) {
				return Optional.of(a);
			}
		}
		for (Article a : articles) {
			if (a.governs() == null && subject.isSuggestedBy(a.text())) {
				return Optional.of(a);
			}
		}
		return articles.stream().findFirst();
	}
}
