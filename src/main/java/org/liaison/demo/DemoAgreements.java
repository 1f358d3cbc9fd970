package org.liaison.demo;

import static org.liaison.treaty.Category.CYBER_INDICATOR;
import static org.liaison.treaty.Category.EVENT;
import static org.liaison.treaty.Category.FINANCIAL;
import static org.liaison.treaty.Category.FIREARM;
import static org.liaison.treaty.Category.ORGANISATION;
import static org.liaison.treaty.Category.PERSON;
import static org.liaison.treaty.Category.TRAVEL_DOCUMENT;
import static org.liaison.treaty.Category.VEHICLE;
import static org.liaison.treaty.Purpose.CORRUPTION;
import static org.liaison.treaty.Purpose.CYBERCRIME;
import static org.liaison.treaty.Purpose.DRUG_TRAFFICKING;
import static org.liaison.treaty.Purpose.FIREARMS_TRAFFICKING;
import static org.liaison.treaty.Purpose.HUMAN_TRAFFICKING;
import static org.liaison.treaty.Purpose.MIGRANT_SMUGGLING;
import static org.liaison.treaty.Purpose.MONEY_LAUNDERING;
import static org.liaison.treaty.Purpose.ORGANISED_CRIME;
import static org.liaison.treaty.Purpose.TERRORISM;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.liaison.treaty.Agreement;
import org.liaison.treaty.AgreementKind;
import org.liaison.treaty.AgreementStatus;
import org.liaison.treaty.Article;
import org.liaison.treaty.ArticleSubject;
import org.liaison.treaty.Classification;
import org.liaison.treaty.OnwardTransfer;
import org.liaison.treaty.Party;

/** The demo's agreements, after real instruments but with invented texts. */
final class DemoAgreements {

	private DemoAgreements() {
	}

	static List<Agreement> all(LocalDate today) {
		LocalDate d2000 = LocalDate.of(2000, 12, 15);
		return List.of(
				new Agreement("UNTOC", "UN Convention against Transnational Organized Crime (demo text)",
						AgreementKind.CONVENTION, AgreementStatus.IN_FORCE, LocalDate.of(2003, 9, 29), null,
						List.of(party("DE", LocalDate.of(2005, 6, 14)), party("FR", LocalDate.of(2002, 10, 29)),
								party("NL", LocalDate.of(2004, 5, 26)), party("ES", LocalDate.of(2002, 3, 1)),
								party("UA", LocalDate.of(2004, 5, 21)), party("INT", d2000)),
						Set.of(PERSON, ORGANISATION, FINANCIAL, VEHICLE, TRAVEL_DOCUMENT, FIREARM),
						Set.of(ORGANISED_CRIME, HUMAN_TRAFFICKING, MIGRANT_SMUGGLING, MONEY_LAUNDERING, CORRUPTION,
								FIREARMS_TRAFFICKING, DRUG_TRAFFICKING),
						Classification.RESTRICTED, OnwardTransfer.ALLOWED, 1825,
						List.of(article("18", "Parties afford one another mutual legal assistance in investigations of the offences covered.", ArticleSubject.SCOPE),
								article("27", "Law enforcement cooperation: exchange of information on persons, organisations and means, within the scope of this Convention.", null),
								article("28", "Information may be passed to a third party in accordance with the conditions of the providing party.", ArticleSubject.ONWARD_TRANSFER)), 1),
				new Agreement("BUDAPEST", "Convention on Cybercrime (demo text)", AgreementKind.CONVENTION,
						AgreementStatus.IN_FORCE, LocalDate.of(2004, 7, 1), null,
						List.of(party("DE", LocalDate.of(2009, 7, 1)), party("FR", LocalDate.of(2006, 5, 1)),
								party("NL", LocalDate.of(2007, 3, 1)), party("ES", LocalDate.of(2010, 10, 1)),
								party("UA", LocalDate.of(2006, 7, 1))),
						Set.of(CYBER_INDICATOR, ORGANISATION), Set.of(CYBERCRIME), Classification.CONFIDENTIAL,
						OnwardTransfer.ALLOWED, 1095,
						List.of(article("25", "Parties afford one another mutual assistance to the widest extent possible for investigations concerning computer systems and data.", ArticleSubject.SCOPE),
								article("26", "A party may, without prior request, forward information obtained within its own investigations.", null)), 1),
				new Agreement("DE-FR-POLICE", "Agreement between Germany and France on police cooperation (demo text)",
						AgreementKind.BILATERAL, AgreementStatus.IN_FORCE, LocalDate.of(2019, 1, 22), null,
						List.of(party("DE", LocalDate.of(2019, 1, 22)), party("FR", LocalDate.of(2019, 1, 22))),
						Set.of(PERSON, ORGANISATION, VEHICLE, TRAVEL_DOCUMENT, FIREARM, EVENT),
						Set.of(TERRORISM, ORGANISED_CRIME, DRUG_TRAFFICKING, FIREARMS_TRAFFICKING, HUMAN_TRAFFICKING),
						Classification.CONFIDENTIAL, OnwardTransfer.WITH_ORIGINATOR_CONSENT, 730,
						List.of(article("5", "The parties exchange information on persons, organisations, vehicles and documents for the prevention and investigation of the offences listed in Annex I.", ArticleSubject.SCOPE),
								article("7", "Information up to CONFIDENTIAL may be exchanged under this agreement.", ArticleSubject.CLASSIFICATION),
								article("9", "Onward transfer to a third party requires the prior consent of the providing party.", ArticleSubject.ONWARD_TRANSFER),
								article("11", "Data received is erased after two years at the latest.", ArticleSubject.RETENTION)), 1),
				new Agreement("NL-UA-BORDER", "Netherlands and Ukraine memorandum on border security (demo text)",
						AgreementKind.BILATERAL, AgreementStatus.SUSPENDED, LocalDate.of(2018, 3, 1), null,
						List.of(party("NL", LocalDate.of(2018, 3, 1)), party("UA", LocalDate.of(2018, 3, 1))),
						Set.of(PERSON, TRAVEL_DOCUMENT, VEHICLE), Set.of(MIGRANT_SMUGGLING, HUMAN_TRAFFICKING, TERRORISM),
						Classification.RESTRICTED, OnwardTransfer.FORBIDDEN, 365,
						List.of(article("3", "The parties exchange information on travellers, documents and vehicles at the common border.", ArticleSubject.SCOPE),
								article("12", "Either party may suspend this memorandum by written notice.", null)), 1),
				new Agreement("ES-FR-2010", "Spain and France protocol on drug trafficking (demo text, expired)",
						AgreementKind.BILATERAL, AgreementStatus.IN_FORCE, LocalDate.of(2010, 6, 1), LocalDate.of(2024, 12, 31),
						List.of(party("ES", LocalDate.of(2010, 6, 1)), party("FR", LocalDate.of(2010, 6, 1))),
						Set.of(PERSON, VEHICLE, ORGANISATION), Set.of(DRUG_TRAFFICKING), Classification.CONFIDENTIAL,
						OnwardTransfer.FORBIDDEN, 365,
						List.of(article("2", "Exchange of information on drug trafficking networks.", ArticleSubject.SCOPE),
								article("14", "This protocol expires on 31 December 2024.", null)), 1),
				new Agreement("MOU-LASTRADA", "Memorandum of understanding with La Strada on victims of trafficking (demo text)",
						AgreementKind.MOU, AgreementStatus.IN_FORCE, LocalDate.of(2021, 5, 1), null,
						List.of(party("NGO.LASTRADA", LocalDate.of(2021, 5, 1)), party("UA", LocalDate.of(2021, 5, 1)),
								party("NL", LocalDate.of(2022, 1, 1))),
						Set.of(PERSON, EVENT), Set.of(HUMAN_TRAFFICKING), Classification.UNCLASSIFIED,
						OnwardTransfer.FORBIDDEN, 180,
						List.of(article("4", "Police may share with La Strada information on presumed victims of trafficking, to safeguard them.", ArticleSubject.SCOPE),
								article("6", "La Strada receives only TLP:CLEAR or TLP:GREEN information and passes none of it on.", ArticleSubject.NGO)), 1));
	}

	private static Party party(String party, LocalDate from) {
		return new Party(party, from, null);
	}

	private static Article article(String number, String text, ArticleSubject governs) {
		return new Article(number, text, governs);
	}
}
