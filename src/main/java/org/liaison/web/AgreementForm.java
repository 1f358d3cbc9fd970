package org.liaison.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.liaison.treaty.Agreement;
import org.liaison.treaty.AgreementKind;
import org.liaison.treaty.AgreementStatus;
import org.liaison.treaty.Article;
import org.liaison.treaty.Category;
import org.liaison.treaty.Classification;
import org.liaison.treaty.OnwardTransfer;
import org.liaison.treaty.Party;
import org.liaison.treaty.Purpose;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The agreement form. Parties are typed one a line, {@code DE 2020-01-01} (with the day it withdrew
 * after, if it did); articles one a line, {@code 5: The parties exchange ...}.
 */
record AgreementForm(@Nullable String id, @Nullable String title, @Nullable AgreementKind kind,
		@Nullable AgreementStatus status, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validUntil, @Nullable String parties,
		@Nullable Set<Category> categories, @Nullable Set<Purpose> purposes, @Nullable Classification maxClassification,
		@Nullable OnwardTransfer onwardTransfer, @Nullable Integer retentionDays, @Nullable String articles) {

	static AgreementForm empty(LocalDate today) {
		return new AgreementForm("", "", AgreementKind.BILATERAL, AgreementStatus.IN_FORCE, today, null, "", Set.of(),
				Set.of(), Classification.RESTRICTED, OnwardTransfer.FORBIDDEN, 365, "");
	}

	/** The agreement the form describes; an {@link IllegalArgumentException} naming what is wrong. */
	Agreement toAgreement() {
		if (title == null || title.isBlank() || title.length() > 500) {
			throw new IllegalArgumentException("the title has 1 to 500 characters");
		}
		if (validFrom == null || kind == null || maxClassification == null || onwardTransfer == null) {
			throw new IllegalArgumentException("kind, valid from, highest classification and onward transfer are needed");
		}
		if (categories == null || categories.isEmpty() || purposes == null || purposes.isEmpty()) {
			throw new IllegalArgumentException("the scope needs at least one category and one purpose");
		}
		return new Agreement(id == null ? "" : id.strip(), title.strip(), kind,
				status == null ? AgreementStatus.DRAFT : status, validFrom, validUntil, parseParties(), categories,
				purposes, maxClassification, onwardTransfer, retentionDays, parseArticles(), 1);
	}

	private List<Party> parseParties() {
		List<Party> out = new ArrayList<>();
		for (String line : lines(parties)) {
			String[] parts = line.split("\\s+");
			try {
				out.add(new Party(parts[0].toUpperCase(java.util.Locale.ROOT),
						parts.length > 1 ? LocalDate.parse(parts[1]) : validFrom,
						parts.length > 2 ? LocalDate.parse(parts[2]) : null));
			}
			catch (DateTimeParseException e) {
				throw new IllegalArgumentException("parties: dates are written 2020-01-01");
			}
		}
		return out;
	}

	private List<Article> parseArticles() {
		List<Article> out = new ArrayList<>();
		for (String line : lines(articles)) {
			int colon = line.indexOf(':');
			if (colon < 1) {
				throw new IllegalArgumentException("articles: one a line, the number, a colon, then the text");
			}
			out.add(new Article(line.substring(0, colon).strip(), line.substring(colon + 1).strip(), null));
		}
		return out;
	}

	private static List<String> lines(@Nullable String text) {
		return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}
}
