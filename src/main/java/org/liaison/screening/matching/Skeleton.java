package org.liaison.screening.matching;

/**
 * Consonant skeletons, and a lenient distance between them, for comparing a Latin spelling with a
 * transliteration from a script that loses information: Arabic and Hebrew write few vowels (محمد is
 * "mhmd"), Japanese and Korean add vowels and merge l/r and b/v (Smith is スミス "sumisu").
 *
 * <p>A skeleton keeps consonants only, with digraphs folded to one symbol (sh, ch, kh, th, ts, ph, ...),
 * vowels and a non-initial y dropped, and doubled letters collapsed. An r after a vowel and before a
 * consonant or the end is weak ({@code R}): English and French do not pronounce it, so Japanese and
 * Korean do not write it (Tupper is 터퍼 "teopeo"). Against Japanese and Korean, which have one liquid,
 * l and r are one symbol, and so is an l before a consonant weak. A final ds is one sound, as dz (Hinds
 * is 하인즈 "hainjeu").
 */
final class Skeleton {

	private static final double[] SUBSTITUTION = substitutionTable();

	private Skeleton() {}

	private static double[] substitutionTable() {
		double[] table = new double[128 * 128];
		for (char a = 0; a < 128; a++) {
			for (char b = 0; b < 128; b++) {
				table[a << 7 | b] = substitution(a, b);
			}
		}
		return table;
	}

	/**
	 * The consonant skeleton of an ASCII token; may be empty (a token of vowels only).
	 *
	 * @param oneLiquid whether l and r are one sound (comparing with Japanese or Korean)
	 * @param abjad whether the token was written in an abjad, where a doubled letter is two consonants
	 *     with an unwritten vowel between and w and y inside a word are mostly vowels
	 */
	static String of(String text, boolean oneLiquid, boolean abjad) {
		StringBuilder out = new StringBuilder(text.length());
		int n = text.length();
		boolean afterVowel = false;
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			char next = i + 1 < n ? text.charAt(i + 1) : ' ';
			char after = i + 2 < n ? text.charAt(i + 2) : ' ';
			boolean vowelBefore = afterVowel;
			afterVowel = false;
			if (abjad && i > 0 && (c == 'w' || c == 'y')) {
				continue;
			}
			if (!abjad && !SpellingDistance.vowel(c) && (c == next || sameStop(c, next))) {
				continue; // gemination: one sound (tt, ss before sh, Korean gk, Todt's dt)
			}
			char symbol;
			if (c == 's' && next == 'c' && after == 'h') {
				symbol = 'S';
				i += 2;
			} else if (c == 't' && next == 'c' && after == 'h') {
				symbol = 'C';
				i += 2;
			} else if (c == 'g' && next == 'h' && i > 0 && (after == 't' || after == ' ')) {
				i++; // silent gh: Vaughn, Wright
				continue;
			} else if (next == 'h' && "sczkgptd".indexOf(c) >= 0) {
				symbol = switch (c) {
					case 's' -> 'S';
					case 'c' -> 'C';
					case 'z' -> 'J';
					case 'k' -> 'x';
					case 'g' -> 'g';
					case 'p' -> 'f';
					case 't' -> 'T';
					default -> 'd';
				};
				i++;
			} else if ((c == 't' && (next == 's' || next == 'z')) || (c == 'd' && (next == 'z' || next == 's' && i + 2 >= n))) {
				symbol = c == 't' ? 'Z' : 'j';
				i++;
			} else if ((c == 'd' && (next == 'j' || next == 'g')) || (c == 'c' && next == 'z') || (c == 's' && next == 'z')) {
				symbol = c == 'd' ? 'j' : c == 'c' ? 'C' : 'S'; // dj, dg(e); Polish cz, sz
				i++;
			} else if (c == 'c' && next == 'k') {
				symbol = 'k';
				i++;
			} else if (c == 'c') {
				symbol = next == 'e' || next == 'i' || next == 'y' ? 's' : 'k';
			} else if (c == 'q') {
				symbol = 'k';
			} else if (c == 'x') {
				appendCollapsed(out, 'k');
				symbol = 's';
			} else if (c == 'n' && next == 'g' && !abjad && !SpellingDistance.vowel(after)) {
				symbol = 'n'; // a nasal before k or at the end: Korean and Japanese write French n as ng
				i++;
			} else if ((c == 't' || c == 'd') && i == n - 1 && vowelBefore && !abjad) {
				symbol = 'D'; // a silent final dental (Marot, Bidault) or a spoken one
			} else if (c == 'g' && next == 'n') {
				symbol = 'G'; // gn is a palatal n in French and Italian: Savigny, Agnesi
			} else if (SpellingDistance.vowel(c) && !(c == 'y' && i == 0)) {
				afterVowel = true;
				out.append('.');
				continue;
			} else if (c == 'r' || (c == 'l' && oneLiquid)) {
				// English and French do not pronounce an r after a vowel before a consonant or a final e; an l
				// there is silent in English (Palmer) and a vowel in Portuguese (Gilmar, 질마르 jiumareu).
				boolean silent = vowelBefore && (c == 'r'
						? !SpellingDistance.vowel(next) || (next == 'e' && i + 2 >= n)
						: !SpellingDistance.vowel(next) && next != ' ' && next != 'l');
				symbol = silent ? 'R' : 'r';
			} else {
				symbol = c;
			}
			if (abjad) {
				out.append(symbol);
			} else {
				appendCollapsed(out, symbol);
			}
		}
		return out.toString().replace(".", "");
	}

	/** Lenient weighted distance between two skeletons. */
	static double distance(String a, String b) {
		return distance(a, b, Double.POSITIVE_INFINITY);
	}

	/** Lenient weighted distance between two skeletons, or some value above {@code limit} once sure to exceed it. */
	static double distance(String a, String b, double limit) {
		int n = a.length();
		int m = b.length();
		double[] prev = new double[m + 1];
		double[] cur = new double[m + 1];
		for (int j = 1; j <= m; j++) {
			prev[j] = prev[j - 1] + indel(b.charAt(j - 1));
		}
		for (int i = 1; i <= n; i++) {
			char ca = a.charAt(i - 1);
			cur[0] = prev[0] + indel(ca);
			double rowMin = cur[0];
			for (int j = 1; j <= m; j++) {
				char cb = b.charAt(j - 1);
				double best = prev[j - 1] + (ca < 128 && cb < 128 ? SUBSTITUTION[ca << 7 | cb] : ca == cb ? 0.0 : 1.0);
				best = Math.min(best, prev[j] + indel(ca));
				best = Math.min(best, cur[j - 1] + indel(cb));
				cur[j] = best;
				rowMin = Math.min(rowMin, best);
			}
			if (rowMin > limit) {
				return rowMin;
			}
			double[] t = prev;
			prev = cur;
			cur = t;
		}
		return prev[m];
	}

	/** The cost two skeletons of this length may differ by and still be the same name. */
	static double budget(int length) {
		return switch (length) {
			case 0, 1 -> 0.3;
			case 2 -> 0.55;
			case 3 -> 0.8;
			case 4 -> 1.05;
			case 5, 6 -> 1.3;
			default -> 1.6;
		};
	}

	/**
	 * The class of a skeleton symbol for index keys; 0 for the weak symbols that keys leave out (h, kh,
	 * w, y, a silent r, gn), since one spelling writes them where another does not (Mukhammed, محمد).
	 */
	static char indexClass(char symbol) {
		if (symbol == 'w' || symbol == 'x') {
			return 0;
		}
		return switch (group(symbol)) {
			case 0 -> 'B';
			case 1 -> 'T';
			case 2 -> 'K';
			case 3 -> 'S';
			case 4 -> symbol == 'R' ? 0 : 'R';
			case 5 -> symbol == 'G' ? 0 : 'M';
			default -> 0;
		};
	}

	private static boolean sameStop(char a, char b) {
		return (a == 'g' && b == 'k') || (a == 'k' && b == 'g') || (a == 'd' && b == 't') || (a == 't' && b == 'd')
				|| (a == 'b' && b == 'p') || (a == 'p' && b == 'b');
	}

	private static void appendCollapsed(StringBuilder out, char symbol) {
		if (out.length() == 0 || out.charAt(out.length() - 1) != symbol) {
			out.append(symbol);
		}
	}

	private static double indel(char c) {
		return switch (c) {
			case 'h', 'y', 'w', 'R', 'G' -> 0.3;
			case 'v', 'j', 'D' -> 0.5;
			default -> 1.0;
		};
	}

	private static double substitution(char a, char b) {
		if (a == b || (a == 'R' && b == 'r') || (a == 'r' && b == 'R')) {
			return 0.0;
		}
		int ca = group(a);
		if (ca >= 0 && ca == group(b)) {
			return 0.25;
		}
		return cheapPair(a, b) || cheapPair(b, a) ? 0.5 : 1.0;
	}

	private static int group(char c) {
		return switch (c) {
			case 'b', 'p', 'f', 'v', 'w' -> 0;
			case 't', 'd', 'T', 'D' -> 1;
			case 'k', 'g', 'x' -> 2;
			case 's', 'z', 'S', 'J', 'Z', 'C', 'j' -> 3;
			case 'l', 'r', 'R' -> 4;
			case 'm', 'n', 'G' -> 5;
			default -> -1;
		};
	}

	private static boolean cheapPair(char a, char b) {
		return switch (a) {
			case 'T' -> b == 's' || b == 'z';
			case 'C' -> b == 't' || b == 'k' || b == 'h' || b == 'x' || b == 'g';
			case 'Z' -> b == 't';
			case 'x', 'k' -> b == 'h';
			case 'h' -> b == 'f';
			case 'j' -> b == 'y' || b == 'g' || b == 'd'; // Japanese writes di as ji
			default -> false;
		};
	}
}
