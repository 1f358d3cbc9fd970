package org.liaison.screening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.liaison.alerts.AlertId;
import org.liaison.screening.matching.PersonDetails;

/**
 * One Lucene index of persons in memory, the person slots beside it, and the {@link ExactKeys} of
 * documents and vehicles. A person's Lucene document carries its alert id twice: as an indexed 16-byte
 * term, to replace and delete by, and as two numeric doc values, to read back for a candidate without
 * stored fields; and a {@code slot} doc value, the index of its {@link PersonDetails} in
 * {@link PersonSlots}.
 *
 * <p>Bulk adds ({@link #add}) are not visible until {@link #refresh}; {@link #replace} and
 * {@link #delete} refresh at once (exact keys need no refresh), and serialise on the caller (ScreeningIndex's lock). Searches are
 * thread-safe.
 */
final class IndexGeneration implements AutoCloseable {

	static final String ID = "id";
	static final String ID_HIGH = "idh";
	static final String ID_LOW = "idl";
	static final String SLOT = "slot";

	private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
	private final IndexWriter writer;
	private final SearcherManager searchers;
	private final PersonSlots persons = new PersonSlots();
	private final ExactKeys exact = new ExactKeys();

	IndexGeneration() {
		try {
			// Bulk loads fill large segments; a refresh after a single change writes a tiny one.
			IndexWriterConfig config = new IndexWriterConfig().setRAMBufferSizeMB(256).setUseCompoundFile(false)
				.setCommitOnClose(false);
			writer = new IndexWriter(directory, config);
			searchers = new SearcherManager(writer, null);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Adds an alert this generation does not hold yet: a person as a Lucene document (with its slot), a
	 * document or vehicle by its exact keys. Thread-safe; a person is visible after {@link #refresh}.
	 */
	void add(AlertId id, @Nullable PersonDetails person, List<String[]> terms) {
		try {
			if (person != null) {
				writer.addDocument(document(id, person, terms));
			}
			else {
				exact.put(id, fingerprints(terms));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private Document document(AlertId id, PersonDetails person, List<String[]> terms) {
		Document doc = new Document();
		UUID uuid = id.value();
		doc.add(new StringField(ID, idTerm(id), Field.Store.NO));
		doc.add(new NumericDocValuesField(ID_HIGH, uuid.getMostSignificantBits()));
		doc.add(new NumericDocValuesField(ID_LOW, uuid.getLeastSignificantBits()));
		doc.add(new NumericDocValuesField(SLOT, persons.add(person)));
		for (String[] term : terms) {
			doc.add(new StringField(term[0], term[1], Field.Store.NO));
		}
		return doc;
	}

	private static long[] fingerprints(List<String[]> terms) {
		return terms.stream().mapToLong(t -> ExactKeys.fingerprint(t[0], t[1])).toArray();
	}

	/** Replaces whatever this generation holds for the alert, visible at once. */
	void replace(AlertId id, @Nullable PersonDetails person, List<String[]> terms) {
		replace(id, person, terms, true);
	}

	/**
	 * Replaces whatever this generation holds for the alert; a person is visible at once, or after the next
	 * {@link #refresh()} when {@code refresh} is false (documents and vehicles are always visible at once).
	 */
	void replace(AlertId id, @Nullable PersonDetails person, List<String[]> terms, boolean refresh) {
		try {
			freeSlots(id);
			exact.remove(id);
			if (person != null) {
				writer.updateDocument(new Term(ID, idTerm(id)), document(id, person, terms));
			}
			else {
				writer.deleteDocuments(new Term(ID, idTerm(id)));
				exact.put(id, fingerprints(terms));
			}
			if (refresh) {
				searchers.maybeRefreshBlocking();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Deletes the alert, visible at once. */
	void delete(AlertId id) {
		delete(id, true);
	}

	/** Deletes the alert; visible at once, or after the next {@link #refresh()} when {@code refresh} is false. */
	void delete(AlertId id, boolean refresh) {
		try {
			freeSlots(id);
			exact.remove(id);
			writer.deleteDocuments(new Term(ID, idTerm(id)));
			if (refresh) {
				searchers.maybeRefreshBlocking();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Makes every change so far visible to searches. */
	void refresh() {
		try {
			searchers.maybeRefreshBlocking();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Merges down to at most that many segments (fewer segments, faster searches), then refreshes. */
	void merge(int maxSegments) {
		try {
			writer.forceMerge(maxSegments);
			searchers.maybeRefreshBlocking();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Live documents as of the last refresh. */
	int size() {
		try {
			IndexSearcher s = searchers.acquire();
			try {
				return s.getIndexReader().numDocs() + exact.size();
			}
			finally {
				searchers.release(s);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The top {@code limit} documents for the query, by score, as candidates. Total hits are counted only
	 * up to the limit, so that Lucene may skip blocks that cannot reach the top (block-max WAND).
	 */
	List<ScreeningIndex.Candidate> search(Query query, int limit) throws IOException {
		IndexSearcher s = searchers.acquire();
		try {
			TopDocs top = s.search(query, new TopScoreDocCollectorManager(limit, null, limit));
			ScoreDoc[] docs = top.scoreDocs.clone();
			Arrays.sort(docs, Comparator.comparingInt(d -> d.doc)); // doc values read forward only
			List<LeafReaderContext> leaves = s.getIndexReader().leaves();
			List<ScreeningIndex.Candidate> out = new ArrayList<>(docs.length);
			LeafReaderContext leaf = null;
			NumericDocValues high = null;
			NumericDocValues low = null;
			NumericDocValues slot = null;
			for (ScoreDoc sd : docs) {
				LeafReaderContext l = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
				if (l != leaf) {
					leaf = l;
					high = l.reader().getNumericDocValues(ID_HIGH);
					low = l.reader().getNumericDocValues(ID_LOW);
					slot = l.reader().getNumericDocValues(SLOT);
				}
				int doc = sd.doc - leaf.docBase;
				if (high == null || low == null || !high.advanceExact(doc) || !low.advanceExact(doc)) {
					continue;
				}
				PersonDetails person = slot != null && slot.advanceExact(doc) ? persons.get((int) slot.longValue()) : null;
				out.add(new ScreeningIndex.Candidate(new AlertId(new UUID(high.longValue(), low.longValue())), person));
			}
			return out;
		}
		finally {
			searchers.release(s);
		}
	}

	/** The documents and vehicles listed under any of the exact keys (fingerprints), each once. */
	List<ScreeningIndex.Candidate> exact(long[] fingerprints) {
		return exact.find(fingerprints).stream().map(id -> new ScreeningIndex.Candidate(id, null)).toList();
	}

	/** Clears the person slots of the alert's current documents (a replaced person gets a new slot). */
	private void freeSlots(AlertId id) throws IOException {
		IndexSearcher s = searchers.acquire();
		try {
			TopDocs top = s.search(new TermQuery(new Term(ID, idTerm(id))), 4);
			List<LeafReaderContext> leaves = s.getIndexReader().leaves();
			for (ScoreDoc sd : top.scoreDocs) {
				LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
				NumericDocValues slot = leaf.reader().getNumericDocValues(SLOT);
				if (slot != null && slot.advanceExact(sd.doc - leaf.docBase)) {
					persons.clear((int) slot.longValue());
				}
			}
		}
		finally {
			searchers.release(s);
		}
	}

	private static BytesRef idTerm(AlertId id) {
		ByteBuffer bytes = ByteBuffer.allocate(16);
		bytes.putLong(id.value().getMostSignificantBits()).putLong(id.value().getLeastSignificantBits());
		return new BytesRef(bytes.array());
	}

	/** Persons held (slots used, cleared ones included). */
	int personSlots() {
		return persons.used();
	}

	@Override
	public void close() throws IOException {
		searchers.close();
		writer.close();
	}
}
