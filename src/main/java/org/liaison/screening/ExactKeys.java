package org.liaison.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.StampedLock;

import org.liaison.alerts.AlertId;

/**
 * The documents and vehicles of an index generation: an open-addressing hash (linear probing) from the
 * 64-bit fingerprint of an exact key (a normalised "number|country", a VIN, a plate with country) to the
 * alert ids listed under it, several alerts per key allowed. A lookup is a few probes in a primitive
 * array instead of a term-dictionary seek per segment. Two different keys may share a fingerprint, so a
 * hit is only a candidate: {@link Screening} checks the number against the alert it reads for the hit
 * ({@link AlertTerms#lists}).
 *
 * <p>About 28 bytes a slot (fingerprint, alert id, and the slot in a second table by alert id, so that a
 * withdrawal removes an alert's keys without knowing them), at a load of 0.375 to 0.75. Changes are
 * visible to the next lookup. Lookups read optimistically under a {@link StampedLock} and fall back to a
 * read lock when a change overlapped them. Thread-safe.
 */
final class ExactKeys {

	private static final long EMPTY = 0;
	private static final long REMOVED = 1;
	private static final int FREE = -1;
	private static final int GONE = -2;

	/** Slot arrays of one capacity, replaced as a whole when the table grows. */
	private static final class Table {
		final long[] keys;
		final long[] high;
		final long[] low;
		final int[] byId; // slot numbers, probed by the hash of the alert id
		final int mask;

		Table(int capacity) {
			keys = new long[capacity];
			high = new long[capacity];
			low = new long[capacity];
			byId = new int[capacity];
			Arrays.fill(byId, FREE);
			mask = capacity - 1;
		}
	}

	private final StampedLock lock = new StampedLock();
	private volatile Table table = new Table(16);
	private int live; // guarded by the write lock, as are the two below
	private int used; // slots not EMPTY in keys (live and removed)
	private int usedIds; // entries not FREE in byId
	private volatile int alerts;

	/** The fingerprint of a key: its field and value, never 0 or 1 (those mark free and removed slots). */
	static long fingerprint(String field, String value) {
		long h = 0xcbf29ce484222325L;
		for (int i = 0; i < field.length(); i++) {
			h = (h ^ field.charAt(i)) * 0x100000001b3L;
		}
		h = (h ^ 0x1f) * 0x100000001b3L;
		for (int i = 0; i < value.length(); i++) {
			h = (h ^ value.charAt(i)) * 0x100000001b3L;
		}
		h = mix(h);
		return h == EMPTY || h == REMOVED ? h + 2 : h;
	}

	/** Lists the alert under each of the keys (fingerprints); the caller has removed what it held before. */
	void put(AlertId id, long[] fingerprints) {
		if (fingerprints.length == 0) {
			return;
		}
		long hi = id.value().getMostSignificantBits();
		long lo = id.value().getLeastSignificantBits();
		long stamp = lock.writeLock();
		try {
			for (long fp : fingerprints) {
				if (contains(table, fp, hi, lo)) {
					continue; // the same key twice (a number under both number properties)
				}
				if ((used + 1) * 4L > table.keys.length * 3L || (usedIds + 1) * 4L > table.keys.length * 3L) {
					rehash();
				}
				Table t = table;
				int slot = (int) fp & t.mask;
				while (t.keys[slot] != EMPTY && t.keys[slot] != REMOVED) {
					slot = (slot + 1) & t.mask;
				}
				if (t.keys[slot] == EMPTY) {
					used++;
				}
				// ids before the fingerprint: an optimistic reader that sees the key sees its alert or retries
				t.high[slot] = hi;
				t.low[slot] = lo;
				t.keys[slot] = fp;
				int entry = (int) mix(hi ^ lo) & t.mask;
				while (t.byId[entry] >= 0) {
					entry = (entry + 1) & t.mask;
				}
				if (t.byId[entry] == FREE) {
					usedIds++;
				}
				t.byId[entry] = slot;
				live++;
			}
			alerts++;
		}
		finally {
			lock.unlockWrite(stamp);
		}
	}

	/** Removes every key of the alert; the next lookup no longer finds it. */
	void remove(AlertId id) {
		long hi = id.value().getMostSignificantBits();
		long lo = id.value().getLeastSignificantBits();
		long stamp = lock.writeLock();
		try {
			Table t = table;
			boolean found = false;
			for (int entry = (int) mix(hi ^ lo) & t.mask; t.byId[entry] != FREE; entry = (entry + 1) & t.mask) {
				int slot = t.byId[entry];
				if (slot >= 0 && t.high[slot] == hi && t.low[slot] == lo) {
					t.keys[slot] = REMOVED;
					t.byId[entry] = GONE;
					live--;
					found = true;
				}
			}
			if (found) {
				alerts--;
			}
		}
		finally {
			lock.unlockWrite(stamp);
		}
	}

	/** The alerts listed under any of the keys, each once. */
	List<AlertId> find(long[] fingerprints) {
		long stamp = lock.tryOptimisticRead();
		if (stamp != 0) {
			List<AlertId> found = lookup(table, fingerprints);
			if (lock.validate(stamp)) {
				return found;
			}
		}
		stamp = lock.readLock();
		try {
			return lookup(table, fingerprints);
		}
		finally {
			lock.unlockRead(stamp);
		}
	}

	/** Alerts held. */
	int size() {
		return alerts;
	}

	/** Probes at most a table's length, so that a read torn by a concurrent change still ends. */
	private static List<AlertId> lookup(Table t, long[] fingerprints) {
		List<AlertId> out = new ArrayList<>(1);
		for (long fp : fingerprints) {
			int slot = (int) fp & t.mask;
			for (int probes = 0; probes <= t.mask; probes++) {
				long key = t.keys[slot];
				if (key == EMPTY) {
					break;
				}
				if (key == fp) {
					AlertId id = new AlertId(new UUID(t.high[slot], t.low[slot]));
					if (!out.contains(id)) {
						out.add(id);
					}
				}
				slot = (slot + 1) & t.mask;
			}
		}
		return out;
	}

	private static boolean contains(Table t, long fp, long hi, long lo) {
		for (int slot = (int) fp & t.mask; t.keys[slot] != EMPTY; slot = (slot + 1) & t.mask) {
			if (t.keys[slot] == fp && t.high[slot] == hi && t.low[slot] == lo) {
				return true;
			}
		}
		return false;
	}

	/** A new table without the removed slots: twice as large when more than half is live. */
	private void rehash() {
		Table old = table;
		int capacity = live * 2L >= old.keys.length ? old.keys.length * 2 : old.keys.length;
		if (capacity <= 0) {
			throw new IllegalStateException("too many document keys");
		}
		Table t = new Table(capacity);
		int count = 0;
		for (int i = 0; i < old.keys.length; i++) {
			long fp = old.keys[i];
			if (fp == EMPTY || fp == REMOVED) {
				continue;
			}
			int slot = (int) fp & t.mask;
			while (t.keys[slot] != EMPTY) {
				slot = (slot + 1) & t.mask;
			}
			t.keys[slot] = fp;
			t.high[slot] = old.high[i];
			t.low[slot] = old.low[i];
			int entry = (int) mix(old.high[i] ^ old.low[i]) & t.mask;
			while (t.byId[entry] != FREE) {
				entry = (entry + 1) & t.mask;
			}
			t.byId[entry] = slot;
			count++;
		}
		live = count;
		used = count;
		usedIds = count;
		table = t;
	}

	/** The 64-bit finaliser of MurmurHash3: every input bit moves every output bit. */
	private static long mix(long h) {
		h ^= h >>> 33;
		h *= 0xff51afd7ed558ccdL;
		h ^= h >>> 33;
		h *= 0xc4ceb53ce85a6e53L;
		h ^= h >>> 33;
		return h;
	}
}
