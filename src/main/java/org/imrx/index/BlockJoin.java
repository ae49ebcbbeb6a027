package org.imrx.index;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToChildBlockJoinQuery;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.apache.lucene.util.BitSet;

/**
 * The block join between cases and their items: which documents are cases, how a query over both
 * kinds of field becomes a query over items (each clause on a case field is answered by the case
 * and passed down to its items), how items roll up to cases, and which case an item belongs to.
 * Immutable and thread-safe (the parent bit sets are cached per segment).
 */
public final class BlockJoin {
  /** Every case document. */
  public static final Query CASES = new TermQuery(new Term(IndexFields.KIND, IndexFields.CASE_KIND));
  /** Every item document. */
  public static final Query ITEMS = new TermQuery(new Term(IndexFields.KIND, IndexFields.ITEM_KIND));

  private final BitSetProducer parents = new QueryBitSetProducer(CASES);

  public BitSetProducer parents() {
    return parents;
  }

  /**
   * The items a query selects: clauses on item fields test the item, clauses on case fields its
   * case (boolean structure and boosts kept), and only items are returned.
   */
  public Query items(Query q) {
    return new BooleanQuery.Builder()
        .add(toItems(q), BooleanClause.Occur.MUST)
        .add(ITEMS, BooleanClause.Occur.FILTER)
        .build();
  }

  /** The items {@code q} selects, scored higher where {@code lift} (over either kind of field) matches. */
  public Query items(Query q, Query lift) {
    return new BooleanQuery.Builder()
        .add(toItems(q), BooleanClause.Occur.MUST)
        .add(toItems(lift), BooleanClause.Occur.SHOULD)
        .add(ITEMS, BooleanClause.Occur.FILTER)
        .build();
  }

  private Query toItems(Query q) {
    if (q instanceof BooleanQuery b) {
      BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
      for (BooleanClause c : b.clauses()) {
        out.add(toItems(c.getQuery()), c.getOccur());
      }
      return out.build();
    }
    if (q instanceof BoostQuery bq) {
      return new BoostQuery(toItems(bq.getQuery()), bq.getBoost());
    }
    Set<String> fields = fieldsOf(q);
    if (!fields.isEmpty() && fields.stream().allMatch(IndexFields::isCaseField)) {
      return new ToChildBlockJoinQuery(onCases(q), parents);
    }
    return q;
  }

  /** A query restricted to case documents, as the block join requires of its parent side. */
  public static Query onCases(Query q) {
    return new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST).add(CASES, BooleanClause.Occur.FILTER).build();
  }

  /** The cases of the items a query selects. */
  public Query cases(Query itemQuery, ScoreMode mode) {
    return new ToParentBlockJoinQuery(itemQuery, parents, mode);
  }

  /** The items of the cases a case query selects. */
  public Query itemsOf(Query caseQuery) {
    return new ToChildBlockJoinQuery(onCases(caseQuery), parents);
  }

  /** The case document an item document belongs to. */
  public int parentOf(IndexSearcher searcher, int itemDoc) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(itemDoc, leaves));
    BitSet bits = parents.getBitSet(leaf);
    return leaf.docBase + bits.nextSetBit(itemDoc - leaf.docBase);
  }

  static Set<String> fieldsOf(Query q) {
    Set<String> out = new HashSet<>();
    q.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        out.add(field);
        return true;
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    return out;
  }
}
