package org.liaison.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.liaison.agency.AgencyId;
import org.liaison.alerts.Alert;
import org.liaison.alerts.AlertId;
import org.liaison.alerts.AlertStatus;
import org.liaison.alerts.AlertType;
import org.liaison.alerts.RequestedAction;
import org.liaison.bench.people.DocumentGenerator;
import org.liaison.bench.people.ListedPerson;
import org.liaison.records.InformationCredibility;
import org.liaison.records.Markings;
import org.liaison.records.SourceReliability;
import org.liaison.treaty.Category;
import org.liaison.treaty.Classification;
import org.liaison.treaty.Purpose;
import org.liaison.treaty.Tlp;

/**
 * Published alerts for the benchmarks: person or document {@code i} always gets the same random-looking
 * id, so that a hit can be checked against the generated subject.
 */
final class BenchAlerts {

	static final AgencyId OWNER = AgencyId.of("NR.LOADB");
	private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");
	private static final Markings MARKINGS = new Markings(Classification.RESTRICTED, Tlp.AMBER, Set.of(), null,
			SourceReliability.B, InformationCredibility.of("2"));

	private BenchAlerts() {}

	static AlertId personId(long i) {
		return id(2 * i);
	}

	static AlertId documentId(long i) {
		return id(2 * i + 1);
	}

	/** A random-looking version 4 UUID, the same for the same number, as real alert ids are random. */
	private static AlertId id(long n) {
		java.util.SplittableRandom r = new java.util.SplittableRandom(n);
		long high = (r.nextLong() & 0xFFFF_FFFF_FFFF_0FFFL) | 0x4000L;
		long low = (r.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
		return new AlertId(new UUID(high, low));
	}

	static Alert person(long i, ListedPerson p) {
		return alert(personId(i), AlertType.WANTED_PERSON, "Person", Category.PERSON, p.properties());
	}

	static Alert document(long i, DocumentGenerator.TravelDocument d) {
		return alert(documentId(i), AlertType.STOLEN_TRAVEL_DOCUMENT, d.schema(), Category.TRAVEL_DOCUMENT,
				Map.of("number", List.of(d.number()), "country", List.of(d.country())));
	}

	private static Alert alert(AlertId id, AlertType type, String schema, Category category,
			Map<String, List<String>> properties) {
		return new Alert(id, type, schema, category, "bench", properties, RequestedAction.ARREST, Set.of(Purpose.TERRORISM),
				"bench", MARKINGS, null, OWNER, AlertStatus.PUBLISHED, LocalDate.of(2027, 1, 1), AT.plusSeconds(86_400L * 365),
				List.of(), "bench", AT, null, null, null, null, null, 1);
	}
}
