package org.liaison.messaging.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.liaison.agency.AgencyId;
import org.liaison.messaging.SearchTerms;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The full-text index of cases and messages ({@code msg_search_term}, V28): one row per agency that may
 * see a text, term of that text, and text (a case's subject, or a message). Keyed by agency first, so that
 * a search reads only the postings of what the searching agency may see, and written in the transaction
 * that writes the text, so that the index never shows what did not commit nor misses what did.
 */
@Repository
public class SearchIndex {

	/** Weight of a term in a case's subject, against 1 per occurrence in a message (at most {@link #MAX_COUNT}). */
	static final int SUBJECT_WEIGHT = 5;
	static final int MAX_COUNT = 10;

	/** One term of a query; a prefix matches every term it starts ({@code immig*}). */
	public record Term(String text, boolean prefix) {
	}

	private static final String INSERT = "INSERT INTO msg_search_term (agency, term, case_id, source, weight) VALUES (?, ?, ?, ?, ?)";

	private final JdbcTemplate jdbc;

	public SearchIndex(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Indexes a case's subject for the agencies given (its parties, or one party added). */
	public void subject(String caseId, String subject, Collection<AgencyId> agencies) {
		insert(caseId, caseId, subject, SUBJECT_WEIGHT, agencies);
	}

	/** Indexes a message's text for its sender and recipients. */
	public void message(String caseId, String messageId, String body, Collection<AgencyId> agencies) {
		insert(caseId, messageId, body, 1, agencies);
	}

	private void insert(String caseId, String source, String text, int weight, Collection<AgencyId> agencies) {
		Map<String, Integer> terms = SearchTerms.counted(text);
		List<Object[]> rows = new ArrayList<>(terms.size() * agencies.size());
		for (AgencyId agency : agencies) {
			terms.forEach((term, n) -> rows.add(new Object[] { agency.value(), term, caseId, source, weight * Math.min(n, MAX_COUNT) }));
		}
		if (!rows.isEmpty()) {
			jdbc.batchUpdate(INSERT, rows);
		}
	}

	/** Parses a query: its terms as {@link SearchTerms} makes them; a word ending in {@code *} is a prefix. */
	public static List<Term> query(String q) {
		List<Term> out = new ArrayList<>();
		for (String word : q.trim().split("\\s+")) {
			boolean prefix = word.endsWith("*");
			List<String> terms = SearchTerms.terms(word);
			for (int i = 0; i < terms.size(); i++) {
				Term t = new Term(terms.get(i), prefix && i == terms.size() - 1);
				if (!out.contains(t)) {
					out.add(t);
				}
			}
		}
		return out;
	}
}
