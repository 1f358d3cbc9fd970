package org.liaison.screening.matching;

/**
 * One word of a normalised name.
 *
 * @param text lower-case ASCII Latin form (or the lower-cased original where no transliteration exists)
 * @param role whether the token is a name part, an initial or a particle (bin, al, van, de, ...)
 * @param script the family of the script the token was written in
 * @param source the token as written, before transliteration
 */
public record NameToken(String text, Role role, ScriptFamily script, String source) {

	/** What a token contributes to a match. */
	public enum Role {
		/** A name part: given name, surname, patronymic. */
		NAME,
		/** A single Latin letter standing for a name part. */
		INITIAL,
		/** A particle inside a name (bin, al, van, de, ...): weak evidence either way. */
		PARTICLE
	}

	/** Validates the token. */
	public NameToken {
		if (text.isEmpty()) {
			throw new IllegalArgumentException("empty name token");
		}
	}

	@Override
	public String toString() {
		return text;
	}
}
