package org.imrx.eval;

import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.imrx.index.ClinicalText;
import org.imrx.model.Case;
import org.imrx.model.DisputedItem;

/**
 * The baseline the search is measured against: plain Lucene BM25 with the StandardAnalyzer over
 * raw text, in memory. One index holds each case's whole text ({@code content}); another each
 * disputed item as its raw words (item text, rationale and the case summary in one field). Queries
 * are escaped and parsed by the classic parser (OR of the words); similar texts use MoreLikeThis
 * with the same settings as imrx's. Not thread-safe.
 */
public final class PlainBm25 implements Closeable {
  private static final String ID = "id";
  private static final String ITEM = "item";
  private static final String CONTENT = "content";

  /** A disputed item: its case id and its position in the case. */
  public record ItemRef(String caseId, int itemIndex) {}

  private final StandardAnalyzer analyzer = new StandardAnalyzer();
  private final ByteBuffersDirectory casesDir = new ByteBuffersDirectory();
  private final ByteBuffersDirectory itemsDir = new ByteBuffersDirectory();
  private final DirectoryReader cases;
  private final DirectoryReader items;

  public PlainBm25(List<Case> all) throws IOException {
    try (IndexWriter c = new IndexWriter(casesDir, new IndexWriterConfig(analyzer));
        IndexWriter i = new IndexWriter(itemsDir, new IndexWriterConfig(analyzer))) {
      for (Case k : all) {
        Document d = new Document();
        d.add(new StringField(ID, k.id(), Field.Store.YES));
        d.add(new TextField(CONTENT, k.content() == null ? "" : k.content(), Field.Store.NO));
        c.addDocument(d);
        String summary = ClinicalText.of(k);
        for (int n = 0; n < k.disputedItems().size(); n++) {
          DisputedItem it = k.disputedItems().get(n);
          Document e = new Document();
          e.add(new StringField(ID, k.id(), Field.Store.YES));
          e.add(new StoredField(ITEM, n));
          e.add(new TextField(CONTENT, it.text() + "\n" + (it.rationale() == null ? "" : it.rationale())
              + "\n" + summary, Field.Store.NO));
          i.addDocument(e);
        }
      }
    }
    cases = DirectoryReader.open(casesDir);
    items = DirectoryReader.open(itemsDir);
  }

  /** The items a query finds, best first. */
  public List<ItemRef> search(String query, int n) throws IOException {
    Query q;
    try {
      q = new QueryParser(CONTENT, analyzer).parse(QueryParser.escape(query));
    } catch (ParseException e) {
      return List.of();
    }
    return itemRefs(new IndexSearcher(items), q, n);
  }

  /** The cases whose text is most like {@code text}, without {@code excludeId}. */
  public List<String> similarCases(String text, String excludeId, int n) throws IOException {
    IndexSearcher s = new IndexSearcher(cases);
    List<String> out = new ArrayList<>();
    for (ScoreDoc sd : s.search(like(cases, text, excludeId), n).scoreDocs) {
      out.add(s.storedFields().document(sd.doc).get(ID));
    }
    return out;
  }

  /** The items whose raw words are most like {@code text}, without those of {@code excludeId}. */
  public List<ItemRef> similarItems(String text, String excludeId, int n) throws IOException {
    return itemRefs(new IndexSearcher(items), like(items, text, excludeId), n);
  }

  private Query like(DirectoryReader reader, String text, String excludeId) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(reader);
    mlt.setAnalyzer(analyzer);
    mlt.setFieldNames(new String[] {CONTENT});
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(2);
    mlt.setMaxDocFreqPct(50);
    mlt.setMaxQueryTerms(30);
    mlt.setBoost(true);
    return new BooleanQuery.Builder()
        .add(mlt.like(CONTENT, new StringReader(text)), BooleanClause.Occur.SHOULD)
        .add(new TermQuery(new Term(ID, excludeId)), BooleanClause.Occur.MUST_NOT)
        .build();
  }

  private static List<ItemRef> itemRefs(IndexSearcher s, Query q, int n) throws IOException {
    List<ItemRef> out = new ArrayList<>();
    for (ScoreDoc sd : s.search(q, n).scoreDocs) {
      Document d = s.storedFields().document(sd.doc);
      out.add(new ItemRef(d.get(ID), d.getField(ITEM).numericValue().intValue()));
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    cases.close();
    items.close();
    casesDir.close();
    itemsDir.close();
  }
}
