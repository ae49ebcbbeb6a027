package org.imrx.index;

import java.util.Optional;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.imrx.extract.category.CategoryMatch;
import org.imrx.lexicon.BodyPart;
import org.imrx.lexicon.PhraseMatcher;

/**
 * What a query's words ask for, read with the request categorizer and the body-part lexicon
 * ("repeat MRI of the neck" asks for Imaging / Radiology of the cervical spine), turned into
 * optional clauses that lift the items of that kind and that body part: they add to the score of
 * what the query matches and never match anything by themselves. Immutable and thread-safe.
 */
final class QueryIntent {
  static final float CATEGORY_BOOST = 1.5f;
  static final float SUBCATEGORY_BOOST = 2.5f;
  static final float BODY_PART_BOOST = 2f;

  private final IndexSetup setup;

  QueryIntent(IndexSetup setup) {
    this.setup = setup;
  }

  /** {@code items} with the lifting clauses of {@code text} added. */
  Query lift(Query items, String text) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(items, BooleanClause.Occur.MUST);
    boolean any = false;
    Optional<CategoryMatch> c = setup.categorizer().categorize(text);
    if (c.isPresent() && c.get().priority() >= 2) {
      b.add(new BoostQuery(facetTerm(IndexFields.CATEGORY, c.get().name()), CATEGORY_BOOST), BooleanClause.Occur.SHOULD);
      b.add(new BoostQuery(facetTerm(IndexFields.SUBCATEGORY, c.get().subcategory()), SUBCATEGORY_BOOST), BooleanClause.Occur.SHOULD);
      any = true;
    }
    QueryBuilder phrases = new QueryBuilder(setup.indexAnalyzer());
    for (PhraseMatcher.Match<BodyPart> m : setup.lexicons().bodyParts().find(text, 0, text.length())) {
      Query q = phrases.createPhraseQuery(IndexFields.ITEM_BODY_PART, m.value().name());
      if (q != null) {
        b.add(new BoostQuery(q, BODY_PART_BOOST), BooleanClause.Occur.SHOULD);
        any = true;
      }
    }
    return any ? b.build() : items;
  }

  Query facetTerm(String dim, String label) {
    return new TermQuery(DrillDownQuery.term(setup.facets().getDimConfig(dim).indexFieldName, dim, label));
  }
}
