package org.imrx.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.FixedBitSet;

/**
 * The cases of a set of matching items, as facet hits: each case counted once however many of its
 * items matched. Counting case facets from the item hits this way saves running the query again
 * in the case space. Immutable once built.
 */
final class CaseHits extends FacetsCollector {
  private final List<MatchingDocs> cases;
  private final long count;

  private CaseHits(List<MatchingDocs> cases, long count) {
    this.cases = cases;
    this.count = count;
  }

  /** The cases of the items {@code items} collected. */
  static CaseHits of(FacetsCollector items, BlockJoin join) throws IOException {
    List<MatchingDocs> out = new ArrayList<>();
    long total = 0;
    for (MatchingDocs m : items.getMatchingDocs()) {
      if (m.bits == null) {
        continue;
      }
      BitSet parents = join.parents().getBitSet(m.context);
      if (parents == null) {
        continue;
      }
      FixedBitSet found = new FixedBitSet(m.context.reader().maxDoc());
      int n = 0;
      int last = -1;
      DocIdSetIterator it = m.bits.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (doc > last) {
          last = parents.nextSetBit(doc);
          if (last == DocIdSetIterator.NO_MORE_DOCS) {
            break;
          }
          found.set(last);
          n++;
        }
      }
      total += n;
      out.add(new MatchingDocs(m.context, new BitDocIdSet(found, n), n, null));
    }
    return new CaseHits(List.copyOf(out), total);
  }

  @Override
  public List<MatchingDocs> getMatchingDocs() {
    return cases;
  }

  long count() {
    return count;
  }
}
