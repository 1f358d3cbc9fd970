package org.liaison.records;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The type of a property's values, after FollowTheMoney's property types, with the rule that checks a
 * value and puts it in canonical form. The last six types are Liaison's own, for cyber observables.
 *
 * <p>No rule ever resolves a name or contacts a network: addresses, domains and URLs are checked as text.
 */
public enum PropertyType {
	NAME("name", 500, false, PropertyType::collapseSpaces),
	STRING("string", 1000, false, v -> v),
	TEXT("text", 20_000, true, v -> v.replace("\r\n", "\n").replace('\r', '\n')),
	ADDRESS("address", 1000, true, v -> collapseSpaces(v.replaceAll("\\s*,?\\s*\\R\\s*", ", "))),
	DATE("date", 40, false, v -> PartialDate.parse(v).toString()),
	COUNTRY("country", 8, false, Codes::country),
	LANGUAGE("language", 8, false, Codes::language),
	GENDER("gender", 16, false, Codes::gender),
	EMAIL("email", 254, false, Net::email),
	URL("url", 4096, false, Net::url),
	PHONE("phone", 40, false, Codes::phone),
	IBAN("iban", 64, false, Codes::iban),
	IP("ip", 64, false, v -> v.indexOf(':') >= 0 ? Net.ipv6(v) : Net.ipv4(v)),
	IDENTIFIER("identifier", 200, false, v -> v),
	NUMBER("number", 64, false, Codes::number),
	ENTITY("entity", 36, false, Codes::entity),
	IPV4("ipv4", 15, false, Net::ipv4),
	IPV6("ipv6", 64, false, Net::ipv6),
	DOMAIN("domain", 253, false, Net::domain),
	MD5("md5", 32, false, v -> Codes.hex(v, 32)),
	SHA1("sha1", 40, false, v -> Codes.hex(v, 40)),
	SHA256("sha256", 64, false, v -> Codes.hex(v, 64));

	private static final Set<String> LIAISON_ONLY = Set.of("ipv4", "ipv6", "domain", "md5", "sha1", "sha256");
	private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

	private final String code;
	private final int maxLength;
	private final boolean multiline;
	private final UnaryOperator<String> rule;

	PropertyType(String code, int maxLength, boolean multiline, UnaryOperator<String> rule) {
		this.code = code;
		this.maxLength = maxLength;
		this.multiline = multiline;
		this.rule = rule;
	}

	/** The type with this FollowTheMoney (or Liaison) name, such as {@code "date"}. */
	public static Optional<PropertyType> of(String code) {
		return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
	}

	/** The type's name as FollowTheMoney spells it ({@code name}, {@code date}, {@code country}, ...). */
	@JsonValue
	public String code() {
		return code;
	}

	/** Whether FollowTheMoney has this type; false for Liaison's cyber-observable types. */
	public boolean isFtm() {
		return !LIAISON_ONLY.contains(code);
	}

	/** The most characters (Unicode code points) a value may have after normalisation. */
	public int maxLength() {
		return maxLength;
	}

	/**
	 * Checks one value and returns it in canonical form: Unicode NFC, trimmed, then the type's own form
	 * (countries as lower-case ISO 3166-1 alpha-2, dates as ISO 8601 of the precision given, ...). A blank
	 * value gives an empty string, which callers drop.
	 *
	 * @throws IllegalArgumentException naming what was expected; the message never repeats the value,
	 *         which may be personal data
	 */
	public String normalise(String value) {
		checkCharacters(value);
		String v = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
		if (v.isEmpty()) {
			return v;
		}
		if (v.codePointCount(0, v.length()) > maxLength) {
			throw new IllegalArgumentException("must be at most " + maxLength + " characters long");
		}
		return rule.apply(v);
	}

	private void checkCharacters(String value) {
		for (int i = 0; i < value.length();) {
			int c = value.codePointAt(i);
			int kind = Character.getType(c);
			if (kind == Character.SURROGATE) {
				throw new IllegalArgumentException("must be valid Unicode text");
			}
			boolean lineOrTab = c == '\n' || c == '\r' || c == '\t';
			boolean control = kind == Character.CONTROL || kind == Character.LINE_SEPARATOR
					|| kind == Character.PARAGRAPH_SEPARATOR || (c & 0xFFFE) == 0xFFFE;
			if (control && !(multiline && lineOrTab)) {
				throw new IllegalArgumentException(multiline
						? "must not contain control characters other than line breaks and tabs"
						: "must not contain control characters or line breaks");
			}
			i += Character.charCount(c);
		}
	}

	// The rules live in the two nested classes below, not in files of their own, because nothing but the
	// enum may call them: each trusts that the value was already trimmed, NFC and free of control characters.

	private static String collapseSpaces(String v) {
		return SPACES.matcher(v).replaceAll(" ");
	}

	/** Rules for coded values: ISO codes, numbers, phone numbers, bank accounts. */
	private static final class Codes {

		/** Outside ISO 3166-1 but used by FollowTheMoney and common in police data (places of birth). */
		private static final Set<String> MORE_COUNTRIES = Set.of("xk", "eu", "un", "zz", "suhh", "yucs", "cshh", "csxx", "dd");
		private static final Set<String> COUNTRIES = Stream.concat(
				Arrays.stream(Locale.getISOCountries()).map(c -> c.toLowerCase(Locale.ROOT)), MORE_COUNTRIES.stream())
			.collect(Collectors.toUnmodifiableSet());
		private static final Map<String, String> ALPHA3 = alpha3();
		private static final Map<String, String> LANGUAGES_1_TO_3 = Arrays.stream(Locale.getISOLanguages())
			.collect(Collectors.toUnmodifiableMap(l -> l, l -> new Locale(l).getISO3Language()));
		private static final Set<String> LANGUAGES = Stream.concat(LANGUAGES_1_TO_3.values().stream(), Stream.of("cnr", "fil"))
			.collect(Collectors.toUnmodifiableSet());
		private static final Pattern NUMBER = Pattern.compile("[+-]?\\d{1,40}(\\.\\d{1,20})?");
		private static final Pattern UUID = Pattern.compile("\\p{XDigit}{8}(-\\p{XDigit}{4}){3}-\\p{XDigit}{12}");
		private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]+");
		private static final Pattern IBAN = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}");

		static String country(String v) {
			String c = v.toLowerCase(Locale.ROOT);
			String code = COUNTRIES.contains(c) ? c : ALPHA3.get(c);
			if (code == null) {
				throw new IllegalArgumentException("must be an ISO 3166-1 alpha-2 or alpha-3 country code");
			}
			return code;
		}

		static String language(String v) {
			String l = v.toLowerCase(Locale.ROOT);
			String code = LANGUAGES.contains(l) ? l : LANGUAGES_1_TO_3.get(l);
			if (code == null) {
				throw new IllegalArgumentException("must be an ISO 639 language code");
			}
			return code;
		}

		static String gender(String v) {
			switch (v.toLowerCase(Locale.ROOT)) {
				case "male", "m": return "male";
				case "female", "f": return "female";
				case "other", "x": return "other";
				default: throw new IllegalArgumentException("must be male, female or other (ICAO M, F or X)");
			}
		}

		static String phone(String v) {
			String p = v.startsWith("+") ? v.replace("(0)", "") : v;
			String digits = p.replaceAll("[^0-9]", "");
			if (!PHONE.matcher(p).matches() || digits.length() < 5 || digits.length() > 20) {
				throw new IllegalArgumentException("must be a phone number of 5 to 20 digits, optionally with a leading +");
			}
			return (p.startsWith("+") ? "+" : "") + digits;
		}

		static String iban(String v) {
			String iban = v.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
			if (!IBAN.matcher(iban).matches() || !COUNTRIES.contains(iban.substring(0, 2).toLowerCase(Locale.ROOT))) {
				throw new IllegalArgumentException("must be an IBAN: country code, check digits, account");
			}
			int mod = 0;
			for (char c : (iban.substring(4) + iban.substring(0, 4)).toCharArray()) {
				int d = Character.digit(c, 36);
				mod = (d < 10 ? mod * 10 + d : mod * 100 + d) % 97;
			}
			if (mod != 1) {
				throw new IllegalArgumentException("must be an IBAN whose check digits match (ISO 13616)");
			}
			return iban;
		}

		static String number(String v) {
			if (!NUMBER.matcher(v).matches()) {
				throw new IllegalArgumentException("must be a decimal number such as 42 or -3.5, without units");
			}
			return v.startsWith("+") ? v.substring(1) : v;
		}

		static String entity(String v) {
			if (!UUID.matcher(v).matches()) {
				throw new IllegalArgumentException("must be the id of a record (a UUID)");
			}
			return v.toLowerCase(Locale.ROOT);
		}

		static String hex(String v, int digits) {
			if (v.length() != digits || !v.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
				throw new IllegalArgumentException("must be a hash of " + digits + " hexadecimal digits");
			}
			return v.toLowerCase(Locale.ROOT);
		}

		private static Map<String, String> alpha3() {
			Map<String, String> map = new HashMap<>();
			for (String c : Locale.getISOCountries()) {
				map.put(new Locale("", c).getISO3Country().toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
			}
			map.put("xkx", "xk");
			return Map.copyOf(map);
		}
	}

	/** Rules for internet names and addresses; all textual, never a lookup. */
	private static final class Net {

		private static final Pattern IPV4 = Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(?!$)|$)){4}");
		private static final Pattern LOCAL_PART = Pattern.compile("[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+(\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*");
		private static final Pattern ASCII_DOMAIN = Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?");

		static String ipv4(String v) {
			if (!IPV4.matcher(v).matches()) {
				throw new IllegalArgumentException("must be an IPv4 address in dotted decimal");
			}
			return v;
		}

		static String ipv6(String v) {
			String s = v.toLowerCase(Locale.ROOT);
			int gap = s.indexOf("::");
			if (!s.matches("[0-9a-f:.]{2,45}") || (gap >= 0 && s.indexOf("::", gap + 1) >= 0)) {
				throw notIpv6();
			}
			int[] head = words(gap < 0 ? s : s.substring(0, gap), gap < 0);
			int[] tail = gap < 0 ? new int[0] : words(s.substring(gap + 2), true);
			int missing = 8 - head.length - tail.length;
			if (gap < 0 ? missing != 0 : missing < 1) {
				throw notIpv6();
			}
			int[] all = new int[8];
			System.arraycopy(head, 0, all, 0, head.length);
			System.arraycopy(tail, 0, all, 8 - tail.length, tail.length);
			return rfc5952(all);
		}

		static String domain(String v) {
			String d = (v.endsWith(".") ? v.substring(0, v.length() - 1) : v).toLowerCase(Locale.ROOT);
			try {
				String ascii = IDN.toASCII(d, IDN.USE_STD3_ASCII_RULES);
				if (ascii.length() <= 253 && ASCII_DOMAIN.matcher(ascii).matches()) {
					return d;
				}
			}
			catch (IllegalArgumentException e) {
				// falls through to the uniform message
			}
			throw new IllegalArgumentException("must be a fully qualified domain name");
		}

		static String email(String v) {
			int at = v.lastIndexOf('@');
			if (at < 1 || at > 64 || v.indexOf('@') != at || !LOCAL_PART.matcher(v.substring(0, at)).matches()) {
				throw new IllegalArgumentException("must be an e-mail address: local-part@domain");
			}
			return v.substring(0, at) + "@" + domain(v.substring(at + 1));
		}

		static String url(String v) {
			try {
				URI uri = new URI(v);
				String scheme = uri.getScheme();
				String host = uri.getHost();
				if (scheme != null && host != null && !uri.isOpaque()
						&& (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
					String userInfo = uri.getRawUserInfo();
					int hostAt = scheme.length() + 3 + (userInfo == null ? 0 : userInfo.length() + 1);
					String lowered = v.regionMatches(hostAt, host, 0, host.length())
							? v.substring(0, hostAt) + host.toLowerCase(Locale.ROOT) + v.substring(hostAt + host.length()) : v;
					return scheme.toLowerCase(Locale.ROOT) + lowered.substring(scheme.length());
				}
			}
			catch (URISyntaxException | IndexOutOfBoundsException e) {
				// falls through to the uniform message
			}
			throw new IllegalArgumentException("must be an absolute http or https URL with a host");
		}

		private static int[] words(String part, boolean mayEndInIpv4) {
			if (part.isEmpty()) {
				return new int[0];
			}
			String[] groups = part.split(":", -1);
			boolean v4 = mayEndInIpv4 && groups[groups.length - 1].indexOf('.') >= 0;
			int[] words = new int[groups.length + (v4 ? 1 : 0)];
			for (int i = 0; i < groups.length; i++) {
				String g = groups[i];
				if (v4 && i == groups.length - 1) {
					String[] octets = ipv4(g).split("\\.");
					words[i] = Integer.parseInt(octets[0]) << 8 | Integer.parseInt(octets[1]);
					words[i + 1] = Integer.parseInt(octets[2]) << 8 | Integer.parseInt(octets[3]);
				}
				else if (g.length() >= 1 && g.length() <= 4 && g.indexOf('.') < 0) {
					words[i] = Integer.parseInt(g, 16);
				}
				else {
					throw notIpv6();
				}
			}
			return words;
		}

		/** The canonical text of RFC 5952: lower case, no leading zeros, the longest run of zeros as ::. */
		private static String rfc5952(int[] words) {
			int bestStart = -1;
			int bestLength = 1;
			for (int i = 0; i < 8;) {
				int j = i;
				while (j < 8 && words[j] == 0) {
					j++;
				}
				if (j - i > bestLength) {
					bestStart = i;
					bestLength = j - i;
				}
				i = Math.max(j, i + 1);
			}
			StringBuilder out = new StringBuilder();
			for (int i = 0; i < 8; i++) {
				if (i == bestStart) {
					out.append(i == 0 ? "::" : ":");
					i += bestLength - 1;
					continue;
				}
				out.append(Integer.toHexString(words[i])).append(i < 7 ? ":" : "");
			}
			return out.toString();
		}

		private static IllegalArgumentException notIpv6() {
			return new IllegalArgumentException("must be an IPv6 address");
		}
	}
}
