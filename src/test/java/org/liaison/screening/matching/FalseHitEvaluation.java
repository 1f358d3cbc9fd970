package org.liaison.screening.matching;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.liaison.screening.matching.NameMatchingData.Transliteration;
import org.liaison.screening.matching.SanctionsLists.ListedPerson;

/**
 * How often a person who is not listed hits the OFAC SDN and UN Security Council lists: names made up
 * deterministically from real name parts, screened with the production scorer ({@link PersonMatcher}) and
 * threshold ({@link PersonMatcher#THRESHOLD}) against every listed person (brute force, no index).
 *
 * <p>Two sets of queries: names from Wikidata name tokens of many cultures (the Latin side of
 * {@code names/wikidata-translit}), and the harder case of names recombined from the lists' own parts (a
 * given name of one listed person, a surname of another), as screening meets within the communities that
 * the lists cover. A made-up name whose tokens are exactly those of a listed name is drawn again. Each
 * query is screened without a date of birth, then with a random one (1940 to 2004).
 *
 * <p>Run: see {@link NameMatchingEvaluation}, main class {@code FalseHitEvaluation [queries] [--hits]}.
 */
public final class FalseHitEvaluation {

	private static final int DEFAULT_QUERIES = 1000;
	private static final long SEED = 20_240_601L;

	private FalseHitEvaluation() {}

	/** Prints false-hit rates per set of queries; with {@code --hits}, the first hits with their explanations. */
	public static void main(String[] args) throws IOException {
		int queries = args.length > 0 && args[0].matches("\\d+") ? Integer.parseInt(args[0]) : DEFAULT_QUERIES;
		boolean showHits = List.of(args).contains("--hits");
		if (!Files.isReadable(SanctionsLists.ofac()) || !Files.isReadable(SanctionsLists.unSecurityCouncil())) {
			System.out.println("no lists under " + NameMatchingData.sharedData().toAbsolutePath() + "; nothing to evaluate");
			return;
		}
		long start = System.nanoTime();
		List<ListedPerson> listed = new ArrayList<>(SanctionsLists.ofacIndividuals(SanctionsLists.ofac()));
		int ofac = listed.size();
		listed.addAll(SanctionsLists.unIndividuals(SanctionsLists.unSecurityCouncil()));
		ListScreen screen = new ListScreen(listed);
		System.out.printf(Locale.ROOT, "%d listed persons (OFAC SDN %d, UN SC %d), %d names; threshold %.2f, brute force%n",
				listed.size(), ofac, listed.size() - ofac, screen.names(), PersonMatcher.THRESHOLD);
		report("Wikidata name parts", wikidataNames(screen, queries), screen, showHits);
		report("listed name parts recombined", recombinedNames(listed, screen, queries), screen, showHits);
		System.out.printf(Locale.ROOT, "(%.1f s)%n", (System.nanoTime() - start) / 1e9);
	}

	/** Screens each name without and with a date of birth and prints the rates. */
	static Rates report(String label, List<String> names, ListScreen screen, boolean showHits) {
		SplittableRandom random = new SplittableRandom(SEED + 1);
		int[] withoutDob = new int[names.size()];
		int[] withDob = new int[names.size()];
		int shown = 0;
		for (int i = 0; i < names.size(); i++) {
			PersonDetails query = PersonDetails.named(names.get(i));
			List<String> hits = screen.hits(query);
			withoutDob[i] = hits.size();
			withDob[i] = screen.hits(query.bornOn(randomBirthDate(random))).size();
			if (showHits && !hits.isEmpty() && shown < 25) {
				System.out.printf(Locale.ROOT, "    hit  %s -> %s%n", names.get(i), hits.get(0));
				shown++;
			}
		}
		Rates rates = new Rates(names.size(), rate(withoutDob), mean(withoutDob), rate(withDob), mean(withDob));
		System.out.printf(Locale.ROOT, "  %-30s %s%n", label, rates);
		return rates;
	}

	/** False-hit rates of one set of queries. */
	record Rates(int queries, double hitRate, double hitsPerQuery, double hitRateWithDob, double hitsPerQueryWithDob) {
		@Override
		public String toString() {
			return String.format(Locale.ROOT,
					"%d queries: without dob %.2f%% with a hit (%.4f hits/query); with dob %.2f%% (%.4f hits/query)", queries,
					100 * hitRate, hitsPerQuery, 100 * hitRateWithDob, hitsPerQueryWithDob);
		}
	}

	/** Two or three tokens (7 in 10 two) drawn from the Latin name tokens of the Wikidata sets. */
	static List<String> wikidataNames(ListScreen screen, int count) throws IOException {
		TreeSet<String> tokens = new TreeSet<>();
		for (String script : new String[] {"korean", "hebrew", "katakana"}) {
			if (Files.isReadable(NameMatchingData.transliterations(script))) {
				for (Transliteration row : NameMatchingData.transliterationRows(NameMatchingData.transliterations(script))) {
					if (row.latin().length() >= 2 && row.latin().chars().allMatch(Character::isLetter)) {
						tokens.add(capitalised(row.latin()));
					}
				}
			}
		}
		List<String> pool = List.copyOf(tokens);
		SplittableRandom random = new SplittableRandom(SEED);
		List<String> out = new ArrayList<>(count);
		while (out.size() < count && !pool.isEmpty()) {
			int n = random.nextInt(10) < 7 ? 2 : 3;
			List<String> parts = new ArrayList<>(n);
			for (int i = 0; i < n; i++) {
				parts.add(pool.get(random.nextInt(pool.size())));
			}
			String name = String.join(" ", parts);
			if (!screen.isListedName(name)) {
				out.add(name);
			}
		}
		return out;
	}

	/** The first token of one listed person's Latin name with the last token of another's, and at times a middle one of a third's. */
	static List<String> recombinedNames(List<ListedPerson> listed, ListScreen screen, int count) {
		List<String[]> latinNames = new ArrayList<>();
		for (ListedPerson p : listed) {
			String name = p.details().names().get(0);
			String[] parts = name.split(" ");
			if (parts.length >= 2 && name.chars().allMatch(ch -> ch < 0x250)) {
				latinNames.add(parts);
			}
		}
		SplittableRandom random = new SplittableRandom(SEED + 2);
		List<String> out = new ArrayList<>(count);
		while (out.size() < count && !latinNames.isEmpty()) {
			String[] given = latinNames.get(random.nextInt(latinNames.size()));
			String[] family = latinNames.get(random.nextInt(latinNames.size()));
			String name = given[0] + " " + family[family.length - 1];
			if (random.nextInt(10) < 3) {
				String[] middle = latinNames.get(random.nextInt(latinNames.size()));
				name = given[0] + " " + middle[middle.length / 2] + " " + family[family.length - 1];
			}
			if (!screen.isListedName(name)) {
				out.add(name);
			}
		}
		return out;
	}

	private static String randomBirthDate(SplittableRandom random) {
		return String.format(Locale.ROOT, "%04d-%02d-%02d", 1940 + random.nextInt(65), 1 + random.nextInt(12), 1 + random.nextInt(28));
	}

	private static String capitalised(String token) {
		return token.substring(0, 1).toUpperCase(Locale.ROOT) + token.substring(1);
	}

	private static double rate(int[] hits) {
		return (double) Arrays.stream(hits).filter(h -> h > 0).count() / hits.length;
	}

	private static double mean(int[] hits) {
		return Arrays.stream(hits).average().orElse(0.0);
	}

	/**
	 * Listed persons with their names normalised once. A person is scored with {@link PersonMatcher} when
	 * its best name score is within {@link PersonMatcher#MOST_SUPPORT} of the threshold, which gives the
	 * same hits as scoring every person: nothing else can reach the threshold.
	 */
	static final class ListScreen {
		private final List<ListedPerson> persons;
		private final List<NormalisedName[]> names = new ArrayList<>();
		private final Set<List<String>> listedTokenSets = new HashSet<>();
		private final NameMatcher nameMatcher = new NameMatcher();
		private final PersonMatcher personMatcher = new PersonMatcher(nameMatcher);

		ListScreen(List<ListedPerson> persons) {
			this.persons = List.copyOf(persons);
			for (ListedPerson p : persons) {
				NormalisedName[] normalised = p.details().names().stream().map(nameMatcher.normaliser()::normalise)
						.toArray(NormalisedName[]::new);
				names.add(normalised);
				for (NormalisedName n : normalised) {
					listedTokenSets.add(n.texts().stream().sorted().toList());
				}
			}
		}

		int names() {
			return names.stream().mapToInt(n -> n.length).sum();
		}

		/** Whether the name has exactly the tokens of a listed name, in any order. */
		boolean isListedName(String name) {
			return listedTokenSets.contains(nameMatcher.normaliser().tokens(name).stream().sorted().toList());
		}

		/** The explanations of the listed persons the query hits. */
		List<String> hits(PersonDetails query) {
			List<NormalisedName> queryNames = query.names().stream().map(nameMatcher.normaliser()::normalise).toList();
			List<String> out = new ArrayList<>();
			for (int p = 0; p < persons.size(); p++) {
				if (bestNameScore(queryNames, names.get(p)) + PersonMatcher.MOST_SUPPORT < PersonMatcher.THRESHOLD) {
					continue;
				}
				PersonScore score = personMatcher.score(query, persons.get(p).details());
				if (score.isMatch(PersonMatcher.THRESHOLD)) {
					out.add(persons.get(p).list() + " " + persons.get(p).reference() + " " + score.explanation());
				}
			}
			return out;
		}

		private double bestNameScore(List<NormalisedName> queryNames, NormalisedName[] candidateNames) {
			double best = 0.0;
			for (NormalisedName q : queryNames) {
				for (NormalisedName c : candidateNames) {
					best = Math.max(best, nameMatcher.score(q, c).score());
				}
			}
			return best;
		}
	}
}
