package org.liaison.screening.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.liaison.screening.matching.NameToken.Role;

/**
 * Blocking keys for a screening index at scale: a key names two tokens of one name at once, so that a
 * candidate shares a key with the query only if two of its tokens resemble two of the query's, which a
 * name match needs anyway when both names have two tokens or more (one aligned token scores at most 0.74).
 * Keys of single tokens (Mohammed, Wang) would each find a tenth of a border-scale index; a pair of them
 * finds the few persons who bear both.
 *
 * <p>The same function gives the keys of a listed name and of a screened one. For every two of the first
 * {@value #MAX_TOKENS} name tokens (initials included, particles left out), in either order: their
 * consonant skeletons (the token itself when the skeleton has fewer than two classes), their primary
 * Double Metaphone codes, and the first or last four letters of one (tokens of six letters or more) with
 * the skeleton of the other, so that one typo leaves a key. Adjacent tokens as written joined (Min Jun and
 * Minjun, al-Farsi and Alfarsi) count as a token too, by skeleton. A one-token name gets keys of its token ({@code u:}), which the joined
 * tokens of longer names also get. Thread-safe.
 */
public final class PairKeys {

	static final int MAX_TOKENS = 6;
	private static final int AFFIX = 4;
	private static final int AFFIX_FROM = 6;

	private final NameNormaliser normaliser;

	/** Keys over the standard normaliser. */
	public PairKeys() {
		this(new NameNormaliser());
	}

	/** Keys over the given normaliser. */
	public PairKeys(NameNormaliser normaliser) {
		this.normaliser = normaliser;
	}

	/** The keys of one name as written. */
	public Set<String> of(String name) {
		return of(normaliser.normalise(name));
	}

	/** The keys of one normalised name. */
	public Set<String> of(NormalisedName name) {
		List<NameToken> tokens = name.tokens().stream().filter(t -> t.role() != Role.PARTICLE).limit(MAX_TOKENS).toList();
		Set<String> keys = new LinkedHashSet<>();
		if (tokens.size() == 1) {
			Token t = Token.of(tokens.get(0).text(), tokens.get(0).role(), tokens.get(0).script());
			keys.add("u:" + t.shape);
			if (t.sound != null) {
				keys.add("u:" + t.sound);
			}
			return keys;
		}
		List<Token> toks = new ArrayList<>(tokens.size());
		tokens.forEach(t -> toks.add(Token.of(t.text(), t.role(), t.script())));
		for (int i = 0; i < toks.size(); i++) {
			for (int j = i + 1; j < toks.size(); j++) {
				pair(toks.get(i), toks.get(j), keys);
			}
		}
		// adjacent tokens as written, particles included (al-Farsi, Alfarsi), joined
		List<NameToken> all = name.tokens().stream().limit(2 * MAX_TOKENS).toList();
		for (int i = 0; i + 1 < all.size(); i++) {
			NameToken a = all.get(i);
			NameToken b = all.get(i + 1);
			Token joined = Token.of(a.text() + b.text(), Role.NAME, a.script());
			keys.add("u:" + joined.shape);
			for (int k = 0; k < toks.size(); k++) {
				NameToken other = tokens.get(k);
				if (other != a && other != b) {
					keys.add(key(joined.shape, toks.get(k).shape));
				}
			}
		}
		return keys;
	}

	private static void pair(Token x, Token y, Set<String> keys) {
		keys.add(key(x.shape, y.shape));
		if (x.sound != null && y.sound != null) {
			keys.add(key(x.sound, y.sound));
		}
		if (x.begin != null) {
			keys.add(key(x.begin, y.shape));
			keys.add(key(x.end, y.shape));
		}
		if (y.begin != null) {
			keys.add(key(y.begin, x.shape));
			keys.add(key(y.end, x.shape));
		}
	}

	private static String key(String a, String b) {
		return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
	}

	/** What keys are made of for one token: shape (skeleton or text), sound, and the two affixes. */
	private record Token(String shape, @Nullable String sound, @Nullable String begin, @Nullable String end) {

		static Token of(String text, Role role, ScriptFamily script) {
			String skeleton = "";
			String sound = null;
			if (role == Role.NAME && text.length() >= 2) {
				skeleton = NameKeys.skeleton(new NameToken(text, role, script, text));
				String[] codes = TokenComparison.phoneticCodes(text);
				sound = codes.length > 0 && codes[0].length() >= 2 ? "p" + codes[0] : null;
			}
			String shape = skeleton.length() >= 2 ? "s" + skeleton : "t" + text;
			boolean affixes = role == Role.NAME && text.length() >= AFFIX_FROM;
			return new Token(shape, sound, affixes ? "b" + text.substring(0, AFFIX) : null,
					affixes ? "e" + text.substring(text.length() - AFFIX) : null);
		}
	}
}
