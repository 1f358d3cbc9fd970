package org.liaison.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaison.common.Problem;
import org.springframework.http.HttpStatus;

/** Checking and normalising a record's properties against its schema, one property type at a time. */
class SchemaValidationTest {

	static final Schemata SCHEMATA = new Schemata();
	static final Schema PERSON = SCHEMATA.get("Person");
	static final String ID = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

	/** Properties from name/value pairs; a name repeated adds a value. */
	static Map<String, List<String>> props(String... pairs) {
		Map<String, List<String>> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.computeIfAbsent(pairs[i], k -> new ArrayList<>()).add(pairs[i + 1]);
		}
		return map;
	}

	/** The canonical form of one value of a property of a person named Ann Lee. */
	static String personValue(String property, String value) {
		return PERSON.validate(props("name", "Ann Lee", property, value)).get(property).get(0);
	}

	/** Asserts a 400 naming the field, whose detail does not repeat the value sent. */
	static void assertRejected(Schema schema, Map<String, List<String>> properties, String field, String value) {
		assertThatThrownBy(() -> schema.validate(properties)).isInstanceOfSatisfying(Problem.class, p -> {
			assertThat(p.status()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(p.toProblemDetail().getProperties()).containsEntry("field", field);
			if (!value.isBlank()) {
				assertThat(p.getMessage()).doesNotContain(value);
			}
		});
	}

	static void assertPersonRejects(String property, String value) {
		assertRejected(PERSON, props("name", "Ann Lee", property, value), "properties." + property, value);
	}

	@Nested
	class Texts {

		@Test
		void normalisesNamesToNfcTrimmedWithSingleSpaces() {
			assertThat(personValue("alias", "  Jose\u0301  Garci\u0301a\u00a0 Lo\u0301pez "))
				.isEqualTo("Jos\u00e9 Garc\u00eda L\u00f3pez");
		}

		@Test
		void rejectsControlCharactersAndLineBreaksInNamesAndStrings() {
			assertPersonRejects("alias", "Ann\u0007Lee");
			assertPersonRejects("alias", "Ann\nLee");
			assertPersonRejects("firstName", "Ann\u0000");
			assertPersonRejects("firstName", "Ann\u2028Lee");
		}

		@Test
		void keepsLineBreaksAndTabsInTextAndUnifiesLineEnds() {
			assertThat(personValue("notes", "seen twice\r\n\tonce in Lyon\ronce in Kyiv"))
				.isEqualTo("seen twice\n\tonce in Lyon\nonce in Kyiv");
		}

		@Test
		void rejectsOtherControlCharactersAndBrokenUnicodeInText() {
			assertPersonRejects("notes", "bell\u0007");
			assertPersonRejects("notes", "escape\u001b[31m");
			assertPersonRejects("notes", "half a pair \ud83d");
		}

		@Test
		void storesScriptInjectionVerbatimBecauseEscapingIsTheRenderersJob() {
			String script = "<script>alert('x')</script>\"; DROP TABLE record; --";
			assertThat(personValue("notes", script)).isEqualTo(script);
			assertThat(personValue("alias", "<img src=x onerror=alert(1)>")).isEqualTo("<img src=x onerror=alert(1)>");
		}

		@Test
		void joinsTheLinesOfAnAddress() {
			assertThat(personValue("address", "12 Rue de la Paix,\r\n75002  Paris\nFrance"))
				.isEqualTo("12 Rue de la Paix, 75002 Paris, France");
		}

		@Test
		void limitsNamesTo500StringsTo1000AndTextTo20000Characters() {
			assertThat(personValue("alias", "a".repeat(500))).hasSize(500);
			assertPersonRejects("alias", "a".repeat(501));
			assertPersonRejects("alias", "a".repeat(10_240));
			assertThat(personValue("firstName", "b".repeat(1000))).hasSize(1000);
			assertPersonRejects("firstName", "b".repeat(1001));
			assertThat(personValue("notes", "c".repeat(20_000))).hasSize(20_000);
			assertPersonRejects("notes", "c".repeat(20_001));
		}

		@Test
		void countsCharactersNotUtf16Units() {
			String han = "\ud840\udc0b".repeat(500);
			assertThat(personValue("alias", han)).isEqualTo(han);
		}

		@Test
		void limitsIdentifiersTo200Characters() {
			assertThat(personValue("idNumber", "X".repeat(200))).hasSize(200);
			assertPersonRejects("idNumber", "X".repeat(201));
		}
	}

	@Nested
	class Dates {

		@ParameterizedTest
		@ValueSource(strings = { "1980", "1980-05", "1980-05-01", "2024-02-29", "2021-02-16T21", "2021-02-16T21:48:52" })
		void keepsTheGivenPrecision(String date) {
			assertThat(personValue("birthDate", date)).isEqualTo(date);
		}

		@ParameterizedTest
		@CsvSource({ "' 1980-05-01 ',1980-05-01", "2021-02-16 21:48,2021-02-16T21:48",
				"2021-02-16T21:48:52.123Z,2021-02-16T21:48:52", "2021-02-16T01:30+02:00,2021-02-15T23:30",
				"2021-02-16T10+0530,2021-02-16T04:30" })
		void writesTimesInUtcAndIso(String given, String canonical) {
			assertThat(personValue("birthDate", given)).isEqualTo(canonical);
		}

		@ParameterizedTest
		@ValueSource(strings = { "2023-02-30", "2023-02-29", "2023-13-01", "2023-04-31", "0000", "1980-5-1", "01/05/1980",
				"2021-W07", "2021-2024", "2021-02-16T24:00", "1980-05-01Z", "yesterday" })
		void rejectsDatesThatDoNotExistOrAreNotIso(String date) {
			assertPersonRejects("birthDate", date);
		}
	}

	@Nested
	class Codes {

		@ParameterizedTest
		@CsvSource({ "FR,fr", "' de ',de", "FRA,fr", "xk,xk", "EU,eu", "SUHH,suhh" })
		void writesCountriesAsLowerCaseAlpha2(String given, String canonical) {
			assertThat(personValue("nationality", given)).isEqualTo(canonical);
		}

		@ParameterizedTest
		@ValueSource(strings = { "xx", "France", "F", "INT" })
		void rejectsUnknownCountries(String country) {
			assertPersonRejects("nationality", country);
		}

		@ParameterizedTest
		@CsvSource({ "de,deu", "ENG,eng", "uk,ukr", "cnr,cnr" })
		void writesLanguagesAsIso639ThreeLetterCodes(String given, String canonical) {
			assertThat(personValue("spokenLanguage", given)).isEqualTo(canonical);
		}

		@Test
		void rejectsUnknownLanguages() {
			assertPersonRejects("spokenLanguage", "klingon");
			assertPersonRejects("spokenLanguage", "xx");
		}

		@ParameterizedTest
		@CsvSource({ "Male,male", "F,female", "x,other", "OTHER,other" })
		void acceptsGendersAndIcaoSexMarkers(String given, String canonical) {
			assertThat(personValue("gender", given)).isEqualTo(canonical);
		}

		@Test
		void rejectsOtherGenders() {
			assertPersonRejects("gender", "unknown");
		}

		@ParameterizedTest
		@CsvSource({ "'+44 (0) 20 7946 0958',+442079460958", "+33 1-23-45-67-89,+33123456789", "'030 123456',030123456" })
		void writesPhoneNumbersAsDigitsWithTheirPlus(String given, String canonical) {
			assertThat(personValue("phone", given)).isEqualTo(canonical);
		}

		@ParameterizedTest
		@ValueSource(strings = { "1234", "+1 555 CALL NOW", "+123456789012345678901", "12+345678" })
		void rejectsWhatIsNotAPhoneNumber(String phone) {
			assertPersonRejects("phone", phone);
		}

		@ParameterizedTest
		@CsvSource({ "180,180", "+1.5,1.5", "-3.25,-3.25" })
		void keepsPlainDecimalNumbers(String given, String canonical) {
			assertThat(personValue("height", given)).isEqualTo(canonical);
		}

		@ParameterizedTest
		@ValueSource(strings = { "180 cm", "1e3", "1,80", "NaN" })
		void rejectsNumbersWithUnitsOrOtherNotations(String number) {
			assertPersonRejects("height", number);
		}

		@Test
		void writesIbansCompactAndUpperCaseAfterTheirChecksum() {
			Schema account = SCHEMATA.get("BankAccount");
			assertThat(account.validate(props("iban", "de89 3704 0044 0532 0130 00")))
				.containsEntry("iban", List.of("DE89370400440532013000"));
			assertThat(account.validate(props("iban", "GB82WEST12345698765432"))).containsKey("iban");
			assertRejected(account, props("iban", "DE88370400440532013000"), "properties.iban", "DE88370400440532013000");
			assertRejected(account, props("iban", "XX89370400440532013000"), "properties.iban", "XX89370400440532013000");
			assertRejected(account, props("iban", "DE89"), "properties.iban", "DE89");
		}

		@Test
		void writesRecordReferencesAsLowerCaseUuids() {
			Schema passport = SCHEMATA.get("Passport");
			assertThat(passport.validate(props("number", "X1", "holder", ID.toUpperCase())))
				.containsEntry("holder", List.of(ID));
			assertRejected(passport, props("number", "X1", "holder", "1-1-1-1-1"), "properties.holder", "1-1-1-1-1");
			assertRejected(passport, props("number", "X1", "holder", "Ann Lee"), "properties.holder", "Ann Lee");
		}
	}

	@Nested
	class Internet {

		@Test
		void lowerCasesTheDomainOfAnEmailAddressOnly() {
			assertThat(personValue("email", "Ann.Lee@Police.EXAMPLE.org")).isEqualTo("Ann.Lee@police.example.org");
		}

		@ParameterizedTest
		@ValueSource(strings = { "no-at-sign", "ann@localhost", "ann@@example.org", "ann lee@example.org",
				"ann@exa_mple.org", ".ann@example.org", "@example.org" })
		void rejectsWhatIsNotAnEmailAddress(String email) {
			assertPersonRejects("email", email);
		}

		@Test
		void lowerCasesTheSchemeAndHostOfAUrl() {
			assertThat(personValue("website", "HTTPS://Police.EXAMPLE.org/Path?q=A"))
				.isEqualTo("https://police.example.org/Path?q=A");
		}

		@ParameterizedTest
		@ValueSource(strings = { "javascript:alert(1)", "ftp://example.org/x", "/relative/path", "http://",
				"http://exa mple.org", "mailto:ann@example.org", "example.org" })
		void rejectsUrlsThatAreNotAbsoluteHttp(String url) {
			assertPersonRejects("website", url);
		}

		@ParameterizedTest
		@CsvSource({ "192.168.1.143,192.168.1.143", "2001:0DB8:0000:0000:0000:0000:0000:0001,2001:db8::1",
				"::1,::1", "::,::", "fe80:0:0:1:0:0:0:1,fe80:0:0:1::1", "1:0:0:2:0:0:0:3,1:0:0:2::3",
				"::ffff:192.0.2.1,::ffff:c000:201" })
		void writesIpAddressesCanonically(String given, String canonical) {
			assertThat(PropertyType.IP.normalise(given)).isEqualTo(canonical);
		}

		@ParameterizedTest
		@ValueSource(strings = { "256.1.1.1", "01.2.3.4", "1.2.3", "1.2.3.4.", "1::2::3", "1:2:3:4:5:6:7:8:9", "12345::",
				"example.org", "deadbeef", "fe80::1%eth0", "1.2.3.4::" })
		void rejectsWhatIsNotAnIpLiteralWithoutLookingItUp(String ip) {
			assertThatThrownBy(() -> PropertyType.IP.normalise(ip)).isInstanceOf(IllegalArgumentException.class)
				.hasMessageNotContaining(ip);
		}
	}

	@Nested
	class CyberIndicators {

		final Schema indicator = SCHEMATA.get("CyberIndicator");

		@Test
		void checksTheValueAgainstItsObservableType() {
			assertThat(indicator.validate(props("observableType", "IPv4-Addr", "value", "10.0.0.1")))
				.containsEntry("observableType", List.of("ipv4-addr"))
				.containsEntry("value", List.of("10.0.0.1"));
			assertThat(indicator.validate(props("observableType", "domain-name", "value", "Evil.EXAMPLE.")))
				.containsEntry("value", List.of("evil.example"));
			String sha256 = "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855";
			assertThat(indicator.validate(props("observableType", "file-hash-sha256", "value", sha256)))
				.containsEntry("value", List.of(sha256.toLowerCase()));
			assertRejected(indicator, props("observableType", "ipv4-addr", "value", "::1"), "properties.value", "::1");
			assertRejected(indicator, props("observableType", "file-hash-md5", "value", "a".repeat(40)), "properties.value", "");
		}

		@Test
		void acceptsAValueOfAnyOfSeveralObservableTypes() {
			assertThat(indicator.validate(props("observableType", "ipv4-addr", "observableType", "ipv6-addr",
					"value", "10.0.0.1", "value", "2001:DB8::1")))
				.containsEntry("value", List.of("10.0.0.1", "2001:db8::1"));
		}

		@Test
		void takesAnyValueWhenNoObservableTypeIsGiven() {
			assertThat(indicator.validate(props("value", "Mozilla/4.0 (compatible; MSIE 6.0)"))).containsKey("value");
		}

		@Test
		void keepsPatternTypesToTheirVocabulary() {
			assertThat(indicator.validate(props("pattern", "rule x { condition: true }", "patternType", "YARA")))
				.containsEntry("patternType", List.of("yara"));
			assertRejected(indicator, props("pattern", "x", "patternType", "regex"), "properties.patternType", "");
			assertRejected(indicator, props("observableType", "mac-addr", "value", "x"), "properties.observableType", "");
		}

		@Test
		void needsAPatternOrAValue() {
			assertRejected(indicator, props("name", "APT1 C2"), "properties.pattern", "");
			assertThat(indicator.validate(props("pattern", "[ipv4-addr:value = '10.0.0.1']"))).containsKey("pattern");
		}
	}

	@Nested
	class Limits {

		@Test
		void acceptsFiftyValuesAndRejectsFiftyOne() {
			List<String> fifty = new ArrayList<>();
			for (int i = 0; i < 50; i++) {
				fifty.add("alias " + i);
			}
			assertThat(PERSON.validate(Map.of("name", List.of("Ann"), "alias", fifty)).get("alias")).hasSize(50);
			fifty.add("alias 50");
			assertRejected(PERSON, Map.of("name", List.of("Ann"), "alias", fifty), "properties.alias", "");
		}

		@Test
		void rejectsPropertiesLargerThan64KbInAll() {
			List<String> notes = Collections.nCopies(4, "n".repeat(17_000));
			assertRejected(PERSON, Map.of("name", List.of("Ann"), "notes", notes), "properties", "");
			assertThat(PERSON.validate(Map.of("name", List.of("Ann"), "notes", notes.subList(0, 3)))).containsKey("notes");
		}

		@Test
		void rejectsAnUnknownPropertyNamingIt() {
			assertRejected(PERSON, props("name", "Ann", "religion", "x"), "properties.religion", "");
			assertRejected(PERSON, props("name", "Ann", "indexText", "x"), "properties.indexText", "");
		}

		@Test
		void rejectsAStrangePropertyNameWithoutEchoingIt() {
			assertRejected(PERSON, props("name", "Ann", "<b>Ann Lee, 1980-05-01</b>", "x"), "properties",
					"<b>Ann Lee, 1980-05-01</b>");
		}

		@Test
		void rejectsNullValuesAndIgnoresNullOrEmptyLists() {
			assertRejected(PERSON, Map.of("name", Arrays.asList("Ann", null)), "properties.name", "");
			Map<String, List<String>> sparse = new LinkedHashMap<>(props("name", "Ann"));
			sparse.put("alias", null);
			sparse.put("title", List.of());
			assertThat(PERSON.validate(sparse)).containsOnlyKeys("name");
		}
	}

	@Nested
	class Normalisation {

		@Test
		void dropsBlankValuesAndDuplicatesKeepingTheFirstOrder() {
			assertThat(PERSON.validate(props("name", "Ann", "alias", "Bo  Li", "alias", " ", "alias", "Al", "alias",
					" Bo Li ", "alias", "Al")).get("alias")).containsExactly("Bo Li", "Al");
		}

		@Test
		void ordersPropertiesAsTheSchemaDoesWhateverTheInputOrder() {
			Map<String, List<String>> canonical = PERSON.validate(props("nationality", "fr", "birthDate", "1980", "name", "Ann"));
			assertThat(canonical.keySet()).containsExactly("name", "birthDate", "nationality");
		}

		@Test
		void returnsAnUnmodifiableCopy() {
			Map<String, List<String>> input = props("name", "Ann");
			Map<String, List<String>> canonical = PERSON.validate(input);
			input.get("name").add("Bob");
			assertThat(canonical.get("name")).containsExactly("Ann");
			assertThatThrownBy(() -> canonical.put("alias", List.of("x"))).isInstanceOf(UnsupportedOperationException.class);
			assertThatThrownBy(() -> canonical.get("name").add("x")).isInstanceOf(UnsupportedOperationException.class);
		}

		@Test
		void isIdempotent() {
			Map<String, List<String>> once = PERSON.validate(props("name", " Ann  Lee ", "nationality", "FRA", "birthDate",
					"1980-05-01 10:00+02:00", "phone", "+33 1 23 45 67 89", "email", "Ann@EXAMPLE.org"));
			assertThat(PERSON.validate(once)).isEqualTo(once);
		}
	}

	@Nested
	class RequiredProperties {

		@Test
		void needsANameForAPersonAndBlankDoesNotCount() {
			assertRejected(PERSON, props("birthDate", "1980"), "properties.name", "");
			assertRejected(PERSON, props("name", "   "), "properties.name", "");
		}

		@Test
		void needsOneOfTheDocumentNumbersForAPassport() {
			Schema passport = SCHEMATA.get("Passport");
			assertThat(passport.validate(props("passportNumber", "X1234567"))).containsKey("passportNumber");
			assertThat(passport.validate(props("number", "X1234567"))).containsKey("number");
			assertRejected(passport, props("country", "fr"), "properties.number", "");
		}

		@Test
		void needsASerialNumberOrAModelForAFirearm() {
			Schema firearm = SCHEMATA.get("Firearm");
			assertThat(firearm.validate(props("model", "Glock 17", "calibre", "9x19mm"))).containsKey("model");
			assertRejected(firearm, props("make", "Glock"), "properties.serialNumber", "");
		}

		@Test
		void needsARegistrationNumberOrVinOrNameForAVehicle() {
			Schema vehicle = SCHEMATA.get("Vehicle");
			assertThat(vehicle.validate(props("vin", "WVWZZZ1JZXW000001"))).containsKey("vin");
			assertRejected(vehicle, props("model", "Golf"), "properties.registrationNumber", "");
		}
	}

	@Nested
	class Captions {

		@Test
		void usesTheFirstCaptionPropertyPresent() {
			assertThat(SCHEMATA.get("Vehicle").caption(props("model", "Golf", "registrationNumber", "AB-123-CD")))
				.isEqualTo("AB-123-CD");
			assertThat(PERSON.caption(props("lastName", "Lee", "name", "Ann Lee"))).isEqualTo("Ann Lee");
		}

		@Test
		void putsALongMultiLineValueOnOneShortLine() {
			String pattern = "rule evil {\n  strings: $a = \"" + "x".repeat(300) + "\"\n}";
			String caption = SCHEMATA.get("CyberIndicator").caption(props("pattern", pattern));
			assertThat(caption).startsWith("rule evil { strings:").doesNotContain("\n").hasSize(200).endsWith("…");
		}

		@Test
		void fallsBackToTheSchemaLabel() {
			assertThat(SCHEMATA.get("BankAccount").caption(props("bankName", "Bank"))).isEqualTo("Bank account");
		}
	}
}
