package org.liaison.screening.matching;

import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Scores a screened person against a listed one: the best name score over all their names and aliases,
 * moved up by agreeing and down by disagreeing dates of birth, nationalities and sex.
 *
 * <p>Adjustments to the name score: date of birth exact +0.08, day and month swapped +0.05, year only
 * +0.03, same year but another day -0.05, years one apart -0.15, further apart -0.25 (so that a plain
 * name match with another year of birth stays below the threshold); a shared nationality +0.03, none shared
 * -0.05 (people hold several, and records miss some); same sex +0.01, another sex -0.10. The total is
 * clamped to [0, 1]. Without any name agreement the total is 0: a date of birth alone never makes a
 * hit. Deterministic and thread-safe.
 */
public final class PersonMatcher {

	/** Totals at or above this are hits; the name threshold, since a plain name match must still hit. */
	public static final double THRESHOLD = NameMatcher.THRESHOLD;

	/**
	 * Years of birth further apart than this keep a listed person below the threshold whatever the names,
	 * nationality and sex (1.0 - 0.25 + 0.03 + 0.01 = 0.79), so that an index may leave such persons out.
	 */
	public static final int MOST_YEARS_APART = 1;

	private static final double DOB_EXACT = 0.08;
	private static final double NATIONALITY_SHARED = 0.03;
	private static final double SEX_SAME = 0.01;
	/** The most that date of birth, nationality and sex together add to a name score. */
	static final double MOST_SUPPORT = DOB_EXACT + NATIONALITY_SHARED + SEX_SAME;

	private final NameMatcher names;

	/** A matcher over the standard name matcher. */
	public PersonMatcher() {
		this(new NameMatcher());
	}

	/** A matcher over the given name matcher. */
	public PersonMatcher(NameMatcher names) {
		this.names = names;
	}

	/** A screened person with its names normalised once, to be scored against many candidates. */
	public record Prepared(PersonDetails details, List<NormalisedName> names) {

		/** Copies the names. */
		public Prepared {
			names = List.copyOf(names);
		}
	}

	/** Normalises the screened person's names once, for {@link #score(Prepared, PersonDetails)}. */
	public Prepared prepare(PersonDetails query) {
		return new Prepared(query, query.names().stream().map(names.normaliser()::normalise).toList());
	}

	/** Scores the screened person (query) against the listed one (candidate). */
	public PersonScore score(PersonDetails query, PersonDetails candidate) {
		return score(prepare(query), candidate);
	}

	/** Scores a prepared screened person against the listed one (candidate); same result as unprepared. */
	public PersonScore score(Prepared prepared, PersonDetails candidate) {
		return score(prepared, candidate, names.bestOf(prepared.names(), candidate.names()));
	}

	/**
	 * The score of the listed person when it reaches the threshold, else null; cheaper than {@link
	 * #score(Prepared, PersonDetails)} for a candidate whose date of birth, nationality or sex already
	 * keeps it below the threshold whatever its names, because the names are then not compared.
	 */
	public @Nullable PersonScore match(Prepared prepared, PersonDetails candidate, double threshold) {
		PersonDetails query = prepared.details();
		// summed in the order score() sums, so that the bound is exactly the total of a perfect name score
		double best = 1.0 + adjustment(birthDate(query, candidate)) + adjustment(nationality(query, candidate), NATIONALITY_SHARED, -0.05)
				+ adjustment(sex(query, candidate), SEX_SAME, -0.10);
		if (best < threshold) {
			return null;
		}
		PersonScore s = score(prepared, candidate);
		return s.isMatch(threshold) ? s : null;
	}

	private PersonScore score(Prepared prepared, PersonDetails candidate, NameScore name) {
		PersonDetails query = prepared.details();
		BirthDateAgreement dob = birthDate(query, candidate);
		Evidence nationality = nationality(query, candidate);
		Evidence sex = sex(query, candidate);
		double total = name.pairs().isEmpty()
				? 0.0
				: name.score() + adjustment(dob) + adjustment(nationality, NATIONALITY_SHARED, -0.05)
						+ adjustment(sex, SEX_SAME, -0.10);
		return new PersonScore(Math.max(0.0, Math.min(1.0, total)), name, dob, nationality, sex);
	}

	private static BirthDateAgreement birthDate(PersonDetails query, PersonDetails candidate) {
		return query.birthDate() == null || candidate.birthDate() == null
				? BirthDateAgreement.UNKNOWN
				: BirthDateAgreement.of(query.birthDate(), candidate.birthDate());
	}

	private static Evidence nationality(PersonDetails query, PersonDetails candidate) {
		return query.nationalities().isEmpty() || candidate.nationalities().isEmpty()
				? Evidence.UNKNOWN
				: Collections.disjoint(query.nationalities(), candidate.nationalities()) ? Evidence.MISMATCH : Evidence.MATCH;
	}

	private static Evidence sex(PersonDetails query, PersonDetails candidate) {
		return query.sex() == null || candidate.sex() == null
				? Evidence.UNKNOWN
				: query.sex() == candidate.sex() ? Evidence.MATCH : Evidence.MISMATCH;
	}

	private static double adjustment(BirthDateAgreement dob) {
		return switch (dob) {
			case EXACT -> DOB_EXACT;
			case DAY_MONTH_SWAPPED -> 0.05;
			case YEAR_ONLY -> 0.03;
			case SAME_YEAR -> -0.05;
			case NEAR_YEAR -> -0.15;
			case MISMATCH -> -0.25;
			case UNKNOWN -> 0.0;
		};
	}

	private static double adjustment(Evidence evidence, double match, double mismatch) {
		return switch (evidence) {
			case MATCH -> match;
			case MISMATCH -> mismatch;
			case UNKNOWN -> 0.0;
		};
	}
}
