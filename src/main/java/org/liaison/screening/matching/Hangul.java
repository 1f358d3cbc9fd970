package org.liaison.screening.matching;

/**
 * Revised Romanization of Korean hangul syllables, letter by letter with the official rule for final
 * consonants (ㅅ, ㅈ, ㅊ, ㅌ, ㅎ end a syllable as t; ㄱ, ㄲ, ㅋ as k; ㅂ, ㅍ as p). ICU's Hangul-Latin
 * transliterates every jamo as it would begin a syllable, so 페럿 (Perrett) came out "peleos"; this
 * gives "pereot", and costs a table look-up per syllable instead of a transliterator.
 */
final class Hangul {

	private static final String[] INITIAL = {
		"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"};
	private static final String[] MEDIAL = {
		"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu",
		"eu", "ui", "i"};
	private static final String[] FINAL = {
		"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng",
		"t", "t", "k", "t", "p", "t"};
	private static final int FIRST = 0xAC00;
	private static final int LAST = 0xD7A3;

	private Hangul() {}

	/** Whether the code point is a precomposed hangul syllable. */
	static boolean syllable(int codePoint) {
		return codePoint >= FIRST && codePoint <= LAST;
	}

	/** The romanisation of a token of hangul syllables; other characters are skipped. */
	static String romanise(String token) {
		StringBuilder out = new StringBuilder(token.length() * 3);
		for (int i = 0; i < token.length(); i++) {
			char ch = token.charAt(i);
			if (!syllable(ch)) {
				continue;
			}
			int index = ch - FIRST;
			int initial = index / (21 * 28);
			int medial = index % (21 * 28) / 28;
			int fin = index % 28;
			// ㄹ begins a word as r but is l after a final l (Hallyu): follow the spoken form.
			String start = initial == 5 && out.length() > 0 && out.charAt(out.length() - 1) == 'l' ? "l" : INITIAL[initial];
			out.append(start).append(MEDIAL[medial]).append(FINAL[fin]);
		}
		return out.toString();
	}
}
