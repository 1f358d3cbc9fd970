package org.liaison.messaging;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words of a text as the full-text index keeps them: split at anything that is not a letter or a
 * digit (in any script), lower-cased, accents removed (NFKD without combining marks, so that "Müller",
 * "MÜLLER" and "Muller" are one term; ligatures and full-width forms fold too), a few letters NFKD leaves
 * alone mapped by hand (ß, ø, ł, đ, æ, œ, þ), and cut at {@link #MAX_LENGTH} characters. Han, kana and
 * Hangul, written without spaces, give one term per character. Single Latin letters and digits are left
 * out: they match too much to help.
 */
public final class SearchTerms {

	public static final int MAX_LENGTH = 64;

	private SearchTerms() {
	}

	/** The distinct terms of the text with how often each occurs, in order of first occurrence. */
	public static Map<String, Integer> counted(String text) {
		Map<String, Integer> out = new LinkedHashMap<>();
		for (String t : terms(text)) {
			out.merge(t, 1, Integer::sum);
		}
		return out;
	}

	/** The terms of the text, in order, repeats included. */
	public static List<String> terms(String text) {
		String folded = fold(text);
		List<String> out = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < folded.length();) {
			int cp = folded.codePointAt(i);
			i += Character.charCount(cp);
			if (!Character.isLetterOrDigit(cp)) {
				flush(word, out);
			}
			else if (isIdeographic(cp)) {
				flush(word, out);
				out.add(new String(Character.toChars(cp)));
			}
			else {
				word.appendCodePoint(cp);
			}
		}
		flush(word, out);
		return out;
	}

	private static void flush(StringBuilder word, List<String> out) {
		if (word.codePointCount(0, word.length()) > 1) {
			out.add(word.length() <= MAX_LENGTH ? word.toString() : word.substring(0, word.offsetByCodePoints(0, MAX_LENGTH)));
		}
		word.setLength(0);
	}

	private static String fold(String text) {
		String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
		s = s.toLowerCase(Locale.ROOT);
		StringBuilder out = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char ch = s.charAt(i);
			switch (ch) {
				case 'ß' -> out.append("ss");
				case 'ø' -> out.append('o');
				case 'ł' -> out.append('l');
				case 'đ' -> out.append('d');
				case 'æ' -> out.append("ae");
				case 'œ' -> out.append("oe");
				case 'þ' -> out.append("th");
				case 'ı' -> out.append('i');
				default -> out.append(ch);
			}
		}
		return out.toString();
	}

	private static boolean isIdeographic(int cp) {
		Character.UnicodeScript script = Character.UnicodeScript.of(cp);
		return Character.isIdeographic(cp) || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
	}
}
