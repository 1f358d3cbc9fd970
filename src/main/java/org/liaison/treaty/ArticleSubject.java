package org.liaison.treaty;

import java.util.List;
import java.util.Locale;

/** The part of the disclosure decision that an article rules. */
public enum ArticleSubject {
	SCOPE(List.of("scope", "purpose", "categor", "data of")),
	CLASSIFICATION(List.of("classif", "secret", "confidential")),
	ONWARD_TRANSFER(List.of("onward", "third part", "further transfer", "transfer to", "dissemina")),
	RETENTION(List.of("retention", "retain", "erase", "delet", "stored for")),
	NGO(List.of("non-governmental", "ngo", "civil society")),
	GENERAL(List.of());

	private final List<String> cues;

	ArticleSubject(List<String> cues) {
		this.cues = cues;
	}

	boolean isSuggestedBy(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		return cues.stream().anyMatch(lower::contains);
	}
}
