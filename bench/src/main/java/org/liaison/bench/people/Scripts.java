package org.liaison.bench.people;

import java.util.Map;

/**
 * Russian names in Cyrillic written three ways in Latin, as documents and lists do: ICAO 9303 (passports
 * since 2013: й i, ю iu, я ia), BGN/PCGN (й y, ю yu, я ya) and a loose Western spelling (х h, й j, ц c);
 * Russian patronymics and feminine surnames; Greek feminine surnames.
 */
final class Scripts {

	private static final Map<Character, String> ICAO = table("а a б b в v г g д d е e ё e ж zh з z и i й i к k л l м m н n о o п p р r с s т t у u ф f х kh ц ts ч ch ш sh щ shch ъ ie ы y ь _ э e ю iu я ia");
	private static final Map<Character, String> BGN = table("а a б b в v г g д d е e ё yo ж zh з z и i й y к k л l м m н n о o п p р r с s т t у u ф f х kh ц ts ч ch ш sh щ shch ъ _ ы y ь _ э e ю yu я ya");
	private static final Map<Character, String> LOOSE = table("а a б b в v г g д d е e ё jo ж j з z и i й j к k л l м m н n о o п p р r с s т t у u ф f х h ц c ч tch ш ch щ sch ъ _ ы y ь _ э e ю ju я ja");
	private static final Map<String, String> PATRONYMIC_STEM = Map.of("Михаил", "Михайл", "Павел", "Павл", "Юрий", "Юрьев",
			"Григорий", "Григорьев", "Василий", "Васильев", "Анатолий", "Анатольев", "Евгений", "Евгеньев", "Фёдор", "Фёдоров");

	private Scripts() {}

	private static Map<Character, String> table(String pairs) {
		String[] p = pairs.split(" ");
		Map<Character, String> m = new java.util.HashMap<>();
		for (int i = 0; i + 1 < p.length; i += 2) {
			m.put(p[i].charAt(0), "_".equals(p[i + 1]) ? "" : p[i + 1]);
		}
		return m;
	}

	static String icao(String cyrillic) {
		return translit(cyrillic, ICAO);
	}

	static String bgn(String cyrillic) {
		return translit(cyrillic, BGN);
	}

	static String loose(String cyrillic) {
		return translit(cyrillic, LOOSE);
	}

	private static String translit(String s, Map<Character, String> table) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			char lower = Character.toLowerCase(c);
			String t = table.get(lower);
			if (t == null) {
				out.append(c);
			}
			else if (Character.isUpperCase(c) && !t.isEmpty()) {
				out.append(Character.toUpperCase(t.charAt(0))).append(t, 1, t.length());
			}
			else {
				out.append(t);
			}
		}
		return out.toString();
	}

	/** Сергей, Иван: Сергеевич, Иванович (Сергеевна, Ивановна for a daughter). */
	static String patronymic(String father, boolean female) {
		String stem = PATRONYMIC_STEM.get(father);
		String suffix;
		if (stem != null && stem.endsWith("ев")) {
			return stem + (female ? "на" : "ич");
		}
		if (stem == null && father.endsWith("й")) {
			stem = father.substring(0, father.length() - 1);
			suffix = female ? "евна" : "евич";
		}
		else {
			stem = stem == null ? father : stem;
			suffix = female ? "овна" : "ович";
		}
		return stem + suffix;
	}

	/** Иванов: Иванова; Ковальский: Ковальская; Шевченко and Абрамович unchanged. */
	static String feminine(String surname) {
		if (surname.endsWith("ов") || surname.endsWith("ев") || surname.endsWith("ёв") || surname.endsWith("ин")) {
			return surname + "а";
		}
		if (surname.endsWith("ский")) {
			return surname.substring(0, surname.length() - 2) + "ая";
		}
		return surname;
	}

	/** Παπαδόπουλος: Παπαδοπούλου (approximately: the accent is kept where it was). */
	static String greekFeminine(String surname) {
		if (surname.endsWith("ος")) {
			return surname.substring(0, surname.length() - 2) + "ου";
		}
		if (surname.endsWith("ης") || surname.endsWith("ής") || surname.endsWith("ας") || surname.endsWith("άς")) {
			return surname.substring(0, surname.length() - 1);
		}
		return surname;
	}

	/** Papadopoulos: Papadopoulou; Makris: Makri; Pappas: Pappa. */
	static String greekFeminineLatin(String surname) {
		if (surname.endsWith("os")) {
			return surname.substring(0, surname.length() - 2) + "ou";
		}
		if (surname.endsWith("is") || surname.endsWith("as") || surname.endsWith("es")) {
			return surname.substring(0, surname.length() - 1);
		}
		return surname;
	}
}
