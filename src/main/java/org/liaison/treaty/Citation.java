package org.liaison.treaty;

/** The agreement and article a decision rests on, with the article's text. */
public record Citation(String agreement, String title, String article, String text) {

	static Citation of(Agreement agreement, ArticleSubject subject) {
		return agreement.articleOn(subject)
			.map(a -> new Citation(agreement.id(), agreement.title(), a.number(), a.text()))
			.orElseGet(() -> new Citation(agreement.id(), agreement.title(), "", ""));
	}
}
