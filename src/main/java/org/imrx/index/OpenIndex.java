package org.imrx.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.imrx.ConfigurationException;
import org.imrx.model.Case;
import org.imrx.model.CaseJson;

/**
 * A case index opened for searching: a point-in-time reader (what was last committed), its
 * searcher, the facet state and the block join. Thread-safe; close it when done.
 */
public final class OpenIndex implements Closeable {
  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final IndexSetup setup;
  private final BlockJoin join = new BlockJoin();
  private final java.util.concurrent.ExecutorService pool;
  private SortedSetDocValuesReaderState facetState;

  private OpenIndex(Directory directory, DirectoryReader reader, IndexSetup setup, int threads) {
    this.directory = directory;
    this.reader = reader;
    // Segments are searched in parallel when there are cores to spare: one query's latency, not
    // throughput, is what a user waits for.
    this.pool = threads > 1 ? java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "imrx-search");
      t.setDaemon(true);
      return t;
    }) : null;
    this.searcher = pool == null ? new IndexSearcher(reader) : new IndexSearcher(reader, pool);
    this.setup = setup;
  }

  /** Opens the index in {@code dir}; a missing or foreign index is a configuration error. */
  public static OpenIndex open(Path dir, IndexSetup setup) throws ConfigurationException {
    return open(dir, setup, 1);
  }

  /** Opens the index, searching its segments on up to {@code threads} threads. */
  public static OpenIndex open(Path dir, IndexSetup setup, int threads) throws ConfigurationException {
    Directory d = IndexDirectory.openExisting(dir);
    try {
      return new OpenIndex(d, DirectoryReader.open(d), setup, threads);
    } catch (IOException e) {
      try {
        d.close();
      } catch (IOException ignored) {
        // Failing already.
      }
      throw new ConfigurationException(dir + ": index unreadable (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  public IndexSearcher searcher() {
    return searcher;
  }

  /** The threads searches may use, or null for the calling thread only. */
  java.util.concurrent.ExecutorService executor() {
    return pool;
  }

  public IndexSetup setup() {
    return setup;
  }

  public BlockJoin join() {
    return join;
  }

  /** The facet state, built on first use (it maps the labels of every segment). */
  public synchronized SortedSetDocValuesReaderState facetState() throws IOException {
    if (facetState == null) {
      facetState = new DefaultSortedSetDocValuesReaderState(reader, setup.facets());
    }
    return facetState;
  }

  /** Whether the index has facet values at all (an index of cases without items may have none). */
  boolean hasFacets() throws IOException {
    return org.apache.lucene.index.MultiTerms.getTerms(reader,
        setup.facets().getDimConfig(IndexFields.DECISION).indexFieldName) != null;
  }

  /** The number of cases in the index. */
  public int caseCount() throws IOException {
    return searcher.count(BlockJoin.CASES);
  }

  /** The stored case (without its text) of a case document. */
  public Case caseAt(int caseDoc) throws IOException {
    Document d = searcher.storedFields().document(caseDoc, java.util.Set.of(IndexFields.JSON));
    return CaseJson.read(new String(d.getBinaryValue(IndexFields.JSON).bytes,
        d.getBinaryValue(IndexFields.JSON).offset, d.getBinaryValue(IndexFields.JSON).length,
        java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The index of an item document within its case. */
  public int itemIndexAt(int itemDoc) throws IOException {
    Document d = searcher.storedFields().document(itemDoc, java.util.Set.of(IndexFields.ITEM_INDEX));
    return d.getField(IndexFields.ITEM_INDEX).numericValue().intValue();
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      directory.close();
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }
}
