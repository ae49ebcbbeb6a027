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
  private CaseHits(List<MatchingDocs> cases) {
    this.cases = cases;
  }

  /** The cases of the items {@code items} collected. */
  static CaseHits of(FacetsCollector items, BlockJoin join) throws IOException {
    List<MatchingDocs> out = new ArrayList<>();
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
      out.add(new MatchingDocs(m.context, new BitDocIdSet(found, n), n, null));
    }
    return new CaseHits(List.copyOf(out));
  }

  @Override
  public List<MatchingDocs> getMatchingDocs() {
    return cases;
  }
}
