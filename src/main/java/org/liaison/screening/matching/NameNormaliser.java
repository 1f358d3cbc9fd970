package org.liaison.screening.matching;

import java.util.ArrayList;
import java.util.List;
import org.liaison.screening.matching.NameToken.Role;

/**
 * Normalises a person's name written in any script into lower-case ASCII Latin tokens.
 *
 * <p>Other scripts are transliterated with ICU ({@code Any-Latin}, then {@code Latin-ASCII}); whatever is
 * still not ASCII is dropped, and a token of a script ICU cannot transliterate is kept as written
 * (lower-cased) so that it can still equal itself. Diacritics, case, punctuation and apostrophes go;
 * hyphens, dots, commas and other punctuation separate tokens. Leading titles (Mr, Dr, Sheikh, Haji, Gen,
 * ...) and trailing suffixes (Jr, PhD, ...) are dropped as long as a token remains. Particles inside a name
 * (bin/ibn/ben, al/el, van, von, de, da, ...) are kept in a canonical spelling with the role
 * {@link Role#PARTICLE}. Chinese characters become one pinyin syllable per character, without tones.
 *
 * <p>Thread-safe. Names longer than {@value #MAX_CHARS} characters are cut, and at most
 * {@value #MAX_TOKENS} tokens are kept: a real name is never that long, and a hostile one must not cost
 * more than a real one.
 */
public final class NameNormaliser {

	/** Characters of a name that are looked at; the rest is ignored. */
	public static final int MAX_CHARS = 300;
	/** Tokens of a name that are kept. */
	public static final int MAX_TOKENS = 16;

	private static final String ARABIC_ARTICLE = "\u0627\u0644";

	/** Normalises one name; never null, possibly {@link NormalisedName#EMPTY}. */
	public NormalisedName normalise(String name) {
		String s = name.length() > MAX_CHARS ? name.substring(0, MAX_CHARS) : name;
		List<NameToken> tokens = new ArrayList<>(6);
		int start = -1;
		for (int i = 0; i <= s.length(); ) {
			int cp = i < s.length() ? s.codePointAt(i) : ' ';
			boolean inToken = i < s.length() && partOfToken(cp);
			if (inToken && start < 0) {
				start = i;
			} else if (!inToken && start >= 0) {
				addRawToken(s.substring(start, i), tokens);
				start = -1;
			}
			i += i < s.length() ? Character.charCount(cp) : 1;
		}
		return new NormalisedName(finish(tokens));
	}

	/** The ASCII token texts of a name, a convenience for indexing and tests. */
	public List<String> tokens(String name) {
		return normalise(name).texts();
	}

	private static boolean partOfToken(int cp) {
		if (cp < 0x80) {
			return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '\''
					|| cp == '`';
		}
		return switch (Character.getType(cp)) {
			case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
					Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
					Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK,
					Character.FORMAT -> true;
			default -> cp == 0x2019 || cp == 0x2018 || cp == 0x00B4 || cp == 0x02BC;
		};
	}

	private static void addRawToken(String raw, List<NameToken> out) {
		if (out.size() >= MAX_TOKENS) {
			return;
		}
		ScriptFamily family = familyOf(raw);
		switch (family) {
			case LATIN -> add(Latinizer.fold(raw), family, raw, out);
			case HAN -> addHan(raw, out);
			case ABJAD -> {
				if (raw.startsWith(ARABIC_ARTICLE) && raw.codePointCount(0, raw.length()) >= 4) {
					add("al", family, ARABIC_ARTICLE, out);
					String rest = raw.substring(2);
					add(Latinizer.latinize(rest, family), family, rest, out);
				} else {
					add(Latinizer.latinize(raw, family), family, raw, out);
				}
			}
			default -> add(Latinizer.latinize(raw, family), family, raw, out);
		}
	}

	private static void addHan(String raw, List<NameToken> out) {
		// One token per character (a syllable): 习近平 -> xi jin ping. Kana mixed into the run stays a word.
		StringBuilder other = new StringBuilder();
		for (int i = 0; i < raw.length(); ) {
			int cp = raw.codePointAt(i);
			i += Character.charCount(cp);
			String ch = new String(Character.toChars(cp));
			if (Latinizer.family(cp) == ScriptFamily.HAN) {
				flushOther(other, out);
				add(Latinizer.latinize(ch, ScriptFamily.HAN), ScriptFamily.HAN, ch, out);
			} else {
				other.append(ch);
			}
		}
		flushOther(other, out);
	}

	private static void flushOther(StringBuilder other, List<NameToken> out) {
		if (other.length() > 0) {
			String raw = other.toString();
			ScriptFamily family = familyOf(raw);
			add(Latinizer.latinize(raw, family), family, raw, out);
			other.setLength(0);
		}
	}

	private static void add(String latin, ScriptFamily family, String source, List<NameToken> out) {
		String text = latin.isEmpty() ? Latinizer.untransliterated(source) : latin;
		if (!text.isEmpty() && out.size() < MAX_TOKENS) {
			out.add(new NameToken(text, Role.NAME, family, source));
		}
	}

	private static ScriptFamily familyOf(String raw) {
		boolean ascii = true;
		for (int i = 0; i < raw.length(); i++) {
			if (raw.charAt(i) >= 0x80) {
				ascii = false;
				break;
			}
		}
		if (ascii) {
			return ScriptFamily.LATIN;
		}
		for (int i = 0; i < raw.length(); ) {
			int cp = raw.codePointAt(i);
			i += Character.charCount(cp);
			if (Character.isLetter(cp)) {
				ScriptFamily f = Latinizer.family(cp);
				if (f != ScriptFamily.LATIN) {
					return f;
				}
			}
		}
		return ScriptFamily.LATIN;
	}

	/** Canonical particles, Abd al- compounds, titles, suffixes and initials. */
	private static List<NameToken> finish(List<NameToken> tokens) {
		List<NameToken> joined = joinAbdAl(tokens);
		int from = 0;
		while (from < joined.size() - 1 && NameVocabulary.TITLES.contains(joined.get(from).text())) {
			from++;
		}
		int to = joined.size();
		while (to - from > 1 && NameVocabulary.SUFFIXES.contains(joined.get(to - 1).text())) {
			to--;
		}
		List<NameToken> kept = joined.subList(from, to);
		List<NameToken> out = new ArrayList<>(kept.size());
		for (int i = 0; i < kept.size(); i++) {
			NameToken t = kept.get(i);
			String particle = NameVocabulary.PARTICLES.get(t.text());
			if (particle != null && i > 0 && i < kept.size() - 1) {
				out.add(new NameToken(particle, Role.PARTICLE, t.script(), t.source()));
			} else if (t.text().length() == 1 && t.script() == ScriptFamily.LATIN) {
				out.add(new NameToken(t.text(), Role.INITIAL, t.script(), t.source()));
			} else {
				out.add(t);
			}
		}
		return out;
	}

	/** "Abd al-Rahman", "Abdel Rahman", "Abdoul Rahman" all spell the compound Abdul (servant of). */
	private static List<NameToken> joinAbdAl(List<NameToken> tokens) {
		List<NameToken> out = new ArrayList<>(tokens.size());
		for (int i = 0; i < tokens.size(); i++) {
			NameToken t = tokens.get(i);
			String text = t.text();
			if ((text.equals("abd") || text.equals("abdu")) && i + 1 < tokens.size()
					&& "al".equals(NameVocabulary.PARTICLES.get(tokens.get(i + 1).text()))) {
				out.add(new NameToken("abdul", Role.NAME, t.script(), t.source() + " " + tokens.get(i + 1).source()));
				i++;
			} else if (text.equals("abdel") || text.equals("abdal") || text.equals("abdoul") || text.equals("abdol")
					|| text.equals("abdoel") || text.equals("abdil")) {
				out.add(new NameToken("abdul", Role.NAME, t.script(), t.source()));
			} else {
				out.add(t);
			}
		}
		return out;
	}
}
