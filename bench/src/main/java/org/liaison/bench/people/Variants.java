package org.liaison.bench.people;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

/**
 * Noisy queries for listed persons, as a traveller's document or another list writes them: another
 * transliteration, tokens in another order, a typo, the middle name (patronymic, nasab, maternal
 * surname) left out, only the year of birth, or the name in its own script. One or two kinds each,
 * drawn from those that apply; recorded, so that recall can be reported per kind.
 */
public final class Variants {

	/** What was changed. */
	public enum Kind {
		TRANSLITERATION, TOKEN_SWAP, TYPO, NO_MIDDLE_NAME, YEAR_ONLY, OTHER_SCRIPT
	}

	/** A query for a listed person, and how it differs from the alert. */
	public record Variant(ListedPerson query, Set<Kind> kinds) {
	}

	private Variants() {}

	/** A variant of a generated person. */
	public static Variant of(PersonGenerator.Generated g, SplittableRandom r) {
		return make(g.person(), g.tokens(), g.nativeName(), r);
	}

	/** A variant of a listed person without known tokens (a sanctions list entry). */
	public static Variant of(ListedPerson p, SplittableRandom r) {
		List<PersonGenerator.Token> tokens = new ArrayList<>();
		String[] parts = p.names().get(0).split("\\s+");
		for (int i = 0; i < parts.length; i++) {
			tokens.add(new PersonGenerator.Token(parts[i], List.of(parts[i]), parts.length >= 3 && i > 0 && i < parts.length - 1));
		}
		String other = p.names().stream().filter(n -> n.codePoints().anyMatch(c -> Character.isLetter(c) && c > 0x24F))
			.findFirst().orElse(null);
		return make(p, tokens, other, r);
	}

	private static Variant make(ListedPerson p, List<PersonGenerator.Token> tokens, @Nullable String nativeName,
			SplittableRandom r) {
		List<Kind> applicable = new ArrayList<>(List.of(Kind.TYPO, Kind.TOKEN_SWAP));
		if (tokens.stream().anyMatch(t -> t.spellings().size() > 1)) {
			applicable.add(Kind.TRANSLITERATION);
			applicable.add(Kind.TRANSLITERATION); // the commonest difference at a border
		}
		if (tokens.stream().anyMatch(PersonGenerator.Token::middle)) {
			applicable.add(Kind.NO_MIDDLE_NAME);
		}
		if (p.birthDate() != null && p.birthDate().length() > 4) {
			applicable.add(Kind.YEAR_ONLY);
		}
		if (nativeName != null) {
			applicable.add(Kind.OTHER_SCRIPT);
		}
		Set<Kind> kinds = EnumSet.noneOf(Kind.class);
		int count = r.nextInt(100) < 60 ? 1 : 2;
		while (kinds.size() < count) {
			kinds.add(applicable.get(r.nextInt(applicable.size())));
		}
		List<String> words = new ArrayList<>();
		for (PersonGenerator.Token t : tokens) {
			if (kinds.contains(Kind.NO_MIDDLE_NAME) && t.middle()) {
				continue;
			}
			String w = t.text();
			if (kinds.contains(Kind.TRANSLITERATION) && t.spellings().size() > 1 && r.nextBoolean()) {
				List<String> others = t.spellings().stream().filter(s -> !s.equals(t.text())).toList();
				w = others.isEmpty() ? w : others.get(r.nextInt(others.size()));
			}
			words.add(w);
		}
		if (kinds.contains(Kind.TRANSLITERATION) && words.equals(tokens.stream().map(PersonGenerator.Token::text).toList())) {
			for (int i = 0; i < tokens.size(); i++) { // make sure one token changed
				PersonGenerator.Token token = tokens.get(i);
				List<String> others = token.spellings().stream().filter(s -> !s.equals(token.text())).toList();
				if (!others.isEmpty() && i < words.size()) {
					words.set(i, others.get(0));
					break;
				}
			}
		}
		if (kinds.contains(Kind.TOKEN_SWAP) && words.size() >= 2) {
			words.add(0, words.remove(words.size() - 1)); // surname first
		}
		if (kinds.contains(Kind.TYPO)) {
			int i = longest(words);
			words.set(i, typo(words.get(i), r));
		}
		String name = String.join(" ", words);
		if (kinds.contains(Kind.OTHER_SCRIPT)) {
			name = nativeName;
		}
		String dob = kinds.contains(Kind.YEAR_ONLY) ? p.birthDate().substring(0, 4) : p.birthDate();
		return new Variant(new ListedPerson(List.of(name), dob, p.nationalities(), p.gender()), kinds);
	}

	private static int longest(List<String> words) {
		int best = 0;
		for (int i = 1; i < words.size(); i++) {
			if (words.get(i).length() > words.get(best).length()) {
				best = i;
			}
		}
		return best;
	}

	/** One keyboard slip: a letter replaced, dropped, doubled, or two swapped. */
	static String typo(String w, SplittableRandom r) {
		if (w.length() < 4) {
			return w;
		}
		int i = 1 + r.nextInt(w.length() - 2);
		StringBuilder b = new StringBuilder(w);
		switch (r.nextInt(4)) {
			case 0 -> b.setCharAt(i, "aeioustnrl".charAt(r.nextInt(10)));
			case 1 -> b.deleteCharAt(i);
			case 2 -> b.insert(i, w.charAt(i));
			default -> {
				char c = b.charAt(i);
				b.setCharAt(i, b.charAt(i + 1));
				b.setCharAt(i + 1, c);
			}
		}
		return b.toString();
	}
}
