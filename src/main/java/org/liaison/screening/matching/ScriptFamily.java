package org.liaison.screening.matching;

/**
 * How a name token was written before it was transliterated, grouped by what transliteration loses.
 * The matcher is more lenient across a lossy boundary (an Arabic skeleton against a Latin spelling) than
 * within one script.
 */
public enum ScriptFamily {
	/** Latin letters, with or without diacritics. */
	LATIN,
	/** Alphabets that transliterate almost losslessly: Cyrillic, Greek, Armenian, Georgian. */
	ALPHABET,
	/** Consonantal scripts that omit most vowels: Arabic, Persian, Urdu, Hebrew, Syriac. */
	ABJAD,
	/** Chinese characters (and Japanese kanji), read as pinyin syllables. */
	HAN,
	/** Korean hangul. */
	HANGUL,
	/** Japanese hiragana and katakana. */
	KANA,
	/** Brahmic and other abugidas: Devanagari, Bengali, Thai, Ethiopic and the like. */
	ABUGIDA;

	/** Whether spelling a Latin name in this script loses enough that vowels and some consonants are unreliable. */
	boolean lossy() {
		return this != LATIN && this != ALPHABET;
	}

	/** Whether a single character of this script is a whole syllable or name element. */
	boolean syllabic() {
		return this == HAN || this == HANGUL || this == KANA;
	}
}
