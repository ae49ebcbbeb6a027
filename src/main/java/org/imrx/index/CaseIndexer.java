package org.imrx.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.imrx.ConfigurationException;
import org.imrx.model.Case;

/**
 * Adds, replaces and deletes cases in an index, incrementally and idempotently. A case is keyed by
 * the source it was read from (its normalised path) and identified by its id; putting a case first
 * deletes whatever that source or that id held, then adds the case's block, so a file indexed twice
 * is there once. The writer commits every {@code commitEvery} cases and at {@link #close()}; a crash
 * leaves the index as of the last commit (Lucene never exposes a half-written commit, and a block
 * and the deletion it replaces fall in the same commit), and indexing the same files again
 * finishes the job, skipping what is there with the same content hash. Not thread-safe: one
 * indexer per directory and run (Lucene's write lock refuses a second).
 */
public final class CaseIndexer implements Closeable {
  private final IndexWriter writer;
  private final IndexSetup setup;
  private final int commitEvery;
  /** The index as last committed, to tell which sources are current. */
  private final DirectoryReader committed;
  private int sinceCommit;

  private CaseIndexer(IndexWriter writer, IndexSetup setup, int commitEvery, DirectoryReader committed) {
    this.writer = writer;
    this.setup = setup;
    this.commitEvery = Math.max(1, commitEvery);
    this.committed = committed;
  }

  /** Opens (creating it if needed) the index in {@code dir}. */
  public static CaseIndexer open(Path dir, IndexSetup setup, int commitEvery, double ramBufferMb)
      throws ConfigurationException {
    Directory d = IndexDirectory.openForWriting(dir);
    try {
      IndexWriterConfig cfg = new IndexWriterConfig(setup.indexAnalyzer())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setRAMBufferSizeMB(ramBufferMb)
          .setCommitOnClose(false);
      IndexWriter w = new IndexWriter(d, cfg);
      w.setLiveCommitData(Map.of(IndexDirectory.FORMAT_KEY, IndexDirectory.FORMAT).entrySet());
      if (!DirectoryReader.indexExists(d)) {
        w.commit();
      }
      return new CaseIndexer(w, setup, commitEvery, DirectoryReader.open(d));
    } catch (org.apache.lucene.store.LockObtainFailedException e) {
      throw new ConfigurationException(dir + ": the index is being written by another process", e);
    } catch (IOException e) {
      throw new ConfigurationException(dir + ": cannot open the index for writing ("
          + e.getClass().getSimpleName() + ")", e);
    }
  }

  /** Whether the last commit holds {@code sourceKey} with this content hash. */
  public boolean isCurrent(String sourceKey, String sha256) throws IOException {
    IndexSearcher s = new IndexSearcher(committed);
    Query q = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexFields.SOURCE, sourceKey)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(IndexFields.KIND, IndexFields.CASE_KIND)), BooleanClause.Occur.FILTER)
        .build();
    TopDocs top = s.search(q, 1);
    if (top.scoreDocs.length == 0) {
      return false;
    }
    StoredFields stored = s.storedFields();
    Document d = stored.document(top.scoreDocs[0].doc, java.util.Set.of(IndexFields.SHA256));
    return sha256 != null && sha256.equals(d.get(IndexFields.SHA256));
  }

  /** Whether the last commit holds a case read from {@code sourceKey}. */
  public boolean has(String sourceKey) throws IOException {
    IndexSearcher s = new IndexSearcher(committed);
    return s.count(new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexFields.SOURCE, sourceKey)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(IndexFields.KIND, IndexFields.CASE_KIND)), BooleanClause.Occur.FILTER)
        .build()) > 0;
  }

  /** Adds a case read from {@code sourceKey}, replacing what that source or that id held. */
  public void put(Case c, String sourceKey) throws IOException {
    List<Document> block = setup.documents().block(c, sourceKey, ClinicalText.of(c));
    writer.deleteDocuments(new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexFields.SOURCE, sourceKey)), BooleanClause.Occur.SHOULD)
        .add(new TermQuery(new Term(IndexFields.ID, c.id())), BooleanClause.Occur.SHOULD)
        .build());
    writer.addDocuments(block);
    if (++sinceCommit >= commitEvery) {
      commit();
    }
  }

  /** Adds a case's prepared block without replacing anything (bulk loads into a new index). */
  public void add(List<Document> block) throws IOException {
    writer.addDocuments(block);
  }

  /** Deletes the cases with these ids; returns how many of them the index held. */
  public int delete(Collection<String> ids) throws IOException {
    int found = 0;
    IndexSearcher s = new IndexSearcher(committed);
    for (String id : ids) {
      Query q = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(IndexFields.ID, id)), BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term(IndexFields.KIND, IndexFields.CASE_KIND)), BooleanClause.Occur.FILTER)
          .build();
      found += s.count(q) > 0 ? 1 : 0;
      writer.deleteDocuments(new Term(IndexFields.ID, id));
    }
    commit();
    return found;
  }

  /** Makes everything put so far durable. */
  public void commit() throws IOException {
    writer.commit();
    sinceCommit = 0;
  }

  /** Drops everything since the last commit and closes, as a crash would. */
  public void abort() throws IOException {
    try {
      writer.rollback();
    } finally {
      committed.close();
      writer.getDirectory().close();
    }
  }

  /** Commits and closes. */
  @Override
  public void close() throws IOException {
    try {
      writer.commit();
      writer.close();
    } finally {
      committed.close();
      writer.getDirectory().close();
    }
  }
}
