package org.liaison.screening.matching;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The public name-matching data under {@code ../shared/data/names} (never copied into the project): the
 * folder comes from the system property {@code liaison.shared-data}, else the environment variable
 * {@code LIAISON_SHARED_DATA}, else {@code ../shared/data}.
 */
final class NameMatchingData {

	/** A labelled pair of person names. */
	record LabelledPair(String group, String name1, String name2, boolean match, String category) {}

	/** A Latin name token and its spelling in another script. */
	record Transliteration(String latin, String script, int frequency) {}

	private NameMatchingData() {}

	static Path sharedData() {
		String property = System.getProperty("liaison.shared-data");
		String env = System.getenv("LIAISON_SHARED_DATA");
		String dir = property != null && !property.isBlank() ? property : env != null && !env.isBlank() ? env : "../shared/data";
		return Path.of(dir);
	}

	static Path cases() {
		return sharedData().resolve("names/nomenklatura/cases-dev.csv");
	}

	static Path transliterations(String script) {
		return sharedData().resolve("names/wikidata-translit/wd_" + script + "_20.tsv");
	}

	/** The Person rows of a nomenklatura cases file. */
	static List<LabelledPair> personPairs(Path csv) throws IOException {
		List<LabelledPair> out = new ArrayList<>();
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		for (String line : lines.subList(1, lines.size())) {
			List<String> f = csvFields(line);
			if (f.size() >= 5 && f.get(1).equals("Person")) {
				out.add(new LabelledPair(f.get(0), f.get(2), f.get(3), Boolean.parseBoolean(f.get(4)),
						f.size() > 6 ? f.get(6) : ""));
			}
		}
		return out;
	}

	/** Rows of a Wikidata transliteration file; the script's characters are space-separated there. */
	static List<Transliteration> transliterationRows(Path tsv) throws IOException {
		List<Transliteration> out = new ArrayList<>();
		for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
			String[] f = line.split("\t");
			if (f.length >= 2 && !f[0].isBlank()) {
				out.add(new Transliteration(f[0], f[1].replace(" ", ""), f.length > 2 ? Integer.parseInt(f[2].trim()) : 1));
			}
		}
		return out;
	}

	static List<String> csvFields(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char ch = line.charAt(i);
			if (quoted) {
				if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				} else if (ch == '"') {
					quoted = false;
				} else {
					field.append(ch);
				}
			} else if (ch == '"') {
				quoted = true;
			} else if (ch == ',') {
				fields.add(field.toString());
				field.setLength(0);
			} else {
				field.append(ch);
			}
		}
		fields.add(field.toString());
		return fields;
	}
}
