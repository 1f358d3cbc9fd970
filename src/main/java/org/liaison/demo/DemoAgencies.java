package org.liaison.demo;

import static org.liaison.demo.DemoData.agency;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.liaison.agency.Agency;
import org.liaison.agency.AgencyId;
import org.liaison.agency.AgencyKind;
import org.liaison.agency.Role;

/** The demo's agencies and users. */
final class DemoAgencies {

	static final List<Agency> ALL = List.of(
			agency("DE.BKA", "Bundeskriminalamt", AgencyKind.POLICE),
			agency("DE.ZOLL", "Generalzolldirektion", AgencyKind.CUSTOMS),
			agency("FR.DGPN", "Direction générale de la Police nationale", AgencyKind.POLICE),
			agency("FR.TRACFIN", "Tracfin", AgencyKind.FIU),
			agency("NL.POLITIE", "Politie Nederland", AgencyKind.POLICE),
			agency("ES.CNP", "Cuerpo Nacional de Policía", AgencyKind.POLICE),
			agency("UA.NPU", "National Police of Ukraine", AgencyKind.POLICE),
			agency("UA.DPSU", "State Border Guard Service of Ukraine", AgencyKind.BORDER),
			agency("INT.SECRETARIAT", "Liaison Secretariat", AgencyKind.INTERNATIONAL_ORG),
			agency("NGO.LASTRADA", "La Strada (demo)", AgencyKind.NGO));

	static final List<AgencyId> RECORD_ORIGINATORS = List.of(AgencyId.of("DE.BKA"), AgencyId.of("FR.DGPN"),
			AgencyId.of("NL.POLITIE"), AgencyId.of("ES.CNP"), AgencyId.of("UA.NPU"));

	static final Map<String, DemoData.UserSpec> USERS = new LinkedHashMap<>();

	static {
		user("de.officer", "DE.BKA", Role.OFFICER);
		user("de.analyst", "DE.BKA", Role.ANALYST);
		user("de.reviewer", "DE.BKA", Role.REVIEWER);
		user("de.treaty", "DE.BKA", Role.TREATY_ADMIN);
		user("de.auditor", "DE.BKA", Role.AUDITOR);
		user("de.admin", "DE.BKA", Role.NODE_ADMIN);
		user("fr.officer", "FR.DGPN", Role.OFFICER);
		user("fr.auditor", "FR.DGPN", Role.AUDITOR);
		user("fr.spoc", "FR.DGPN", Role.OFFICER, Role.SPOC);
		user("nl.officer", "NL.POLITIE", Role.OFFICER);
		user("es.officer", "ES.CNP", Role.OFFICER);
		user("ua.officer", "UA.NPU", Role.OFFICER);
		user("int.officer", "INT.SECRETARIAT", Role.OFFICER);
		user("ngo.member", "NGO.LASTRADA", Role.NGO_MEMBER);
	}

	private static void user(String username, String agency, Role... roles) {
		USERS.put(username, new DemoData.UserSpec(AgencyId.of(agency), Set.of(roles)));
	}

	private DemoAgencies() {
	}
}
