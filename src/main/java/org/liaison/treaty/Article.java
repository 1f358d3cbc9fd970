package org.liaison.treaty;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A numbered clause of an agreement. {@code governs} says which part of the decision the clause
 * rules (scope, classification, onward transfer, retention, NGOs); a clause that says nothing is
 * matched by its wording, and the first clause answers for the agreement as a whole.
 */
public record Article(String number, String text, @Nullable ArticleSubject governs) {

	public Article {
		Objects.requireNonNull(number, "number");
		Objects.requireNonNull(text, "text");
		if (number.isBlank() || number.length() > 20) {
			throw new IllegalArgumentException("article number must have 1 to 20 characters");
		}
	}
}
