package org.liaison.screening.matching;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Turns one raw name token into lower-case ASCII Latin: ICU {@code Any-Latin} for other scripts, then a
 * {@code Latin-ASCII} fold, then whatever is still not ASCII is dropped.
 *
 * <p>ICU transliterators are not thread-safe, so a thread borrows one from a small pool and gives it back
 * (a pool rather than a ThreadLocal, so that virtual threads do not each build their own, which costs
 * milliseconds). They are also slow (a Chinese
 * name costs ~30 µs, a Latin one with diacritics ~20 µs), so the Latin fold is a table computed once, Han
 * characters are transliterated one at a time and cached, and other non-Latin tokens are cached whole in
 * a bounded map. Caching changes no result, only its cost. Hangul syllables are romanised by table
 * ({@link Hangul}), which follows the official rules for final consonants where ICU does not.
 */
final class Latinizer {

	private static final int TABLE_SIZE = 0x3000;
	/** Latin-ASCII of every code point below U+3000, lower-cased; "" where nothing ASCII remains. */
	private static final String[] FOLD = foldTable();
	private static final Pool ANY_LATIN = new Pool("Any-Latin");
	/** Modern Greek (UNGEGN): β is v, η is i, as Greek names are spelt in Latin today. */
	private static final Pool GREEK_LATIN = new Pool("Greek-Latin/UNGEGN");
	private static final Map<Integer, String> HAN_SYLLABLES = new ConcurrentHashMap<>();
	private static final int TOKEN_CACHE_LIMIT = 100_000;
	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	private Latinizer() {}

	/** Transliterators of one ID, each used by one thread at a time. */
	private static final class Pool {
		private static final int KEPT = 32;
		private final String id;
		private final ConcurrentLinkedQueue<Transliterator> free = new ConcurrentLinkedQueue<>();
		private final AtomicInteger size = new AtomicInteger();

		Pool(String id) {
			this.id = id;
		}

		String transliterate(String text) {
			Transliterator t = free.poll();
			if (t == null) {
				t = Transliterator.getInstance(id);
			} else {
				size.decrementAndGet();
			}
			try {
				return t.transliterate(text);
			} finally {
				if (size.incrementAndGet() <= KEPT) {
					free.offer(t);
				} else {
					size.decrementAndGet();
				}
			}
		}
	}

	/** The script family of a letter; LATIN for anything that is not a letter of another script. */
	static ScriptFamily family(int codePoint) {
		if (codePoint < 0x0250) {
			return ScriptFamily.LATIN;
		}
		return switch (UScript.getScript(codePoint)) {
			case UScript.CYRILLIC, UScript.GREEK, UScript.ARMENIAN, UScript.GEORGIAN -> ScriptFamily.ALPHABET;
			case UScript.ARABIC, UScript.HEBREW, UScript.SYRIAC, UScript.THAANA -> ScriptFamily.ABJAD;
			case UScript.HAN -> ScriptFamily.HAN;
			case UScript.HANGUL -> ScriptFamily.HANGUL;
			case UScript.HIRAGANA, UScript.KATAKANA, UScript.KATAKANA_OR_HIRAGANA -> ScriptFamily.KANA;
			case UScript.LATIN, UScript.COMMON, UScript.INHERITED, UScript.UNKNOWN -> ScriptFamily.LATIN;
			default -> ScriptFamily.ABUGIDA;
		};
	}

	/**
	 * The ASCII form of a token written in the given family. Han characters come out as one syllable
	 * each, separated by spaces; every other token comes out as one word (possibly empty).
	 */
	static String latinize(String token, ScriptFamily family) {
		if (family == ScriptFamily.LATIN) {
			return fold(token);
		}
		if (family == ScriptFamily.HAN) {
			return han(token);
		}
		if (family == ScriptFamily.HANGUL && token.chars().allMatch(Hangul::syllable)) {
			return Hangul.romanise(token);
		}
		String cached = TOKENS.get(token);
		if (cached != null) {
			return cached;
		}
		String latin = fold(repair(transliterate(token, family), family, token));
		if (TOKENS.size() >= TOKEN_CACHE_LIMIT) {
			TOKENS.clear();
		}
		TOKENS.put(token, latin);
		return latin;
	}

	/** Lower-case ASCII letters and digits of a Latin string; everything else folded or dropped. */
	static String fold(String s) {
		StringBuilder out = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); ) {
			int cp = s.codePointAt(i);
			i += Character.charCount(cp);
			if (cp >= 0xFF01 && cp <= 0xFF5E) {
				cp -= 0xFEE0; // full-width ASCII
			}
			if (cp < 0x80) {
				if (cp >= 'A' && cp <= 'Z') {
					out.append((char) (cp + 32));
				} else if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
					out.append((char) cp);
				}
			} else if (cp < TABLE_SIZE) {
				out.append(FOLD[cp]);
			}
		}
		return out.toString();
	}

	private static String transliterate(String token, ScriptFamily family) {
		if (family == ScriptFamily.ALPHABET && greek(token)) {
			return GREEK_LATIN.transliterate(modernGreek(token));
		}
		if (family == ScriptFamily.ABUGIDA && thai(token)) {
			// ICU follows ISO 11940 letter by letter; drop what Thai does not pronounce: a letter under
			// the thanthakhat (and the one before it, as in จันทร์), and the vowel carrier อ.
			String spoken = token.replaceAll(".?.\u0E4C", "").replace("\u0E2D", "");
			return ANY_LATIN.transliterate(spoken.isEmpty() ? token : spoken).replaceAll("c(?!h)", "ch");
		}
		return ANY_LATIN.transliterate(token);
	}

	/** Modern Greek writes d, g and b as ντ, γκ and μπ: initially they are d, g, b; inside a word nd, ng, mb. */
	private static String modernGreek(String token) {
		String lower = token.toLowerCase(Locale.ROOT);
		lower = lower.replaceAll("^ντ", "d").replaceAll("^γκ", "g").replaceAll("^μπ", "b");
		return lower.replace("ντ", "nd").replace("γκ", "ng").replace("γγ", "ng").replace("μπ", "mb");
	}

	private static boolean greek(String token) {
		return token.chars().anyMatch(ch -> (ch >= 0x0370 && ch <= 0x03FF) || (ch >= 0x1F00 && ch <= 0x1FFF));
	}

	private static boolean thai(String token) {
		return token.chars().anyMatch(ch -> ch >= 0x0E00 && ch <= 0x0E7F);
	}

	/** A token of a script ICU cannot transliterate (Khmer, for one): lower-cased, without format characters. */
	static String untransliterated(String token) {
		StringBuilder out = new StringBuilder(token.length());
		token.toLowerCase(Locale.ROOT).codePoints()
				.filter(cp -> Character.getType(cp) != Character.FORMAT && cp != '\'' && cp != 0x2019)
				.forEach(out::appendCodePoint);
		return out.toString();
	}

	/** Fixes what ICU's Latin output means but a plain fold would lose or garble. */
	private static String repair(String latin, ScriptFamily family, String source) {
		String s = latin;
		if (s.indexOf('~') >= 0) {
			// Katakana small vowels: ウィ "u~i" is wi, イェ "i~e" is ye, ヴィ "vu~i" is vi, トゥ "to~u" is tu.
			s = s.replaceAll("(^|[aeiouāēīōū])u~", "$1w").replaceAll("(^|[aeiouāēīōū])i~", "$1y")
					.replaceAll("[aeiouāēīōū]~", "").replace("~", "");
		}
		if (family == ScriptFamily.ABJAD) {
			// A leading ain or hamza is written as a vowel in Latin (Umar, Ali, Abd); inside a word it is dropped.
			if (!s.isEmpty() && (s.charAt(0) == 'ʿ' || s.charAt(0) == 'ʾ' || s.charAt(0) == 'ʻ')) {
				s = "a" + s.substring(1);
			}
			if (hebrew(source)) {
				// A geresh marks sounds Hebrew lacks: ג' j (Johnson), צ' ch, ז' zh, ת' th; צ alone is ts, ת t.
				s = s.replace("g'", "j").replace("ẕ'", "ch").replace("z'", "zh").replace("ţ'", "th").replace("ẕ", "ts").replace("ţ", "t");
			}
		} else if (family == ScriptFamily.ALPHABET && cyrillic(source)) {
			// ICU follows ISO 9 (ц c, х h, й j, я â, ю û); names in Latin spell them ts, kh, y, ya, yu.
			StringBuilder b = new StringBuilder(s.length() + 4);
			for (char ch : s.toCharArray()) {
				switch (ch) {
					case 'c', 'C' -> b.append("ts");
					case 'h', 'H' -> b.append("kh");
					case 'j', 'J' -> b.append('y');
					case 'â', 'Â' -> b.append("ya");
					case 'û', 'Û' -> b.append("yu");
					default -> b.append(ch);
				}
			}
			s = b.toString();
		}
		return s;
	}

	private static boolean hebrew(String source) {
		return source.chars().anyMatch(ch -> ch >= 0x0590 && ch <= 0x05FF);
	}

	private static boolean cyrillic(String source) {
		return source.chars().anyMatch(ch -> ch >= 0x0400 && ch <= 0x052F);
	}

	private static String han(String token) {
		StringBuilder out = new StringBuilder(token.length() * 4);
		for (int i = 0; i < token.length(); ) {
			int cp = token.codePointAt(i);
			i += Character.charCount(cp);
			String syllable = HAN_SYLLABLES.computeIfAbsent(cp, Latinizer::hanSyllable);
			if (syllable.isEmpty()) {
				continue;
			}
			if (out.length() > 0) {
				out.append(' ');
			}
			out.append(syllable);
		}
		return out.toString();
	}

	private static String hanSyllable(int codePoint) {
		String raw = new String(Character.toChars(codePoint));
		return fold(ANY_LATIN.transliterate(raw));
	}

	private static String[] foldTable() {
		Transliterator latinAscii = Transliterator.getInstance("Latin-ASCII");
		String[] table = new String[TABLE_SIZE];
		// Latin-ASCII drops the hacek and the cedilla; names spell these sounds with two letters
		// (Vučić is Vuchich, Şahin Shahin, Žukov Zhukov), as do other scripts' transliterations.
		Map<Character, String> digraphs = Map.of(
				'č', "ch", 'ć', "ch", 'š', "sh", 'ş', "sh", 'ș', "sh", 'ž', "zh", 'ț', "ts", 'ţ', "ts", 'ŝ', "shch");
		for (int cp = 0; cp < TABLE_SIZE; cp++) {
			String ch = new String(Character.toChars(cp));
			String lower = ch.toLowerCase(Locale.ROOT);
			String ascii = lower.length() == 1 && digraphs.containsKey(lower.charAt(0))
					? digraphs.get(lower.charAt(0))
					: latinAscii.transliterate(ch).toLowerCase(Locale.ROOT);
			StringBuilder kept = new StringBuilder(ascii.length());
			for (char c : ascii.toCharArray()) {
				if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
					kept.append(c);
				}
			}
			table[cp] = kept.toString();
		}
		return table;
	}
}
