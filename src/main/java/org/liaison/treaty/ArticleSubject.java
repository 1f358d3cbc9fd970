package org.liaison.treaty;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** The part of the disclosure decision that an article rules. */
public enum ArticleSubject {
	SCOPE("scope", "purpose", "categor", "data of"),
	CLASSIFICATION("classif", "secret(?!ar)", "confidential"),
	ONWARD_TRANSFER("onward", "third part", "further transfer", "transfer to", "dissemina"),
	RETENTION("retention", "retain", "erase", "delet", "stored for"),
	NGO("non-governmental", "ngo", "civil society"),
	GENERAL();

	private final @Nullable Pattern cues;

	ArticleSubject(String... cues) {
		// A cue must start a word, or "ngo" is read into "ongoing" and "Congo"; "secret" must not be "Secretariat".
		this.cues = cues.length == 0 ? null
				: Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", cues) + ")",
						Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	boolean isSuggestedBy(String text) {
		return cues != null && cues.matcher(text).find();
	}
}
