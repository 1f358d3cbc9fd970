package org.liaison.screening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.jspecify.annotations.Nullable;
import org.liaison.alerts.Alert;
import org.liaison.alerts.AlertId;
import org.liaison.screening.matching.BirthDate;
import org.liaison.screening.matching.NameKeys;
import org.liaison.screening.matching.PersonDetails;

/**
 * An in-memory Lucene index of the published alerts: persons by the index terms (phonetic keys and
 * skeletons) of every name and alias, travel documents by normalised number and issuing country,
 * vehicles by VIN and by plate with country. One document per alert, keyed by its id; the alert itself
 * (and, for a person, what the matcher compares) is kept beside it for scoring and for the answer. Each
 * change is visible to the next search (near-real-time reopen after every change). Thread-safe.
 */
class ScreeningIndex implements AutoCloseable {

	static final int CANDIDATES = 100;
	private static final int MAX_TERMS = 512;
	private static final String ID = "id";
	private static final String NAME = "name";
	private static final String DOCUMENT = "doc";
	private static final String VIN = "vin";
	private static final String PLATE = "plate";

	/** A published alert as indexed, with the person details the matcher compares (null for objects). */
	record Entry(Alert alert, @Nullable PersonDetails person) {
	}

	private final NameKeys keys = new NameKeys();
	private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
	private final IndexWriter writer;
	private final SearcherManager searchers;
	private final Map<AlertId, Entry> entries = new ConcurrentHashMap<>();
	private volatile @Nullable Set<AlertId> removedDuringRebuild;

	ScreeningIndex() {
		try {
			writer = new IndexWriter(directory, new IndexWriterConfig());
			searchers = new SearcherManager(writer, null);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Adds or replaces a published alert; a subject with nothing to screen by is kept out. */
	void put(Alert alert) {
		Document doc = new Document();
		doc.add(new StringField(ID, alert.id().toString(), Field.Store.YES));
		PersonDetails person = null;
		int terms = 0;
		if ("Person".equals(alert.schema())) {
			person = personOf(alert.properties());
			if (person != null) {
				for (String name : person.names()) {
					for (String term : keys.indexTerms(name)) {
						doc.add(new StringField(NAME, term, Field.Store.NO));
						terms++;
					}
				}
			}
		}
		else if ("Passport".equals(alert.schema()) || "Identification".equals(alert.schema())) {
			String country = first(alert.properties(), "country").toUpperCase(Locale.ROOT);
			for (String key : List.of("number", "passportNumber")) {
				for (String number : alert.properties().getOrDefault(key, List.of())) {
					String n = ScreeningQuery.documentNumber(number);
					if (!n.isEmpty()) {
						doc.add(new StringField(DOCUMENT, n + "|" + country, Field.Store.NO));
						terms++;
					}
				}
			}
		}
		else if ("Vehicle".equals(alert.schema())) {
			String country = first(alert.properties(), "country").toUpperCase(Locale.ROOT);
			for (String vin : alert.properties().getOrDefault("vin", List.of())) {
				doc.add(new StringField(VIN, ScreeningQuery.documentNumber(vin), Field.Store.NO));
				terms++;
			}
			for (String plate : alert.properties().getOrDefault("registrationNumber", List.of())) {
				doc.add(new StringField(PLATE, ScreeningQuery.documentNumber(plate) + "|" + country, Field.Store.NO));
				terms++;
			}
		}
		try {
			if (terms == 0) {
				remove(alert.id());
				return;
			}
			entries.put(alert.id(), new Entry(alert, person));
			writer.updateDocument(new Term(ID, alert.id().toString()), doc);
			searchers.maybeRefreshBlocking();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Removes an alert; the next search no longer finds it. */
	void remove(AlertId id) {
		Set<AlertId> tombstones = removedDuringRebuild;
		if (tombstones != null) {
			tombstones.add(id);
		}
		try {
			writer.deleteDocuments(new Term(ID, id.toString()));
			entries.remove(id);
			searchers.maybeRefreshBlocking();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Brings the index to the published alerts that {@code source} reads, while publications and removals
	 * may still arrive: an alert removed after the read began is not put back, one published meanwhile is
	 * kept, and one indexed before that the read no longer lists is removed.
	 */
	synchronized void rebuild(Supplier<List<Alert>> source) {
		Set<AlertId> before = Set.copyOf(entries.keySet());
		Set<AlertId> tombstones = ConcurrentHashMap.newKeySet();
		removedDuringRebuild = tombstones;
		try {
			List<Alert> published = source.get();
			Set<AlertId> listed = new java.util.HashSet<>();
			for (Alert alert : published) {
				listed.add(alert.id());
				if (!tombstones.contains(alert.id())) {
					put(alert);
				}
			}
			for (AlertId id : before) {
				if (!listed.contains(id)) {
					remove(id);
				}
			}
			writer.commit();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			removedDuringRebuild = null;
		}
	}

	int size() {
		return entries.size();
	}

	/** The indexed alerts that may match the query, at most {@link #CANDIDATES}, unscored. */
	List<Entry> candidates(ScreeningQuery query) {
		BooleanQuery.Builder b = new BooleanQuery.Builder();
		Set<Term> terms = new LinkedHashSet<>();
		if (query instanceof ScreeningQuery.Person p) {
			for (String name : p.details().names()) {
				keys.indexTerms(name).forEach(t -> terms.add(new Term(NAME, t)));
			}
		}
		else if (query instanceof ScreeningQuery.Document d) {
			terms.add(new Term(DOCUMENT, d.number() + "|" + d.country()));
			if (!d.country().isEmpty()) {
				terms.add(new Term(DOCUMENT, d.number() + "|")); // listed without an issuing country
			}
		}
		else if (query instanceof ScreeningQuery.Vehicle v) {
			v.vins().forEach(vin -> terms.add(new Term(VIN, vin)));
			for (String plate : v.plates()) {
				terms.add(new Term(PLATE, plate + "|" + v.country()));
				if (!v.country().isEmpty()) {
					terms.add(new Term(PLATE, plate + "|"));
				}
			}
		}
		if (terms.isEmpty()) {
			return List.of();
		}
		terms.stream().limit(MAX_TERMS).forEach(t -> b.add(new TermQuery(t), BooleanClause.Occur.SHOULD));
		Query q = b.build();
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				List<Entry> out = new ArrayList<>();
				for (ScoreDoc sd : searcher.search(q, CANDIDATES).scoreDocs) {
					String id = searcher.storedFields().document(sd.doc).get(ID);
					Entry e = entries.get(AlertId.of(id));
					if (e != null) {
						out.add(e);
					}
				}
				return out;
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** What the matcher compares of a listed person: names and aliases, date of birth, nationalities, sex. */
	static @Nullable PersonDetails personOf(Map<String, List<String>> props) {
		List<String> names = new ArrayList<>();
		for (String key : List.of("name", "alias", "previousName", "weakAlias")) {
			props.getOrDefault(key, List.of()).stream().filter(n -> n != null && !n.isBlank()).forEach(names::add);
		}
		if (names.isEmpty()) {
			return null;
		}
		BirthDate birthDate = null;
		for (String d : props.getOrDefault("birthDate", List.of())) {
			try {
				birthDate = BirthDate.parse(d);
				break;
			}
			catch (IllegalArgumentException e) {
				// a listed date the matcher cannot read counts as unknown
			}
		}
		Set<String> nationalities = new LinkedHashSet<>();
		for (String key : List.of("nationality", "citizenship")) {
			props.getOrDefault(key, List.of()).stream().filter(c -> c != null && !c.isBlank()).forEach(nationalities::add);
		}
		PersonDetails.Sex sex = switch (first(props, "gender").toLowerCase(Locale.ROOT)) {
			case "male", "m" -> PersonDetails.Sex.MALE;
			case "female", "f" -> PersonDetails.Sex.FEMALE;
			default -> null;
		};
		return new PersonDetails(names, birthDate, nationalities, sex);
	}

	private static String first(Map<String, List<String>> props, String key) {
		List<String> values = props.getOrDefault(key, List.of());
		return values.isEmpty() || values.get(0) == null ? "" : values.get(0).strip();
	}

	@Override
	public void close() throws IOException {
		searchers.close();
		writer.close();
	}
}
