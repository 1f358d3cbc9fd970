package org.liaison.screening;

import java.io.BufferedWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.liaison.bench.people.ListedPerson;
import org.liaison.bench.people.PersonGenerator;
import org.liaison.bench.people.SanctionsLists;
import org.postgresql.PGConnection;

/**
 * Bench only: writes the persons of {@link ScreeningAtScale} (generated, then the OFAC and UN
 * individuals) as published person alerts of {@code NR.LOADB} straight into a stopped node's PostgreSQL
 * database with COPY, because a million alerts through the API (each created, reviewed, audited) would
 * take hours; and writes the same name queries as {@code POST /api/v1/screening} bodies, one a line, for
 * wrk. The node's own code is untouched: it finds the alerts at its next start, as after a restore.
 *
 * <p>Arguments: JDBC URL, number of persons, queries file, travellers, variants, shared data directory.
 */
public final class BenchAlertLoader {

	private BenchAlertLoader() {}

	public static void main(String[] args) throws Exception {
		String url = args[0];
		int persons = Integer.parseInt(args[1]);
		Path queriesFile = Path.of(args[2]);
		int travellers = Integer.parseInt(args[3]);
		int variants = Integer.parseInt(args[4]);
		Path data = Path.of(args.length > 5 ? args[5] : "../shared/data");
		List<ListedPerson> lists = new ArrayList<>(SanctionsLists.ofac(data));
		lists.addAll(SanctionsLists.un(data));
		int generated = persons - lists.size();
		PersonGenerator listed = new PersonGenerator(1);
		long start = System.nanoTime();
		try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
			var copy = c.unwrap(PGConnection.class).getCopyAPI();
			StringBuilder chunk = new StringBuilder(1 << 22);
			for (long i = 0; i < persons; i++) {
				ListedPerson p = i < generated ? listed.generate(i).person() : lists.get((int) (i - generated));
				row(chunk, i, p);
				if (chunk.length() > (1 << 22) - 8192 || i == persons - 1) {
					copy.copyIn("COPY alert FROM STDIN", new StringReader(chunk.toString()));
					chunk.setLength(0);
				}
			}
		}
		System.out.printf("loaded %,d person alerts in %.1f s%n", persons, (System.nanoTime() - start) / 1e9);
		try (BufferedWriter out = Files.newBufferedWriter(queriesFile, StandardCharsets.UTF_8)) {
			for (ScreeningAtScale.NameQuery q : ScreeningAtScale.queries(generated, lists, listed, travellers, variants)) {
				out.write("{\"subject\":{\"schema\":\"Person\",\"properties\":" + json(q.person().queryProperties()) + "}}");
				out.newLine();
			}
		}
		System.out.printf("wrote %,d queries to %s%n", travellers + variants, queriesFile);
	}

	/** One alert row, in the column order of V6__alerts_and_review.sql, COPY text format. */
	private static void row(StringBuilder out, long i, ListedPerson p) {
		String[] cols = {BenchAlerts.personId(i).toString(), "WANTED_PERSON", "Person", "PERSON", "bench person",
				json(p.properties()), "ARREST", "TERRORISM", "bench", "RESTRICTED", "AMBER", "", null, "B", "2", null, "NR.LOADB",
				"PUBLISHED", "2027-01-01", "2030-01-01 00:00:00+00", "[]", "bench", "2026-01-01 00:00:00+00", "bench",
				"2026-01-01 00:00:00+00", null, null, null, "1"};
		for (int k = 0; k < cols.length; k++) {
			if (k > 0) {
				out.append('\t');
			}
			out.append(cols[k] == null ? "\\N" : cols[k].replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n"));
		}
		out.append('\n');
	}

	static String json(Map<String, List<String>> properties) {
		StringBuilder b = new StringBuilder("{");
		properties.forEach((k, values) -> {
			if (b.length() > 1) {
				b.append(',');
			}
			b.append('"').append(k).append("\":[");
			for (int i = 0; i < values.size(); i++) {
				b.append(i > 0 ? "," : "").append('"');
				for (char ch : values.get(i).toCharArray()) {
					if (ch == '"' || ch == '\\') {
						b.append('\\').append(ch);
					}
					else if (ch < 0x20) {
						b.append(String.format("\\u%04x", (int) ch));
					}
					else {
						b.append(ch);
					}
				}
				b.append('"');
			}
			b.append(']');
		});
		return b.append('}').toString();
	}
}
