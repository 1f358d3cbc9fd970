package org.liaison.screening.matching;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
import org.liaison.screening.matching.PersonDetails.Sex;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The persons of two public sanctions lists under {@code ../shared/data/lists} (never copied into the
 * project), as screening would compare them: every name and alias, the first usable date of birth, and
 * sex. Nationalities are left out: the lists give country names, screening compares ISO codes.
 *
 * <p>OFAC's SDN CSV (cp1252, no header): the primary name and the {@code a.k.a.} names of the remarks
 * (OFAC's alias file is not part of the snapshot). The UN Security Council consolidated list (XML):
 * first to fourth names, the name in original script, and every alias. A list that is not what it
 * claims to be (the mis-encoded copy under {@code un-sc/dirty}) is refused whole with a
 * {@link MalformedListException}, never half read.
 */
final class SanctionsLists {

	/** A listed person: the list, its reference there, and what screening compares. */
	record ListedPerson(String list, String reference, PersonDetails details) {}

	/** A list file that cannot be read as the list it should be; says where, never what is listed. */
	static final class MalformedListException extends IOException {
		MalformedListException(String message, Throwable cause) {
			super(message, cause);
		}
	}

	private static final Pattern AKA = Pattern.compile("a\\.k\\.a\\. '([^']+)'");
	private static final Pattern DOB = Pattern.compile("DOB (?:circa )?((?:\\d{1,2} )?(?:[A-Z][a-z]{2} )?\\d{4})(?! to)");
	private static final Pattern GENDER = Pattern.compile("Gender (Male|Female)");
	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("Jan", 1), Map.entry("Feb", 2),
			Map.entry("Mar", 3), Map.entry("Apr", 4), Map.entry("May", 5), Map.entry("Jun", 6), Map.entry("Jul", 7),
			Map.entry("Aug", 8), Map.entry("Sep", 9), Map.entry("Oct", 10), Map.entry("Nov", 11), Map.entry("Dec", 12));

	private SanctionsLists() {}

	static Path ofac() {
		return NameMatchingData.sharedData().resolve("lists/ofac/sdn_2023-09-28.csv");
	}

	static Path unSecurityCouncil() {
		return NameMatchingData.sharedData().resolve("lists/un-sc/consolidated_2020.xml");
	}

	static Path unSecurityCouncilMisEncoded() {
		return NameMatchingData.sharedData().resolve("lists/un-sc/dirty/consolidated_2025-08-16_mis-encoded.xml");
	}

	/** The individuals of OFAC's SDN CSV. */
	static List<ListedPerson> ofacIndividuals(Path csv) throws IOException {
		String text = decode(Files.readAllBytes(csv), Charset.forName("windows-1252"), csv);
		List<ListedPerson> out = new ArrayList<>();
		for (String line : text.split("\r?\n")) {
			List<String> f = NameMatchingData.csvFields(line);
			if (f.size() < 12 || !f.get(2).trim().equals("individual")) {
				continue;
			}
			String remarks = value(f.get(11));
			Set<String> names = new LinkedHashSet<>();
			names.add(lastFirst(f.get(1)));
			Matcher aka = AKA.matcher(remarks);
			while (aka.find()) {
				names.add(lastFirst(aka.group(1)));
			}
			Matcher dob = DOB.matcher(remarks);
			Matcher gender = GENDER.matcher(remarks);
			Sex sex = gender.find() ? (gender.group(1).equals("Male") ? Sex.MALE : Sex.FEMALE) : null;
			out.add(new ListedPerson("OFAC", f.get(0).trim(),
					new PersonDetails(List.copyOf(names), dob.find() ? ofacDate(dob.group(1)) : null, Set.of(), sex)));
		}
		return out;
	}

	/** The individuals of the UN Security Council consolidated list; refuses a file that is not well-formed UTF-8 XML. */
	static List<ListedPerson> unIndividuals(Path xml) throws IOException {
		byte[] bytes = Files.readAllBytes(xml);
		decode(bytes, StandardCharsets.UTF_8, xml); // the parser would replace bad bytes in some places
		Document doc;
		try (InputStream in = Files.newInputStream(xml)) {
			doc = secureBuilder().parse(in);
		} catch (SAXException e) {
			throw new MalformedListException("not a well-formed UN consolidated list: " + xml.getFileName() + ": "
					+ e.getMessage(), e);
		}
		List<ListedPerson> out = new ArrayList<>();
		NodeList individuals = doc.getElementsByTagName("INDIVIDUAL");
		for (int i = 0; i < individuals.getLength(); i++) {
			Element e = (Element) individuals.item(i);
			Set<String> names = new LinkedHashSet<>();
			String full = String.join(" ", List.of(text(e, "FIRST_NAME"), text(e, "SECOND_NAME"), text(e, "THIRD_NAME"),
					text(e, "FOURTH_NAME"))).trim().replaceAll("\\s+", " ");
			addName(names, full);
			addName(names, text(e, "NAME_ORIGINAL_SCRIPT"));
			NodeList aliases = e.getElementsByTagName("ALIAS_NAME");
			for (int a = 0; a < aliases.getLength(); a++) {
				addName(names, aliases.item(a).getTextContent());
			}
			if (names.isEmpty()) {
				continue;
			}
			String gender = text(e, "GENDER").toLowerCase(Locale.ROOT);
			Sex sex = gender.equals("male") ? Sex.MALE : gender.equals("female") ? Sex.FEMALE : null;
			out.add(new ListedPerson("UN", text(e, "REFERENCE_NUMBER"),
					new PersonDetails(List.copyOf(names), unDate(e), Set.of(), sex)));
		}
		return out;
	}

	private static void addName(Set<String> names, String name) {
		String n = name.trim().replaceAll("\\s+", " ");
		if (!n.isEmpty()) {
			names.add(n);
		}
	}

	/** The first date of birth given as an exact date or a year; ranges and notes alone are unknown. */
	private static @Nullable BirthDate unDate(Element person) {
		NodeList dobs = person.getElementsByTagName("INDIVIDUAL_DATE_OF_BIRTH");
		for (int i = 0; i < dobs.getLength(); i++) {
			Element d = (Element) dobs.item(i);
			String date = text(d, "DATE");
			String year = text(d, "YEAR");
			try {
				if (date.length() >= 10) {
					return BirthDate.parse(date.substring(0, 10));
				}
				if (year.length() == 4) {
					return BirthDate.parse(year);
				}
			} catch (IllegalArgumentException ignored) {
				// an impossible date on the list counts as unknown
			}
		}
		return null;
	}

	/** {@code 10 Dec 1948}, {@code Dec 1948} or {@code 1948}. */
	private static @Nullable BirthDate ofacDate(String s) {
		String[] p = s.split(" ");
		try {
			return switch (p.length) {
				case 3 -> new BirthDate(Integer.parseInt(p[2]), MONTHS.get(p[1]), Integer.parseInt(p[0]));
				case 2 -> new BirthDate(Integer.parseInt(p[1]), MONTHS.get(p[0]), 0);
				default -> BirthDate.parse(p[0]);
			};
		} catch (IllegalArgumentException | NullPointerException e) {
			return null;
		}
	}

	/** OFAC writes {@code LAST, First Middle}; screening reads names in any order, but commas are noise. */
	private static String lastFirst(String name) {
		String n = value(name);
		int comma = n.indexOf(", ");
		return comma < 0 ? n : n.substring(comma + 2) + " " + n.substring(0, comma);
	}

	private static String value(String field) {
		String v = field.trim();
		return v.equals("-0-") ? "" : v;
	}

	private static String text(Element parent, String tag) {
		NodeList nodes = parent.getElementsByTagName(tag);
		return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
	}

	private static String decode(byte[] bytes, Charset charset, Path file) throws MalformedListException {
		try {
			return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			throw new MalformedListException("not " + charset.name() + " as declared: " + file.getFileName(), e);
		}
	}

	private static DocumentBuilder secureBuilder() throws IOException {
		try {
			DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
			f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			f.setXIncludeAware(false);
			f.setExpandEntityReferences(false);
			DocumentBuilder builder = f.newDocumentBuilder();
			builder.setErrorHandler(new ErrorHandler() { // the default one prints to stderr as well as throwing
				@Override
				public void warning(SAXParseException e) {}

				@Override
				public void error(SAXParseException e) throws SAXException {
					throw e;
				}

				@Override
				public void fatalError(SAXParseException e) throws SAXException {
					throw e;
				}
			});
			return builder;
		} catch (ParserConfigurationException e) {
			throw new IOException("no secure XML parser", e);
		}
	}
}
