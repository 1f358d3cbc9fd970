package org.liaison.bench.people;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The individuals of the public sanctions lists under {@code ../shared/data/lists}: OFAC's SDN list (CSV,
 * cp1252, "LAST, First" names, date of birth and a.k.a. in the remarks) and the UN Security Council's
 * consolidated list (XML; the clean copy, not {@code dirty/}). Read from the shared data directory, never
 * copied into the project; an absent directory gives no persons.
 */
public final class SanctionsLists {

	private static final Pattern DOB = Pattern.compile("DOB (?:circa )?(?:(\\d{2}) ([A-Z][a-z]{2}) )?(\\d{4})");
	private static final Pattern AKA = Pattern.compile("a\\.k\\.a\\. '([^']+)'");
	private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
			"Oct", "Nov", "Dec");

	private SanctionsLists() {}

	/** OFAC's individuals; empty when the file is absent. */
	public static List<ListedPerson> ofac(Path data) throws IOException {
		Path file = data.resolve("lists/ofac/sdn_2023-09-28.csv");
		if (!Files.exists(file)) {
			return List.of();
		}
		List<ListedPerson> out = new ArrayList<>();
		for (String line : Files.readAllLines(file, Charset.forName("windows-1252"))) {
			List<String> cols = columns(line);
			if (cols.size() < 12 || !"individual".equals(cols.get(2))) {
				continue;
			}
			Set<String> names = new LinkedHashSet<>();
			names.add(flip(cols.get(1)));
			String remarks = cols.get(11);
			Matcher aka = AKA.matcher(remarks);
			while (aka.find()) {
				names.add(flip(aka.group(1)));
			}
			String dob = null;
			Matcher d = DOB.matcher(remarks);
			if (d.find()) {
				dob = d.group(1) == null ? d.group(3)
						: String.format(Locale.ROOT, "%s-%02d-%s", d.group(3), MONTHS.indexOf(d.group(2)) + 1, d.group(1));
				if (dob.contains("-00-")) {
					dob = d.group(3);
				}
			}
			out.add(new ListedPerson(new ArrayList<>(names), dob, List.of(), null));
		}
		return out;
	}

	/** The UN list's individuals, with names in original script as aliases; empty when absent. */
	public static List<ListedPerson> un(Path data) throws IOException {
		Path file = data.resolve("lists/un-sc/consolidated_2020.xml");
		if (!Files.exists(file)) {
			return List.of();
		}
		String xml = Files.readString(file, StandardCharsets.UTF_8);
		List<ListedPerson> out = new ArrayList<>();
		Matcher m = Pattern.compile("<INDIVIDUAL>(.*?)</INDIVIDUAL>", Pattern.DOTALL).matcher(xml);
		while (m.find()) {
			String block = m.group(1);
			Set<String> names = new LinkedHashSet<>();
			String main = String.join(" ", List.of(tag(block, "FIRST_NAME"), tag(block, "SECOND_NAME"), tag(block, "THIRD_NAME"),
					tag(block, "FOURTH_NAME"))).replaceAll("\\s+", " ").strip();
			if (!main.isEmpty()) {
				names.add(main);
			}
			all(block, "ALIAS_NAME").forEach(names::add);
			all(block, "NAME_ORIGINAL_SCRIPT").forEach(names::add);
			names.removeIf(n -> n.codePoints().filter(Character::isLetter).count() < 2);
			if (names.isEmpty()) {
				continue;
			}
			String dob = null;
			String date = tag(block, "DATE");
			String year = tag(block, "YEAR");
			if (date.matches("\\d{4}-\\d{2}-\\d{2}")) {
				dob = date;
			}
			else if (year.matches("\\d{4}")) {
				dob = year;
			}
			String gender = tag(block, "GENDER").toLowerCase(Locale.ROOT);
			out.add(new ListedPerson(new ArrayList<>(names), dob, List.of(), gender.isEmpty() ? null : gender));
		}
		return out;
	}

	private static String tag(String block, String name) {
		Matcher m = Pattern.compile("<" + name + ">(.*?)</" + name + ">", Pattern.DOTALL).matcher(block);
		return m.find() ? unescape(m.group(1)).strip() : "";
	}

	private static List<String> all(String block, String name) {
		List<String> out = new ArrayList<>();
		Matcher m = Pattern.compile("<" + name + ">(.*?)</" + name + ">", Pattern.DOTALL).matcher(block);
		while (m.find()) {
			String v = unescape(m.group(1)).strip();
			if (!v.isEmpty()) {
				out.add(v);
			}
		}
		return out;
	}

	private static String unescape(String s) {
		return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
	}

	/** "LAST, First Middle" as "First Middle LAST"; names without a comma as they are. */
	private static String flip(String name) {
		int comma = name.indexOf(", ");
		return comma < 0 ? name.strip() : (name.substring(comma + 2) + " " + name.substring(0, comma)).strip();
	}

	private static List<String> columns(String line) {
		List<String> cols = new ArrayList<>();
		int i = 0;
		while (i <= line.length()) {
			if (i < line.length() && line.charAt(i) == '"') {
				int end = line.indexOf('"', i + 1);
				end = end < 0 ? line.length() : end;
				cols.add(line.substring(i + 1, end));
				i = line.indexOf(',', end);
			}
			else {
				int end = line.indexOf(',', i);
				String v = (end < 0 ? line.substring(i) : line.substring(i, end)).strip();
				cols.add("-0-".equals(v) ? "" : v);
				i = end;
			}
			if (i < 0) {
				break;
			}
			i++;
		}
		return cols;
	}
}
