package org.liaison.screening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.index.Term;
import org.jspecify.annotations.Nullable;
import org.liaison.alerts.Alert;
import org.liaison.alerts.AlertId;
import org.liaison.screening.matching.BirthDate;
import org.liaison.screening.matching.PairKeys;
import org.liaison.screening.matching.PersonDetails;
import org.liaison.screening.matching.PersonMatcher;

/**
 * An in-memory index of the published alerts: in Lucene, persons by the {@link PairKeys} of every name
 * and alias (two tokens per key, so that a common given name alone finds nobody), and by year of birth
 * to rank homonyms; in a hash of key fingerprints ({@link ExactKeys}), travel documents by normalised
 * number and issuing country and vehicles by VIN and by plate with country. It keeps only what
 * matching needs: the alert id (in Lucene doc values, or in the hash) and, for a person, the {@link PersonDetails} the
 * matcher compares. The alert itself is read from the database for a hit only.
 *
 * <p>A single change is visible to the next search. {@link #rebuild} loads a new generation in bulk, in
 * parallel, with one refresh at the end, while the current one keeps answering. Thread-safe.
 */
class ScreeningIndex implements AutoCloseable {

	private static final int MAX_TERMS = 512;
	private static final int BATCH = 512;
	private static final float BIRTH_YEAR_BOOST = 0.5f;
	static final String NAME = "name";
	static final String BIRTH_YEAR = "born";
	static final String UNKNOWN_YEAR = "-";
	static final String DOCUMENT = "doc";
	static final String VIN = "vin";
	static final String PLATE = "plate";

	/** A candidate from the index: the alert and, for a person, what the matcher compares (else null). */
	record Candidate(AlertId id, @Nullable PersonDetails person) {
	}

	/** Published alerts, read in one pass (a streaming database query, or a list in tests). */
	@FunctionalInterface
	interface Source {
		void forEach(Consumer<Alert> sink);
	}

	/** A change that arrived while a rebuild was reading: replayed on the new generation. */
	private record Change(AlertId id, @Nullable Alert put) {
	}

	private final PairKeys keys = new PairKeys();
	private final int candidateLimit;
	private final int rebuildThreads;
	private final int mergeSegments;
	private final Object lock = new Object();
	private volatile IndexGeneration live = new IndexGeneration();
	private @Nullable List<Change> changesDuringRebuild; // guarded by lock

	ScreeningIndex() {
		this(new ScreeningProperties(0, 0, 0));
	}

	ScreeningIndex(ScreeningProperties properties) {
		this.candidateLimit = properties.candidates();
		this.rebuildThreads = properties.rebuildThreads();
		this.mergeSegments = properties.mergeSegments();
	}

	/** Adds or replaces a published alert, visible to the next search; one with nothing to screen by is kept out. */
	void put(Alert alert) {
		synchronized (lock) {
			if (changesDuringRebuild != null) {
				changesDuringRebuild.add(new Change(alert.id(), alert));
			}
			apply(live, alert);
		}
	}

	/**
	 * Adds or replaces the published alerts and removes the others of a batch (a page of alerts caught up
	 * from a peer), with one refresh for the batch instead of one per alert.
	 */
	void putAll(java.util.Collection<Alert> published, java.util.Collection<AlertId> removed) {
		synchronized (lock) {
			for (Alert alert : published) {
				if (changesDuringRebuild != null) {
					changesDuringRebuild.add(new Change(alert.id(), alert));
				}
				apply(live, alert, false);
			}
			for (AlertId id : removed) {
				if (changesDuringRebuild != null) {
					changesDuringRebuild.add(new Change(id, null));
				}
				live.delete(id, false);
			}
			live.refresh();
		}
	}

	/** Removes an alert; the next search no longer finds it. */
	void remove(AlertId id) {
		synchronized (lock) {
			if (changesDuringRebuild != null) {
				changesDuringRebuild.add(new Change(id, null));
			}
			live.delete(id);
		}
	}

	private void apply(IndexGeneration generation, Alert alert) {
		apply(generation, alert, true);
	}

	private void apply(IndexGeneration generation, Alert alert, boolean refresh) {
		PersonDetails person = "Person".equals(alert.schema()) ? AlertTerms.personOf(alert.properties()) : null;
		List<String[]> terms = AlertTerms.of(alert, person, keys);
		if (terms.isEmpty()) {
			generation.delete(alert.id(), refresh);
		}
		else {
			generation.replace(alert.id(), person, terms, refresh);
		}
	}

	/**
	 * Replaces the index by the published alerts that {@code source} reads, while publications and
	 * removals may still arrive: those are applied to the current index at once, and replayed in order on
	 * the new one before it takes over, so that an alert removed after the read began is not put back and
	 * one published meanwhile is kept. Searches meanwhile use the current index. One rebuild at a time.
	 */
	synchronized void rebuild(Source source) {
		IndexGeneration next = new IndexGeneration();
		List<Change> changes = new ArrayList<>();
		synchronized (lock) {
			changesDuringRebuild = changes;
		}
		try {
			load(source, next);
			next.merge(mergeSegments);
			IndexGeneration previous;
			synchronized (lock) {
				for (Change c : changes) {
					if (c.put() != null) {
						apply(next, c.put());
					}
					else {
						next.delete(c.id());
					}
				}
				previous = live;
				live = next;
				changesDuringRebuild = null;
			}
			previous.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (RuntimeException | Error e) {
			synchronized (lock) {
				changesDuringRebuild = null;
			}
			try {
				next.close();
			}
			catch (IOException closing) {
				e.addSuppressed(closing);
			}
			throw e;
		}
	}

	/** Streams the source into the generation: the caller reads, {@code rebuildThreads} workers index. */
	private void load(Source source, IndexGeneration next) {
		ExecutorService workers = Executors.newFixedThreadPool(rebuildThreads, r -> {
			Thread t = new Thread(r, "screening-rebuild");
			t.setDaemon(true);
			return t;
		});
		Semaphore inFlight = new Semaphore(rebuildThreads * 4);
		AtomicReference<Throwable> failure = new AtomicReference<>();
		List<Alert> batch = new ArrayList<>(BATCH);
		Consumer<List<Alert>> submit = alerts -> {
			inFlight.acquireUninterruptibly();
			workers.execute(() -> {
				try {
					for (Alert alert : alerts) {
						PersonDetails person = "Person".equals(alert.schema()) ? AlertTerms.personOf(alert.properties()) : null;
						List<String[]> terms = AlertTerms.of(alert, person, keys);
						if (!terms.isEmpty()) {
							next.add(alert.id(), person, terms);
						}
					}
				}
				catch (Throwable t) {
					failure.compareAndSet(null, t);
				}
				finally {
					inFlight.release();
				}
			});
		};
		try {
			source.forEach(alert -> {
				if (failure.get() != null) {
					throw new IllegalStateException("screening index rebuild failed", failure.get());
				}
				batch.add(alert);
				if (batch.size() == BATCH) {
					submit.accept(List.copyOf(batch));
					batch.clear();
				}
			});
			if (!batch.isEmpty()) {
				submit.accept(List.copyOf(batch));
			}
		}
		finally {
			workers.shutdown();
			try {
				workers.awaitTermination(1, TimeUnit.HOURS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		if (failure.get() != null) {
			throw new IllegalStateException("screening index rebuild failed", failure.get());
		}
		next.refresh();
	}

	/** Live documents as of the last change. */
	int size() {
		return live.size();
	}

	/**
	 * The indexed alerts that may match the query, unscored: for a person the best
	 * {@code liaison.screening.candidates} by shared name keys (a shared year of birth breaks ties among
	 * homonyms); for a document or vehicle every alert listed under one of its exact keys (by fingerprint:
	 * a rare collision is dropped when the alert is read, see {@link AlertTerms#lists}).
	 */
	List<Candidate> candidates(ScreeningQuery query) {
		while (true) {
			try {
				if (query instanceof ScreeningQuery.Person p) {
					Query q = personQuery(p);
					return q == null ? List.of() : live.search(q, candidateLimit);
				}
				return live.exact(exactKeys(query));
			}
			catch (AlreadyClosedException e) {
				// a rebuild swapped generations under this search: ask the new one
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	/**
	 * Any pair key of any of the query's names; the more (and the rarer) keys a candidate shares, the
	 * higher it ranks, and a shared year of birth adds a little, to rank homonyms. When the query gives a
	 * date of birth, listed persons born more than {@link PersonMatcher#MOST_YEARS_APART} years apart are
	 * left out: the matcher would keep them below the threshold whatever their names, and without them
	 * the candidates that can hit fill the top.
	 */
	private @Nullable Query personQuery(ScreeningQuery.Person p) {
		Set<String> terms = new LinkedHashSet<>();
		for (String name : p.details().names()) {
			terms.addAll(keys.of(name));
		}
		if (terms.isEmpty()) {
			return null;
		}
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		terms.stream().limit(MAX_TERMS).forEach(t -> any.add(new TermQuery(new Term(NAME, t)), BooleanClause.Occur.SHOULD));
		Query q = any.build();
		BirthDate born = p.details().birthDate();
		if (born != null) {
			BooleanQuery.Builder years = new BooleanQuery.Builder()
				.add(new TermQuery(new Term(BIRTH_YEAR, UNKNOWN_YEAR)), BooleanClause.Occur.SHOULD);
			for (int y = born.year() - PersonMatcher.MOST_YEARS_APART; y <= born.year() + PersonMatcher.MOST_YEARS_APART; y++) {
				years.add(new TermQuery(new Term(BIRTH_YEAR, Integer.toString(y))), BooleanClause.Occur.SHOULD);
			}
			q = new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST)
				.add(years.build(), BooleanClause.Occur.FILTER)
				.add(new BoostQuery(new TermQuery(new Term(BIRTH_YEAR, Integer.toString(born.year()))), BIRTH_YEAR_BOOST),
						BooleanClause.Occur.SHOULD)
				.build();
		}
		return q;
	}

	/** The fingerprints of the exact keys a document or vehicle may be listed under. */
	private static long[] exactKeys(ScreeningQuery query) {
		Set<Long> keys = new LinkedHashSet<>();
		if (query instanceof ScreeningQuery.Document d) {
			keys.add(ExactKeys.fingerprint(DOCUMENT, d.number() + "|" + d.country()));
			if (!d.country().isEmpty()) {
				keys.add(ExactKeys.fingerprint(DOCUMENT, d.number() + "|")); // listed without an issuing country
			}
		}
		else if (query instanceof ScreeningQuery.Vehicle v) {
			v.vins().forEach(vin -> keys.add(ExactKeys.fingerprint(VIN, vin)));
			for (String plate : v.plates()) {
				keys.add(ExactKeys.fingerprint(PLATE, plate + "|" + v.country()));
				if (!v.country().isEmpty()) {
					keys.add(ExactKeys.fingerprint(PLATE, plate + "|"));
				}
			}
		}
		return keys.stream().mapToLong(Long::longValue).toArray();
	}

	@Override
	public void close() throws IOException {
		live.close();
	}
}
