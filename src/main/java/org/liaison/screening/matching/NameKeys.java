package org.liaison.screening.matching;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.liaison.screening.matching.NameToken.Role;

/**
 * Keys that find candidate names before they are scored: exact tokens, Double Metaphone codes and
 * consonant-class skeletons, for an index to store as terms. A query's keys are looked up among the
 * alerts' keys; {@link NameMatcher} then scores the candidates found.
 *
 * <p>Terms carry a prefix per kind so that they can share one field: {@code t:} a token, or two adjacent
 * tokens written as one in either order (so that VladimirPutin finds Vladimir Putin), {@code p:} a
 * Double Metaphone code of two letters or more, {@code s:} a consonant-class skeleton. Exact terms find
 * the obvious candidates; a lenient index looks {@code s:} terms up with an edit distance of one as well.
 * Thread-safe.
 */
public final class NameKeys {

	private final NameNormaliser normaliser;

	/** Keys over the standard normaliser. */
	public NameKeys() {
		this(new NameNormaliser());
	}

	/** Keys over the given normaliser. */
	public NameKeys(NameNormaliser normaliser) {
		this.normaliser = normaliser;
	}

	/** Double Metaphone codes of an ASCII token: the primary, then the alternate where it differs. */
	public static List<String> phonetic(String token) {
		return List.of(TokenComparison.phoneticCodes(token));
	}

	/**
	 * The consonant-class skeleton of a token: vowels, h, w, y and silent r dropped, every consonant
	 * replaced by its class (B labial, T dental, K velar, S sibilant, R liquid, M nasal), so that محمد
	 * ("mhmd"), Mohammed and Muhammad all give {@code MMT}, and Hebrew, Korean and Japanese spellings meet
	 * Latin ones more often than letters would.
	 */
	public static String skeleton(NameToken token) {
		String symbols = Skeleton.of(token.text(), true, token.script() == ScriptFamily.ABJAD);
		StringBuilder out = new StringBuilder(symbols.length());
		for (int i = 0; i < symbols.length(); i++) {
			char cls = Skeleton.indexClass(symbols.charAt(i));
			if (cls != 0) {
				out.append(cls);
			}
		}
		return out.toString();
	}

	/** The index terms of one name as written. */
	public Set<String> indexTerms(String name) {
		return indexTerms(normaliser.normalise(name));
	}

	/**
	 * The index terms of one normalised name: every name token and initial, the phonetic codes and
	 * skeleton of every name token of two letters or more, and adjacent tokens joined in both orders.
	 * Particles give no terms: they would find everybody.
	 */
	public Set<String> indexTerms(NormalisedName name) {
		Set<String> terms = new LinkedHashSet<>();
		List<NameToken> tokens = name.tokens().stream().filter(t -> t.role() != Role.PARTICLE).toList();
		for (NameToken token : tokens) {
			terms.add("t:" + token.text());
			if (token.text().length() >= 2 && token.role() == Role.NAME) {
				for (String code : TokenComparison.phoneticCodes(token.text())) {
					if (code.length() >= 2) {
						terms.add("p:" + code);
					}
				}
				String skeleton = skeleton(token);
				if (skeleton.length() >= 2) {
					terms.add("s:" + skeleton);
				}
			}
		}
		for (int i = 0; i + 1 < tokens.size(); i++) {
			terms.add("t:" + tokens.get(i).text() + tokens.get(i + 1).text());
			terms.add("t:" + tokens.get(i + 1).text() + tokens.get(i).text());
		}
		return terms;
	}
}
