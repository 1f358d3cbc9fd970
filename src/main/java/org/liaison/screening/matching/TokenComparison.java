package org.liaison.screening.matching;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.liaison.screening.matching.NameToken.Role;

/**
 * Compares two name tokens. Within the edit budget for their length, spellings agree; equal Double
 * Metaphone codes then add a small phonetic bonus; across a lossy script boundary (Arabic, Hebrew, Korean,
 * Japanese, ... against Latin) consonant skeletons may also agree. Two tokens of the same syllabic script
 * (Chinese, Korean, Japanese) are compared as written, character by character: 平 and 朋 are different
 * names even though their pinyin differs by one letter.
 */
final class TokenComparison {

	/** A token's similarity to another, and what made them agree. */
	record TokenMatch(double similarity, TokenAgreement how) {
		static final TokenMatch NONE = new TokenMatch(0.0, TokenAgreement.DIFFERENT);
	}

	static final double INITIAL_SIMILARITY = 0.8;
	/** Korean spellings that agree by {@link KoreanKey} are spellings of one name, never quite the same spelling. */
	private static final double KOREAN_KEY_MAX = 0.95;
	private static final DoubleMetaphone DOUBLE_METAPHONE = doubleMetaphone();

	private TokenComparison() {}

	/** A token with its phonetic codes and skeleton, computed when first needed; not thread-safe. */
	static final class Prepared {
		final NameToken token;
		private String[] phonetic;
		private String skeleton;
		private String skeletonOneLiquid;
		private String koreanKey;

		Prepared(NameToken token) {
			this.token = token;
		}

		String[] phonetic() {
			if (phonetic == null) {
				phonetic = phoneticCodes(token.text());
			}
			return phonetic;
		}

		String koreanKey() {
			if (koreanKey == null) {
				koreanKey = KoreanKey.of(token.text());
			}
			return koreanKey;
		}

		String skeleton(boolean oneLiquid) {
			if (oneLiquid) {
				if (skeletonOneLiquid == null) {
					skeletonOneLiquid = Skeleton.of(token.text(), true, token.script() == ScriptFamily.ABJAD);
				}
				return skeletonOneLiquid;
			}
			if (skeleton == null) {
				skeleton = Skeleton.of(token.text(), false, token.script() == ScriptFamily.ABJAD);
			}
			return skeleton;
		}
	}

	private static final int PHONETIC_CACHE_LIMIT = 200_000;
	private static final Map<String, String[]> PHONETIC = new ConcurrentHashMap<>();

	/** Double Metaphone primary and alternate codes, cached (names repeat: Mohammed, Ali, Kim). */
	static String[] phoneticCodes(String text) {
		String[] cached = PHONETIC.get(text);
		if (cached != null) {
			return cached;
		}
		String[] codes = computePhoneticCodes(text);
		if (PHONETIC.size() >= PHONETIC_CACHE_LIMIT) {
			PHONETIC.clear();
		}
		PHONETIC.put(text, codes);
		return codes;
	}

	private static String[] computePhoneticCodes(String text) {
		String primary = DOUBLE_METAPHONE.doubleMetaphone(text, false);
		String alternate = DOUBLE_METAPHONE.doubleMetaphone(text, true);
		if (primary == null || primary.isEmpty()) {
			return new String[0];
		}
		return primary.equals(alternate) || alternate == null || alternate.isEmpty()
				? new String[] {primary}
				: new String[] {primary, alternate};
	}

	static TokenMatch compare(Prepared q, Prepared c) {
		NameToken a = q.token;
		NameToken b = c.token;
		if (a.script() == b.script() && a.script().syllabic()) {
			return sameSyllabicScript(a.source(), b.source());
		}
		if (a.text().equals(b.text())) {
			return new TokenMatch(1.0, TokenAgreement.EXACT);
		}
		if (a.role() == Role.PARTICLE || b.role() == Role.PARTICLE) {
			return TokenMatch.NONE; // a particle agrees only with the same particle
		}
		if (a.role() == Role.INITIAL || b.role() == Role.INITIAL) {
			boolean initialOf = a.role() != b.role() && a.text().charAt(0) == b.text().charAt(0);
			// An initial is shared with one name in fifteen or so: less evidence than a spelling variant.
			return initialOf ? new TokenMatch(INITIAL_SIMILARITY, TokenAgreement.INITIAL) : TokenMatch.NONE;
		}
		if (NameVocabulary.nicknames(a.text(), b.text())) {
			return new TokenMatch(0.95, TokenAgreement.NICKNAME);
		}
		int length = Math.max(a.text().length(), b.text().length());
		if (a.script() == ScriptFamily.ABJAD && b.script() == ScriptFamily.ABJAD) {
			length += length / 2; // vowels that the script does not write
		}
		double budget = SpellingDistance.budget(length);
		// Beyond this cost the similarity falls below what alignment accepts, and its value no longer
		// matters: most pairs compared are different names, and are dismissed by a linear bound.
		double useless = budget * (1 + (0.8 - TokenAligner.ACCEPT) / 0.8);
		double cost = SpellingDistance.lowerBound(a.text(), b.text()) > useless
				? Double.POSITIVE_INFINITY
				: SpellingDistance.between(a.text(), b.text(), useless);
		double similarity = SpellingDistance.similarity(cost, budget);
		TokenAgreement how = TokenAgreement.SPELLING;
		if (length >= 4 && cost <= budget && soundAlike(q.phonetic(), c.phonetic())) {
			// Sounding alike is a bonus, never a rescue: John and Jane share a Double Metaphone code.
			similarity = Math.min(0.97, similarity + 0.05);
			how = TokenAgreement.PHONETIC;
		}
		if (a.script() != b.script() && (a.script().lossy() || b.script().lossy()) && similarity < 0.9) {
			boolean oneLiquid = a.script() == ScriptFamily.KANA || a.script() == ScriptFamily.HANGUL
					|| b.script() == ScriptFamily.KANA || b.script() == ScriptFamily.HANGUL;
			String sa = q.skeleton(oneLiquid);
			String sb = c.skeleton(oneLiquid);
			int skeletonLength = Math.max(sa.length(), sb.length());
			if (skeletonLength >= 2) {
				double skeletonBudget = Skeleton.budget(skeletonLength);
				double loose = Skeleton.distance(sa, sb, skeletonBudget * (1 + (0.8 - TokenAligner.ACCEPT) / 0.8));
				double s = loose <= skeletonBudget
						? 0.9 - 0.1 * loose / skeletonBudget
						: Math.max(0.0, 0.8 - 0.8 * (loose - skeletonBudget) / skeletonBudget);
				if (s > similarity) {
					similarity = s;
					how = TokenAgreement.TRANSLITERATION;
				}
			}
		}
		if ((a.script() == ScriptFamily.HANGUL) != (b.script() == ScriptFamily.HANGUL) && similarity < KOREAN_KEY_MAX) {
			String ka = q.koreanKey();
			String kb = c.koreanKey();
			// Less than a vowel per syllable: 김정일 is Kim Jong Il, not Kim Jong Un, and 백 is Baek, not Park.
			int syllables = (int) (a.script() == ScriptFamily.HANGUL ? a : b).source().chars().filter(Hangul::syllable).count();
			double keyBudget = 0.45 * Math.max(1, syllables);
			double s = Math.min(KOREAN_KEY_MAX,
					SpellingDistance.similarity(SpellingDistance.between(ka, kb, 2 * keyBudget), keyBudget));
			if (s > similarity) {
				similarity = s;
				how = TokenAgreement.TRANSLITERATION;
			}
		}
		return similarity > 0.0 ? new TokenMatch(similarity, how) : TokenMatch.NONE;
	}

	private static TokenMatch sameSyllabicScript(String a, String b) {
		if (a.equals(b)) {
			return new TokenMatch(1.0, TokenAgreement.EXACT);
		}
		int[] x = a.codePoints().toArray();
		int[] y = b.codePoints().toArray();
		int length = Math.max(x.length, y.length);
		// Long katakana words are foreign names, where one kana more or less is a spelling variant.
		return length >= 5 && codePointDistance(x, y) <= 1
				? new TokenMatch(0.8, TokenAgreement.SPELLING)
				: TokenMatch.NONE;
	}

	private static int codePointDistance(int[] a, int[] b) {
		int[] prev = new int[b.length + 1];
		int[] cur = new int[b.length + 1];
		for (int j = 0; j <= b.length; j++) {
			prev[j] = j;
		}
		for (int i = 1; i <= a.length; i++) {
			cur[0] = i;
			for (int j = 1; j <= b.length; j++) {
				cur[j] = Math.min(prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), Math.min(prev[j], cur[j - 1]) + 1);
			}
			int[] t = prev;
			prev = cur;
			cur = t;
		}
		return prev[b.length];
	}

	private static boolean soundAlike(String[] a, String[] b) {
		for (String x : a) {
			for (String y : b) {
				if (x.equals(y)) {
					return true;
				}
			}
		}
		return false;
	}

	private static DoubleMetaphone doubleMetaphone() {
		DoubleMetaphone dm = new DoubleMetaphone();
		dm.setMaxCodeLen(8);
		return dm;
	}
}
