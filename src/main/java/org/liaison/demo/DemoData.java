package org.liaison.demo;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.liaison.agency.Actor;
import org.liaison.agency.Agencies;
import org.liaison.agency.Agency;
import org.liaison.agency.AgencyId;
import org.liaison.agency.AgencyKind;
import org.liaison.agency.CountryCode;
import org.liaison.agency.Role;
import org.liaison.agency.Users;
import org.liaison.records.Disclosures;
import org.liaison.records.InformationCredibility;
import org.liaison.records.Markings;
import org.liaison.records.NewRecord;
import org.liaison.records.Records;
import org.liaison.records.SourceReliability;
import org.liaison.treaty.Agreements;
import org.liaison.treaty.Classification;
import org.liaison.treaty.HandlingCode;
import org.liaison.treaty.Purpose;
import org.liaison.treaty.Tlp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a node's first start (no agency yet) and unless {@code LIAISON_DEMO=false}: 10 agencies of DE, FR,
 * NL, ES, UA, an international secretariat and an NGO; 6 agreements (one suspended, one expired); a
 * user for each role with a generated password printed once; 50 records with varied markings, a few
 * of them shared. All names are invented.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "liaison.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);
	private static final Actor SEEDER = new Actor("demo-seed", null, Set.of(Role.NODE_ADMIN));

	private final Agencies agencies;
	private final Users users;
	private final Agreements agreements;
	private final Records records;
	private final Disclosures disclosures;
	private final DemoProperties properties;

	DemoData(Agencies agencies, Users users, Agreements agreements, Records records, Disclosures disclosures,
			DemoProperties properties) {
		this.properties = properties;
		this.agencies = agencies;
		this.users = users;
		this.agreements = agreements;
		this.records = records;
		this.disclosures = disclosures;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!agencies.all().isEmpty()) {
			return;
		}
		log.info("first start: loading demo data (LIAISON_DEMO=false to skip)");
		DemoAgencies.ALL.forEach(a -> agencies.create(SEEDER, a));
		DemoAgreements.all(LocalDate.now()).forEach(a -> agreements.create(SEEDER, a));
		Map<String, String> passwords = new LinkedHashMap<>();
		DemoAgencies.USERS.forEach((username, spec) -> {
			if (!properties.hosts(spec.agency())) {
				return;
			}
			String password = generate();
			users.create(SEEDER, spec.agency(), username, password, spec.roles());
			passwords.put(username + " (" + spec.agency() + ", " + spec.roles() + ")", password);
		});
		List<AgencyId> originators = new ArrayList<>();
		List<String> ids = seedRecords(originators);
		shareSome(ids, originators);
		StringBuilder out = new StringBuilder("\n==================================================================\n")
			.append(" Liaison demo users (passwords shown once):\n");
		passwords.forEach((who, pw) -> out.append(String.format("   %-52s %s%n", who, pw)));
		out.append("==================================================================\n");
		System.out.println(out);
	}

	private List<String> seedRecords(List<AgencyId> originators) {
		Random random = new Random(20261126L);
		List<String> ids = new ArrayList<>();
		LocalDate today = LocalDate.now();
		Tlp[] tlps = Tlp.values();
		Classification[] classes = Classification.values();
		for (int i = 0; i < 50; i++) {
			AgencyId originator = DemoAgencies.RECORD_ORIGINATORS.get(i % DemoAgencies.RECORD_ORIGINATORS.size());
			if (!properties.hosts(originator)) {
				continue;
			}
			DemoRecords.Sample sample = DemoRecords.sample(i, random);
			Set<HandlingCode> codes = EnumSet.noneOf(HandlingCode.class);
			if (i % 3 == 0) {
				codes.add(HandlingCode.H0);
			}
			if (i % 4 == 1) {
				codes.add(HandlingCode.H1);
			}
			if (i % 7 == 2) {
				codes.add(HandlingCode.H2);
			}
			Markings markings = new Markings(classes[i % 3], tlps[(i * 3) % tlps.length], codes, null,
					SourceReliability.values()[i % 4], InformationCredibility.values()[(i / 4) % 4]);
			Actor officer = new Actor("demo-seed", originator, Set.of(Role.OFFICER));
			var record = records.create(officer, new NewRecord(sample.schema(), sample.properties(), markings,
					sample.purposes(), today.plusYears(2).plusDays(i), null));
			ids.add(record.id().toString());
			originators.add(originator);
		}
		return ids;
	}

	/** A few shares, permitted and denied alike, so that the audit log and "received" pages have content. */
	private void shareSome(List<String> ids, List<AgencyId> originators) {
		for (int i = 0; i < ids.size(); i += 5) {
			AgencyId originator = originators.get(i);
			String to = originator.value().startsWith("DE") ? "FR.DGPN" : "DE.BKA";
			if (!properties.hosts(AgencyId.of(to))) {
				continue; // no peer is pinned yet at first start: shares across nodes are made once they are
			}
			Actor officer = new Actor("demo-seed", originator, Set.of(Role.OFFICER));
			disclosures.disclose(officer, ids.get(i), to, i % 2 == 0 ? Purpose.ORGANISED_CRIME : Purpose.TERRORISM);
		}
	}

	private static String generate() {
		byte[] b = new byte[12];
		new SecureRandom().nextBytes(b);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
	}

	record UserSpec(AgencyId agency, Set<Role> roles) {
	}

	static Agency agency(String id, String name, AgencyKind kind) {
		AgencyId agencyId = AgencyId.of(id);
		return new Agency(agencyId, name, CountryCode.of(agencyId.country().value()), kind);
	}
}
