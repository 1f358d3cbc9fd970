package org.liaison.bench.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.liaison.bench.people.NamePools.Name;

/**
 * Deterministic, realistic multicultural persons: person {@code i} of seed {@code s} is always the same.
 * Fifteen naming customs, in shares a European border might see: Arabic (nasab with bin/ibn, al- family
 * names, kunya aliases, Arabic script), Persian and Afghan, Russian and Ukrainian (patronymics, Cyrillic
 * with two transliteration schemes), Chinese (surname first, Han characters, pinyin and Wade-Giles),
 * Korean (hangul), Japanese (hiragana), Hispanic (two surnames), Greek, Turkish, Hebrew, Georgian,
 * Indian, West African, Vietnamese and other European. Names are drawn with a skew (the first of a pool
 * is the commonest), so that homonyms (Wang Wei, Mohammed Ali) are as frequent as at a real border.
 *
 * <p>Besides the person, {@link #generate} returns its tokens with their spelling variants, so that
 * {@link Variants} can write the same person as a traveller's document or another list would.
 */
public final class PersonGenerator {

	/** A generated person and what variants are made of. */
	public record Generated(ListedPerson person, List<Token> tokens, String nativeName, String culture) {
	}

	/** A token of the Latin name, with its other spellings, and whether it may be left out (a middle name). */
	public record Token(String text, List<String> spellings, boolean middle) {
	}

	private record Culture(String name, int weight, List<String> countries) {
	}

	private static final List<Culture> CULTURES = List.of(new Culture("european", 20, List.of("DE", "FR", "GB", "IT", "PL", "NL", "RO", "SE")),
			new Culture("arab", 12, List.of("SA", "IQ", "SY", "EG", "YE", "JO", "LB", "LY", "SD", "MA", "DZ", "TN", "PS")),
			new Culture("russian", 12, List.of("RU", "UA", "BY", "KZ")),
			new Culture("hispanic", 10, List.of("ES", "MX", "CO", "AR", "PE", "VE", "CU")),
			new Culture("chinese", 8, List.of("CN", "TW", "SG")), new Culture("turkish", 7, List.of("TR")),
			new Culture("indian", 6, List.of("IN")), new Culture("westafrican", 6, List.of("NG", "GH", "SN", "ML", "CI", "GN")),
			new Culture("persian", 5, List.of("IR", "AF")), new Culture("korean", 3, List.of("KR", "KP")),
			new Culture("georgian", 3, List.of("GE")), new Culture("japanese", 2, List.of("JP")),
			new Culture("greek", 2, List.of("GR", "CY")), new Culture("hebrew", 2, List.of("IL")),
			new Culture("vietnamese", 2, List.of("VN")));
	private static final int TOTAL_WEIGHT = CULTURES.stream().mapToInt(Culture::weight).sum();

	private final long seed;

	public PersonGenerator(long seed) {
		this.seed = seed;
	}

	/** Person number {@code index}: always the same for the same seed. */
	public Generated generate(long index) {
		SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
		int w = r.nextInt(TOTAL_WEIGHT);
		Culture culture = CULTURES.get(0);
		for (Culture c : CULTURES) {
			if (w < c.weight()) {
				culture = c;
				break;
			}
			w -= c.weight();
		}
		boolean female = r.nextInt(100) < 40;
		Builder b = new Builder(r, female);
		switch (culture.name()) {
			case "arab" -> b.arab();
			case "persian" -> b.simple(NamePools.PERSIAN_MALE, NamePools.PERSIAN_FEMALE, NamePools.PERSIAN_FAMILY, NamePools.PERSIAN, 15);
			case "russian" -> b.russian();
			case "chinese" -> b.chinese();
			case "korean" -> b.korean();
			case "japanese" -> b.japanese();
			case "hispanic" -> b.hispanic();
			case "greek" -> b.greek();
			case "turkish" -> b.simple(NamePools.TURKISH_MALE, NamePools.TURKISH_FEMALE, NamePools.TURKISH_FAMILY, NamePools.TURKISH, 10);
			case "hebrew" -> b.simple(NamePools.HEBREW_MALE, NamePools.HEBREW_FEMALE, NamePools.HEBREW_FAMILY, NamePools.HEBREW, 10);
			case "georgian" -> b.simple(NamePools.GEORGIAN_MALE, NamePools.GEORGIAN_FEMALE, NamePools.GEORGIAN_FAMILY, NamePools.GEORGIAN, 0);
			case "indian" -> b.simple(NamePools.INDIAN_MALE, NamePools.INDIAN_FEMALE, NamePools.INDIAN_FAMILY, NamePools.INDIAN, 20);
			case "westafrican" -> b.simple(NamePools.WEST_AFRICAN_MALE, NamePools.WEST_AFRICAN_FEMALE,
					NamePools.WEST_AFRICAN_FAMILY, NamePools.WEST_AFRICAN, 20);
			case "vietnamese" -> b.vietnamese();
			default -> b.simple(NamePools.EUROPEAN_MALE, NamePools.EUROPEAN_FEMALE, NamePools.EUROPEAN_FAMILY,
					List.of(NamePools.GERMANIC, NamePools.SLAVIC, NamePools.ROMANCE).get(r.nextInt(3)), 20);
		}
		List<String> names = new ArrayList<>();
		names.add(b.latin());
		// a third of the alerts carry another spelling, most of those in other scripts carry the native form
		if (r.nextInt(3) == 0) {
			String other = b.otherSpelling(r);
			if (!other.equals(names.get(0))) {
				names.add(other);
			}
		}
		if (b.nativeName != null && r.nextInt(100) < 60) {
			names.add(b.nativeName);
		}
		names.addAll(b.aliases);
		int year = 1940 + r.nextInt(66);
		String dob = r.nextInt(100) < 88
				? String.format(Locale.ROOT, "%04d-%02d-%02d", year, 1 + r.nextInt(12), 1 + r.nextInt(28))
				: Integer.toString(year);
		List<String> nationalities = new ArrayList<>();
		nationalities.add(culture.countries().get(skew(r, culture.countries().size())));
		if (r.nextInt(100) < 8) {
			String second = CULTURES.get(0).countries().get(r.nextInt(CULTURES.get(0).countries().size()));
			if (!nationalities.contains(second)) {
				nationalities.add(second);
			}
		}
		ListedPerson person = new ListedPerson(names, dob, nationalities, female ? "female" : "male");
		return new Generated(person, b.tokens, b.nativeName, culture.name());
	}

	/** An index in [0, n), the first ones likelier: names are not drawn uniformly. */
	static int skew(SplittableRandom r, int n) {
		return Math.min(n - 1, (int) (n * Math.pow(r.nextDouble(), 1.8)));
	}

	private static final class Builder {
		final SplittableRandom r;
		final boolean female;
		final List<Token> tokens = new ArrayList<>();
		final List<String> aliases = new ArrayList<>();
		String nativeName;

		Builder(SplittableRandom r, boolean female) {
			this.r = r;
			this.female = female;
		}

		Name pick(List<Name> pool) {
			return pool.get(skew(r, pool.size()));
		}

		/** The spelling this alert uses: mostly the commonest, sometimes another. */
		String spelling(Name n) {
			return n.latin().size() > 1 && r.nextInt(100) < 25 ? n.latin().get(1 + r.nextInt(n.latin().size() - 1)) : n.first();
		}

		void add(Name n, boolean middle) {
			tokens.add(new Token(spelling(n), n.latin(), middle));
		}

		void add(String text, List<String> spellings, boolean middle) {
			tokens.add(new Token(text, spellings, middle));
		}

		String latin() {
			return String.join(" ", tokens.stream().map(Token::text).toList());
		}

		String otherSpelling(SplittableRandom rnd) {
			List<String> out = new ArrayList<>();
			for (Token t : tokens) {
				out.add(t.spellings().size() > 1 ? t.spellings().get(rnd.nextInt(t.spellings().size())) : t.text());
			}
			return String.join(" ", out);
		}

		/** A surname: a common one from the list, or (more often) one of the long tail. */
		Name surname(List<Name> common, NamePools.Compound tail) {
			return r.nextInt(100) < 20 ? pick(common) : tail.draw(r);
		}

		void simple(List<Name> male, List<Name> femalePool, List<Name> family, NamePools.Compound tail, int middlePercent) {
			Name given = pick(female ? femalePool : male);
			add(given, false);
			Name middle = null;
			if (r.nextInt(100) < middlePercent) {
				middle = pick(male);
				add(middle, true);
			}
			Name surname = surname(family, tail);
			add(surname, false);
			if (given.nativeForm() != null && surname.nativeForm() != null) {
				nativeName = given.nativeForm() + " " + (middle != null && middle.nativeForm() != null ? middle.nativeForm() + " " : "")
						+ surname.nativeForm();
			}
		}

		void arab() {
			Name given = pick(female ? NamePools.ARAB_FEMALE : NamePools.ARAB_MALE);
			add(given, false);
			StringBuilder nat = new StringBuilder(given.nativeForm());
			if (r.nextInt(100) < 55) {
				boolean bin = r.nextInt(100) < 40;
				if (bin) {
					String particle = female ? "bint" : r.nextBoolean() ? "bin" : "ibn";
					add(particle, List.of(particle, female ? "bint" : "ben"), true);
					nat.append(female ? " بنت" : " بن");
				}
				Name father = pick(NamePools.ARAB_MALE);
				add(father, true);
				nat.append(' ').append(father.nativeForm());
				if (r.nextInt(100) < 25) {
					Name grandfather = pick(NamePools.ARAB_MALE);
					add(grandfather, true);
					nat.append(' ').append(grandfather.nativeForm());
				}
			}
			Name family = surname(NamePools.ARAB_FAMILY, NamePools.ARAB);
			String article = switch (r.nextInt(10)) {
				case 0, 1, 2, 3, 4 -> "al-";
				case 5, 6 -> "Al ";
				case 7 -> "el-";
				default -> "";
			};
			List<String> spellings = new ArrayList<>();
			for (String s : family.latin()) {
				spellings.add("al-" + s);
				spellings.add("Al " + s);
				spellings.add("el-" + s);
				spellings.add(s);
			}
			add(article + spelling(family), spellings, false);
			nat.append(' ').append(family.nativeForm());
			nativeName = nat.toString();
			if (!female && r.nextInt(100) < 20) {
				aliases.add("Abu " + pick(NamePools.ARAB_MALE).first()); // kunya
			}
		}

		void russian() {
			String given = NamePools.RUSSIAN_MALE.get(skew(r, NamePools.RUSSIAN_MALE.size()));
			if (female) {
				given = NamePools.RUSSIAN_FEMALE.get(skew(r, NamePools.RUSSIAN_FEMALE.size()));
			}
			String father = NamePools.RUSSIAN_MALE.get(skew(r, NamePools.RUSSIAN_MALE.size()));
			String patronymic = Scripts.patronymic(father, female);
			String surname = r.nextInt(100) < 20 ? NamePools.RUSSIAN_FAMILY.get(skew(r, NamePools.RUSSIAN_FAMILY.size()))
					: NamePools.RUSSIAN.draw(r).nativeForm();
			if (female) {
				surname = Scripts.feminine(surname);
			}
			boolean withPatronymic = r.nextInt(100) < 70;
			for (String part : withPatronymic ? List.of(given, patronymic, surname) : List.of(given, surname)) {
				add(Scripts.icao(part), List.of(Scripts.icao(part), Scripts.bgn(part), Scripts.loose(part)), part == patronymic);
			}
			nativeName = withPatronymic ? given + " " + patronymic + " " + surname : given + " " + surname;
		}

		void chinese() {
			Name surname = pick(NamePools.CHINESE_FAMILY);
			Name a = pick(NamePools.CHINESE_GIVEN);
			Name b = r.nextInt(100) < 70 ? pick(NamePools.CHINESE_GIVEN) : null;
			add(surname, false);
			if (b == null) {
				add(a, false);
				nativeName = surname.nativeForm() + a.nativeForm();
			}
			else {
				String pinyin = a.first() + b.first().toLowerCase(Locale.ROOT);
				String wadeGiles = a.latin().get(a.latin().size() - 1) + "-" + b.latin().get(b.latin().size() - 1).toLowerCase(Locale.ROOT);
				add(pinyin, List.of(pinyin, wadeGiles, a.first() + " " + b.first()), false);
				nativeName = surname.nativeForm() + a.nativeForm() + b.nativeForm();
			}
		}

		void korean() {
			Name surname = pick(NamePools.KOREAN_FAMILY);
			Name a = pick(NamePools.KOREAN_GIVEN);
			Name b = pick(NamePools.KOREAN_GIVEN);
			add(surname, false);
			String joined = spelling(a) + b.first().toLowerCase(Locale.ROOT);
			add(joined, List.of(joined, a.first() + "-" + b.first().toLowerCase(Locale.ROOT), a.first() + " " + b.first(),
					a.latin().get(a.latin().size() - 1) + b.latin().get(b.latin().size() - 1).toLowerCase(Locale.ROOT)), false);
			nativeName = surname.nativeForm() + a.nativeForm() + b.nativeForm();
		}

		void japanese() {
			Name given = pick(female ? NamePools.JAPANESE_FEMALE : NamePools.JAPANESE_MALE);
			Name surname = surname(NamePools.JAPANESE_FAMILY, NamePools.JAPANESE);
			add(given, false);
			add(surname, false);
			nativeName = surname.nativeForm() + " " + given.nativeForm(); // family name first in Japanese
		}

		void hispanic() {
			Name given = pick(female ? NamePools.HISPANIC_FEMALE : NamePools.HISPANIC_MALE);
			add(given, false);
			if (r.nextInt(100) < 30) {
				add(pick(female ? NamePools.HISPANIC_FEMALE : NamePools.HISPANIC_MALE), true);
			}
			add(surname(NamePools.HISPANIC_FAMILY, NamePools.HISPANIC), false);
			add(surname(NamePools.HISPANIC_FAMILY, NamePools.HISPANIC), true); // the maternal surname, often left out
		}

		void greek() {
			Name given = pick(female ? NamePools.GREEK_FEMALE : NamePools.GREEK_MALE);
			Name surname = surname(NamePools.GREEK_FAMILY, NamePools.GREEK);
			add(given, false);
			if (female) {
				List<String> spellings = surname.latin().stream().map(Scripts::greekFeminineLatin).toList();
				add(spellings.get(0), spellings, false);
				nativeName = given.nativeForm() + " " + Scripts.greekFeminine(surname.nativeForm());
			}
			else {
				add(surname, false);
				nativeName = given.nativeForm() + " " + surname.nativeForm();
			}
		}

		void vietnamese() {
			Name surname = pick(NamePools.VIETNAMESE_FAMILY);
			Name middle = female ? new Name(List.of("Thị", "Thi"), null) : pick(NamePools.VIETNAMESE_MIDDLE);
			Name given = pick(NamePools.VIETNAMESE_GIVEN);
			add(surname, false);
			add(middle, true);
			add(given, false);
		}
	}
}
