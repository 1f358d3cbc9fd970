package org.liaison.screening.matching;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The small vocabularies that name normalisation needs: titles and honorifics, post-nominal suffixes,
 * particles with their canonical spelling, and common diminutives. All entries are lower-case ASCII, as
 * tokens are after transliteration.
 *
 * <p>Sources: OpenSanctions rigour's {@code stopwords.yml} and {@code symbols.yml} (person prefixes, MENA
 * name parts, nicknames), trimmed to words that are not also common given names.
 */
final class NameVocabulary {

	/**
	 * Titles and honorifics, dropped when they lead a name. Words that are titles but also common given
	 * names (Sayed, Amir, Emir, Imam, Prince, King) are left out, as rigour does; Sheikh and Haji are in,
	 * unlike rigour, because leading a name they are nearly always the title (and a name that is only a
	 * title keeps it).
	 */
	static final Set<String> TITLES = Set.of(
			"mr", "mrs", "ms", "miss", "mx", "mister", "madam", "madame", "mme", "mlle", "monsieur", "herr", "frau",
			"senor", "senora", "senorita", "sr", "sra", "srta", "dr", "doctor", "prof", "professor", "dott",
			"sir", "dame", "lord", "lady", "rev", "reverend", "fr", "father", "hon", "honourable",
			"honorable", "his", "her", "excellency", "majesty", "highness", "hrh", "the", "president",
			"gen", "general", "col", "colonel", "lt", "ltcol", "maj", "capt", "captain", "cpt", "cmdr",
			"commander", "adm", "admiral", "brig", "brigadier", "sgt", "sergeant", "cpl", "pvt", "marshal",
			"amb", "ambassador", "sheikh", "shaikh", "shaykh", "sheik", "cheikh", "haji", "hajji", "hajj",
			"alhaji", "mullah", "mulla", "mawlawi", "maulvi", "maulana", "mawlana", "ayatollah",
			"lieutenant", "hojatoleslam");

	/** Post-nominal suffixes, dropped when they end a name. */
	static final Set<String> SUFFIXES = Set.of(
			"jr", "junior", "snr", "sr", "senior", "ii", "iii", "iv", "phd", "md", "esq", "dr", "mba", "ret");

	/**
	 * Particles and the canonical spelling they are reduced to. They count as particles only inside a
	 * name, never as its first or last token: "Le" in Le Van Thanh and "Ben" in Ben Stiller are names.
	 */
	static final Map<String, String> PARTICLES = particles();

	/** Diminutives and other forms of common given names, in groups that are all equivalent. */
	private static final Map<String, Set<String>> NICKNAMES = nicknames();

	private NameVocabulary() {}

	/** Endings of East Slavic patronymics (Viktorovich, Ivanovna, Olehovych) and Turkic ones (Aliyevich, Heydar oglu, kyzy). */
	private static final String[] PATRONYMIC_ENDINGS = {
		"ovich", "evich", "ovych", "evych", "ovitch", "ovna", "evna", "ivna", "ichna", "ogly", "oglu", "kyzy", "qizi"};

	/** Whether a token looks like a patronymic. */
	static boolean patronymic(String token) {
		if (token.length() < 6) {
			return false;
		}
		for (String ending : PATRONYMIC_ENDINGS) {
			if (token.endsWith(ending)) {
				return true;
			}
		}
		return false;
	}

	static boolean nicknames(String a, String b) {
		Set<String> forA = NICKNAMES.get(a);
		return forA != null && forA.contains(b);
	}

	private static Map<String, String> particles() {
		Map<String, String> p = new HashMap<>();
		for (String s : new String[] {"bin", "ibn", "ben", "bn", "ibni"}) {
			p.put(s, "bin");
		}
		for (String s : new String[] {"bint", "binti"}) {
			p.put(s, "bint");
		}
		for (String s : new String[] {"al", "el", "ul", "ud", "ur"}) {
			p.put(s, "al");
		}
		for (String s : new String[] {"van", "von", "vom", "der", "den", "ter", "ten", "de", "da", "di", "du", "del",
				"della", "dei", "des", "dos", "das", "la", "le", "y", "zu", "zur"}) {
			p.put(s, s);
		}
		return Map.copyOf(p);
	}

	private static Map<String, Set<String>> nicknames() {
		String[][] groups = {
			{"robert", "bob", "bobby", "rob", "robbie", "bert"}, {"richard", "dick", "rick", "ricky", "rich"},
			{"william", "bill", "billy", "will", "willy", "liam"}, {"timothy", "tim"}, {"edward", "ed", "eddie", "ted", "ned"},
			{"theodore", "ted", "teddy", "theo"}, {"douglas", "doug"}, {"andrew", "andy", "drew"},
			{"samuel", "sam", "sammy"}, {"samantha", "sam"}, {"alexander", "alex", "sasha", "sandy"},
			{"alexandra", "alex", "sasha"}, {"raymond", "ray"}, {"kenneth", "ken", "kenny"},
			{"benjamin", "ben", "benny"}, {"gregory", "greg"}, {"lawrence", "larry"}, {"ronald", "ron", "ronnie"},
			{"anthony", "tony"}, {"joshua", "josh"}, {"rebecca", "becky", "beccy"}, {"christopher", "chris"},
			{"charles", "chuck", "charlie"}, {"daniel", "dan", "danny"}, {"david", "dave", "davy"},
			{"deborah", "debbie"}, {"eleanor", "ellie"}, {"frederick", "fred", "freddie"}, {"jessica", "jess"},
			{"john", "jack", "johnny"}, {"james", "jim", "jimmy"}, {"jonathan", "jon"}, {"elizabeth", "liz", "beth"},
			{"margaret", "maggie", "peggy"}, {"matthew", "matt"}, {"michael", "mike", "mick"},
			{"nicholas", "nick"}, {"patrick", "paddy", "pat"}, {"peter", "pete"}, {"stephen", "steve"},
			{"steven", "steve"}, {"susan", "sue"}, {"thomas", "tom", "tommy"}, {"joseph", "joe"},
			{"katherine", "kate", "kathy"}, {"catherine", "kate", "cathy"}, {"jennifer", "jen", "jenny"},
			{"vladimir", "volodymyr", "volodya"}, {"aleksandr", "sasha"}, {"yevgeny", "zhenya"},
			{"mikhail", "misha"}, {"dmitry", "dima"}, {"ivan", "vanya"}, {"nikolai", "kolya"}};
		Map<String, HashSet<String>> m = new HashMap<>();
		for (String[] group : groups) {
			for (String a : group) {
				for (String b : group) {
					if (!a.equals(b)) {
						m.computeIfAbsent(a, k -> new HashSet<>()).add(b);
					}
				}
			}
		}
		Map<String, Set<String>> frozen = new HashMap<>();
		m.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
		return Map.copyOf(frozen);
	}
}
