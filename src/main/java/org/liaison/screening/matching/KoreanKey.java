package org.liaison.screening.matching;

/**
 * A key that merges the ways Korean names are spelt in Latin, for comparing a Latin token with a hangul
 * one: the Revised Romanization that {@link Hangul} gives (Gim, Bak, I, Choe, Jeong), McCune-Reischauer
 * as the North and older records use it (Kim, Pak, Ri, Ch'oe, Chŏng) and the customary spellings of
 * passports (Kim, Park, Lee, Choi, Chung). Both tokens get the same treatment.
 *
 * <p>Korean does not distinguish what these spellings distinguish: plain and voiced stops (k/g, t/d, p/b,
 * ch/j), l and r, and f, v, z (which loanwords write ㅍ, ㅂ, ㅈ). RR's vowel digraphs eo, eu, ae are
 * the o, u, e of the other spellings, and ee, oo the i and u of English spellings. An h or r after a
 * vowel and before a consonant or the end only lengthens the vowel (Ahn, Sohn, Park). A liquid does not
 * begin a word before i or y in the South (이 is I, Yi, Lee, Rhee, and Ri in the North; 류 is Ryu or Yu), and
 * an initial r is n elsewhere (노 is No, Noh, Roh). ㅢ is spoken i (희 Hee), ㅚ spelt oe or oi (Choe, Choi).
 * And o and u are one letter: ㅓ is RR's eo, McCune-Reischauer's ŏ and the u of Jung, Sung and Suh.
 */
final class KoreanKey {

	private KoreanKey() {}

	/** The key of a lower-case ASCII token. */
	static String of(String text) {
		String s = text.startsWith("rh") ? "r" + text.substring(2) : text;
		s = s.replace("eo", "o").replace("eu", "u").replace("ae", "e").replace("ee", "i").replace("oo", "u")
				.replace("yi", "i").replace("ui", "i").replace("oi", "oe").replace("sh", "s").replace("ch", "j").replace("ck", "k").replace("ph", "p");
		StringBuilder out = new StringBuilder(s.length());
		int n = s.length();
		for (int i = 0; i < n; i++) {
			char c = s.charAt(i);
			char next = i + 1 < n ? s.charAt(i + 1) : ' ';
			boolean afterVowel = i > 0 && vowel(s.charAt(i - 1));
			if ((c == 'h' || c == 'r') && afterVowel && !vowel(next)) {
				continue; // Ahn, Sohn, Park, Hur
			}
			if ((c == 'r' || c == 'l') && i == 0 && (next == 'i' || next == 'y')) {
				continue; // Lee, Rhee, Ryu, Lim
			}
			if (c == 'r' && i == 0) {
				out.append('n'); // Roh and Noh, Ra and Na: the North writes the r the South drops
				continue;
			}
			char key = switch (c) {
				case 'k', 'c', 'q' -> 'g';
				case 't' -> 'd';
				case 'p', 'f', 'v' -> 'b';
				case 'l' -> 'r';
				case 'z' -> 'j';
				case 'u' -> 'o';
				default -> c;
			};
			if (out.length() == 0 || out.charAt(out.length() - 1) != key) {
				out.append(key);
			}
		}
		return out.toString();
	}

	private static boolean vowel(char c) {
		return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
	}
}
