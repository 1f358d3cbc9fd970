package org.liaison.treaty;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Agency;

/**
 * An immutable set of agreements, indexed so that the agreements naming both sides of a disclosure are
 * found without scanning the rest, and so that a decision reads what it needs from each of them (dates,
 * scope, who is bound when, the article it would cite) without walking their party lists.
 *
 * <p>Each agreement has a position, its place in id order. For every party code (country, {@code INT},
 * {@code NGO}, agency id) a {@link Listing} holds the positions of the agreements listing it; an agency
 * is listed by its id and by its country, so the agreements naming two agencies are a few word-wide
 * ANDs and ORs away, in id order. Nothing is cached per pair of agencies: the index costs memory in
 * proportion to the agreements, whatever the number of agencies asking.
 */
public final class AgreementIndex {

	private static final AgreementIndex EMPTY = new AgreementIndex(List.of());

	private final List<Agreement> agreements;
	private final Map<String, Integer> positions = new HashMap<>();
	private final Map<String, Listing> listings;
	private final int words;
	private final AgreementStatus[] statuses;
	private final Classification[] ceilings;
	private final int[] retentionDays;
	private final long[] validFrom;
	private final long[] validUntil;
	private final long[] categories;
	private final long[] purposes;
	private static final int SUBJECTS = ArticleSubject.values().length;

	private final AtomicReferenceArray<Citation> citations;

	private AgreementIndex(Collection<Agreement> all) {
		List<Agreement> sorted = new ArrayList<>(all);
		sorted.sort(Comparator.comparing(Agreement::id));
		this.agreements = List.copyOf(sorted);
		int n = agreements.size();
		this.words = (n + 63) >>> 6;
		this.statuses = new AgreementStatus[n];
		this.ceilings = new Classification[n];
		this.retentionDays = new int[n];
		this.validFrom = new long[n];
		this.validUntil = new long[n];
		this.categories = new long[n];
		this.purposes = new long[n];
		this.citations = new AtomicReferenceArray<>(n * SUBJECTS);
		Map<String, Listing.Builder> builders = new HashMap<>();
		for (int p = 0; p < n; p++) {
			Agreement a = agreements.get(p);
			positions.put(a.id(), p);
			for (Party party : a.parties()) {
				builders.computeIfAbsent(party.party(), k -> new Listing.Builder(n)).add(p, party);
			}
			statuses[p] = a.status();
			ceilings[p] = a.maxClassification();
			retentionDays[p] = a.retentionDays() == null ? Integer.MAX_VALUE : a.retentionDays();
			validFrom[p] = a.validFrom().toEpochDay();
			validUntil[p] = a.validUntil() == null ? Long.MAX_VALUE : a.validUntil().toEpochDay();
			categories[p] = mask(a.categories());
			purposes[p] = mask(a.purposes());
		}
		Map<String, Listing> built = new HashMap<>();
		builders.forEach((code, builder) -> built.put(code, builder.build()));
		this.listings = Map.copyOf(built);
	}

	public static AgreementIndex of(Collection<Agreement> agreements) {
		return agreements.isEmpty() ? EMPTY : new AgreementIndex(agreements);
	}

	public static AgreementIndex empty() {
		return EMPTY;
	}

	public Optional<Agreement> find(String id) {
		Integer p = positions.get(id);
		return p == null ? Optional.empty() : Optional.of(agreements.get(p));
	}

	public List<Agreement> all() {
		return agreements;
	}

	/** The agreements that list both agencies as parties (whatever their status or dates), by id. */
	public List<Agreement> naming(Agency from, Agency to) {
		Pair pair = pair(from, to);
		List<Agreement> out = new ArrayList<>();
		for (int p = pair.next(); p >= 0; p = pair.next()) {
			out.add(agreements.get(p));
		}
		return List.copyOf(out);
	}

	/** The agreements naming both agencies, to walk once in id order. */
	Pair pair(Agency from, Agency to) {
		return new Pair(listing(from.id().value()), listing(from.country().value()), listing(to.id().value()),
				listing(to.country().value()), from.country().equals(to.country()), words);
	}

	Agreement at(int position) {
		return agreements.get(position);
	}

	AgreementStatus status(int position) {
		return statuses[position];
	}

	Classification ceiling(int position) {
		return ceilings[position];
	}

	/** The agreement's maximum retention in days; {@link Integer#MAX_VALUE} when it sets none. */
	int retentionDays(int position) {
		return retentionDays[position];
	}

	/** Whether the agreement at the position is valid on the epoch day (both ends inclusive). */
	boolean isValidOn(int position, long day) {
		return day >= validFrom[position] && day <= validUntil[position];
	}

	boolean covers(int position, Category category) {
		return (categories[position] & (1L << category.ordinal())) != 0;
	}

	boolean serves(int position, Purpose purpose) {
		return (purposes[position] & (1L << purpose.ordinal())) != 0;
	}

	/** What {@link Citation#of} gives for the agreement at the position, worked out on first use. */
	Citation citation(int position, ArticleSubject subject) {
		int slot = position * SUBJECTS + subject.ordinal();
		Citation c = citations.get(slot);
		if (c == null) {
			// Two threads may both work it out; they get equal values, so either may win.
			c = Citation.of(agreements.get(position), subject);
			citations.set(slot, c);
		}
		return c;
	}

	@Nullable Citation citation(String agreement, ArticleSubject subject) {
		Integer p = positions.get(agreement);
		return p == null ? null : citation(p, subject);
	}

	private Listing listing(String party) {
		return listings.getOrDefault(party, Listing.NONE);
	}

	private static long mask(Set<? extends Enum<?>> values) {
		long mask = 0;
		for (Enum<?> v : values) {
			mask |= 1L << v.ordinal();
		}
		return mask;
	}

	/**
	 * The agreements listing both agencies of a decision, each by its agency id or its country: a cursor
	 * that walks them once, in id order. An agreement binds two agencies through two different parties: two
	 * agencies of one country are not bound to each other by a treaty their country is party to, unless
	 * it names one of them itself. An agency named itself is bound as that party says, whatever its
	 * country's dates.
	 */
	static final class Pair {

		private final Listing fromAgency;
		private final Listing fromCountry;
		private final Listing toAgency;
		private final Listing toCountry;
		private final boolean sameCountry;
		private final int words;
		private int word = -1;
		private long bits;

		Pair(Listing fromAgency, Listing fromCountry, Listing toAgency, Listing toCountry, boolean sameCountry, int words) {
			this.fromAgency = fromAgency;
			this.fromCountry = fromCountry;
			this.toAgency = toAgency;
			this.toCountry = toCountry;
			this.sameCountry = sameCountry;
			this.words = words;
		}

		/** The position of the next agreement naming both agencies, or -1 when there is none left. */
		int next() {
			while (bits == 0) {
				if (++word >= words) {
					word = words;
					return -1;
				}
				bits = (fromAgency.word(word) | fromCountry.word(word)) & (toAgency.word(word) | toCountry.word(word));
				if (sameCountry) {
					bits &= fromAgency.word(word) | toAgency.word(word);
				}
			}
			int position = (word << 6) + Long.numberOfTrailingZeros(bits);
			bits &= bits - 1;
			return position;
		}

		/** Whether the agreement binds both agencies on the epoch day (each through its own listing, if any). */
		boolean binds(int position, long day) {
			return boundThrough(fromAgency, fromCountry, position, day) && boundThrough(toAgency, toCountry, position, day);
		}

		private static boolean boundThrough(Listing agency, Listing country, int position, long day) {
			return agency.lists(position) ? agency.boundOn(position, day) : country.boundOn(position, day);
		}

		/** Whether the agreement names the sending agency itself as a party, not just its country. */
		boolean namesFrom(int position) {
			return fromAgency.lists(position);
		}

		boolean namesTo(int position) {
			return toAgency.lists(position);
		}
	}
}
