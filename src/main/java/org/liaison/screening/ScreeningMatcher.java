package org.liaison.screening;

import java.util.ArrayList;
import java.util.List;

import org.liaison.alerts.AlertId;
import org.liaison.screening.matching.PersonMatcher;
import org.liaison.screening.matching.PersonScore;

/**
 * The pure part of screening: candidates from the index, persons scored by the {@link PersonMatcher} and
 * kept at or above its threshold, documents and vehicles matched exactly on the normalised number. No
 * database, no disclosure decision, no audit: {@link Screening} adds those to what this returns, and the
 * benchmarks measure this alone. Thread-safe.
 */
final class ScreeningMatcher {

	/** An indexed alert that matches the query, with its score and why. */
	record Match(AlertId alert, double score, String explanation) {
	}

	private final ScreeningIndex index;
	private final PersonMatcher matcher = new PersonMatcher();

	ScreeningMatcher(ScreeningIndex index) {
		this.index = index;
	}

	/** The indexed alerts that match the query, in the index's order. */
	List<Match> match(ScreeningQuery query) {
		List<ScreeningIndex.Candidate> candidates = index.candidates(query);
		List<Match> out = new ArrayList<>();
		if (query instanceof ScreeningQuery.Person person) {
			PersonMatcher.Prepared prepared = matcher.prepare(person.details());
			for (ScreeningIndex.Candidate c : candidates) {
				if (c.person() == null) {
					continue; // withdrawn while this search ran, or not a person
				}
				PersonScore s = matcher.match(prepared, c.person(), PersonMatcher.THRESHOLD);
				if (s != null) {
					out.add(new Match(c.id(), Math.round(s.score() * 1000) / 1000.0, s.explanation()));
				}
			}
		}
		else if (query instanceof ScreeningQuery.Document d) {
			String explanation = "document number exact" + (d.country().isEmpty() ? "" : ", issuing country " + d.country());
			candidates.forEach(c -> out.add(new Match(c.id(), 1.0, explanation)));
		}
		else {
			candidates.forEach(c -> out.add(new Match(c.id(), 1.0, "VIN or registration number exact")));
		}
		return out;
	}
}
