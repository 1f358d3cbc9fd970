package org.liaison.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.liaison.treaty.Purpose;

/** Invented entities in several naming customs and scripts. */
final class DemoRecords {

	private DemoRecords() {
	}

	record Sample(String schema, Map<String, List<String>> properties, Set<Purpose> purposes) {
	}

	private static final String[][] PEOPLE = {
			{ "Ivan Petrov", "Иван Петров", "ru" }, { "Olena Kovalenko", "Олена Коваленко", "ua" },
			{ "Jean-Luc Marchand", "", "fr" }, { "Ahmad Karimi", "احمد کریمی", "ir" },
			{ "Mehmet Yilmaz", "", "tr" }, { "Zhang Wei", "张伟", "cn" }, { "Giorgos Papadopoulos", "Γιώργος Παπαδόπουλος", "gr" },
			{ "Maria Garcia Lopez", "", "es" }, { "Mohammed Al-Farsi", "محمد الفارسي", "sa" }, { "Lukas Schneider", "", "de" } };

	private static final String[] COMPANIES = { "Baltic Freight Forwarding OU", "Nordstrom Logistics BV",
			"Sunrise Import-Export SARL", "Danube Trading GmbH", "Kestrel Holdings Ltd" };

	static Sample sample(int i, Random random) {
		Map<String, List<String>> p = new LinkedHashMap<>();
		switch (i % 6) {
			case 0, 1 -> {
				String[] person = PEOPLE[(i / 2) % PEOPLE.length];
				p.put("name", person[1].isEmpty() ? List.of(person[0]) : List.of(person[0], person[1]));
				p.put("birthDate", List.of(String.format("%d-%02d-%02d", 1960 + random.nextInt(40), 1 + random.nextInt(12),
						1 + random.nextInt(28))));
				p.put("nationality", List.of(person[2]));
				p.put("gender", List.of(i % 4 == 0 ? "male" : "female"));
				return new Sample("Person", p, Set.of(i % 4 == 0 ? Purpose.TERRORISM : Purpose.ORGANISED_CRIME));
			}
			case 2 -> {
				p.put("name", List.of(COMPANIES[(i / 6) % COMPANIES.length]));
				p.put("jurisdiction", List.of(List.of("ee", "nl", "fr", "at", "gb").get((i / 6) % 5)));
				p.put("registrationNumber", List.of("REG-" + (100000 + random.nextInt(900000))));
				return new Sample("Company", p, Set.of(Purpose.MONEY_LAUNDERING, Purpose.ORGANISED_CRIME));
			}
			case 3 -> {
				p.put("registrationNumber", List.of(String.format("B-%s %04d", (char) ('A' + i % 26) + "" + (char) ('K' + i % 10),
						random.nextInt(10000))));
				p.put("model", List.of(List.of("Mercedes Sprinter", "Volkswagen Crafter", "Renault Master").get(i % 3)));
				p.put("country", List.of("de"));
				return new Sample("Vehicle", p, Set.of(Purpose.DRUG_TRAFFICKING, Purpose.ORGANISED_CRIME));
			}
			case 4 -> {
				p.put("passportNumber", List.of(String.format("C%08d", random.nextInt(100_000_000))));
				p.put("country", List.of(List.of("ua", "fr", "es").get(i % 3)));
				p.put("surname", List.of(PEOPLE[i % PEOPLE.length][0].split(" ")[1]));
				return new Sample("Passport", p, Set.of(Purpose.MIGRANT_SMUGGLING, Purpose.ORGANISED_CRIME));
			}
			default -> {
				p.put("pattern", List.of(String.format("[ipv4-addr:value = '203.0.113.%d']", i)));
				p.put("patternType", List.of("stix"));
				p.put("name", List.of("C2 server of a ransomware crew #" + i));
				return new Sample("CyberIndicator", p, Set.of(Purpose.CYBERCRIME));
			}
		}
	}
}
