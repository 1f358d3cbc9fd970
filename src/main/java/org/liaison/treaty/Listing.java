package org.liaison.treaty;

import java.util.Arrays;

/**
 * The agreements of an {@link AgreementIndex} that list one party code (a country, {@code INT},
 * {@code NGO} or an agency id): a bit set over the index's positions, and for each agreement listed the
 * days the party is bound, as epoch days, from inclusive to until exclusive. Immutable once built.
 */
final class Listing {

	static final Listing NONE = new Listing(new long[0], new int[0], new long[0], new long[0]);

	private final long[] bits;
	/** Set bits in the words before each word, so that an agreement's entry is found without a search. */
	private final int[] rankBase;
	private final long[] boundFrom;
	private final long[] boundUntil;

	private Listing(long[] bits, int[] rankBase, long[] boundFrom, long[] boundUntil) {
		this.bits = bits;
		this.rankBase = rankBase;
		this.boundFrom = boundFrom;
		this.boundUntil = boundUntil;
	}

	/** The word of 64 positions starting at {@code 64 * index}; zero past the end. */
	long word(int index) {
		return index < bits.length ? bits[index] : 0L;
	}

	boolean lists(int position) {
		int w = position >>> 6;
		return w < bits.length && (bits[w] & (1L << position)) != 0;
	}

	/** Whether the party is bound by the agreement at the position on the epoch day; false if not listed. */
	boolean boundOn(int position, long day) {
		if (!lists(position)) {
			return false;
		}
		int w = position >>> 6;
		int rank = rankBase[w] + Long.bitCount(bits[w] & ((1L << position) - 1));
		return day >= boundFrom[rank] && day < boundUntil[rank];
	}

	/** Collects a party's entries in increasing position order. */
	static final class Builder {

		private final int words;
		private int size;
		private int[] positions = new int[4];
		private long[] from = new long[4];
		private long[] until = new long[4];

		Builder(int agreements) {
			this.words = (agreements + 63) >>> 6;
		}

		void add(int position, Party party) {
			if (size == positions.length) {
				positions = Arrays.copyOf(positions, size * 2);
				from = Arrays.copyOf(from, size * 2);
				until = Arrays.copyOf(until, size * 2);
			}
			positions[size] = position;
			from[size] = party.boundFrom().toEpochDay();
			until[size] = party.boundUntil() == null ? Long.MAX_VALUE : party.boundUntil().toEpochDay();
			size++;
		}

		Listing build() {
			long[] bits = new long[words];
			for (int i = 0; i < size; i++) {
				bits[positions[i] >>> 6] |= 1L << positions[i];
			}
			int[] rankBase = new int[words];
			for (int w = 1; w < words; w++) {
				rankBase[w] = rankBase[w - 1] + Long.bitCount(bits[w - 1]);
			}
			return new Listing(bits, rankBase, Arrays.copyOf(from, size), Arrays.copyOf(until, size));
		}
	}
}
