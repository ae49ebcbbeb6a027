package org.imrx.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

/**
 * A filter {@code FIELD=VALUE} on a facet dimension, e.g. {@code category=Pharmaceuticals} or
 * {@code year=2017}. The field may be an alias; the value is matched against the dimension's labels
 * regardless of case. Immutable.
 */
public record FacetFilter(String dim, String value) {
  /** Reads {@code FIELD=VALUE}; the field must name a facet dimension. */
  public static FacetFilter parse(String spec) {
    int eq = spec.indexOf('=');
    if (eq <= 0 || eq == spec.length() - 1) {
      throw new IllegalArgumentException("filter '" + spec + "' is not FIELD=VALUE");
    }
    String dim = IndexFields.resolve(spec.substring(0, eq).strip());
    if (!IndexFields.isDim(dim)) {
      throw new IllegalArgumentException("cannot filter on '" + spec.substring(0, eq).strip()
          + "'; filter fields: " + String.join(", ", IndexFields.ITEM_DIMS) + " (items), "
          + String.join(", ", IndexFields.CASE_DIMS) + " (cases)");
    }
    return new FacetFilter(dim, spec.substring(eq + 1).strip());
  }

  public boolean onCases() {
    return IndexFields.CASE_DIMS.contains(dim);
  }

  /**
   * The filters with their values spelled as the index's labels; a value no document has is kept
   * as given (it matches nothing).
   */
  static List<FacetFilter> resolve(IndexReader reader, FacetsConfig config, List<FacetFilter> filters)
      throws IOException {
    List<FacetFilter> out = new ArrayList<>();
    for (FacetFilter f : filters) {
      String field = config.getDimConfig(f.dim).indexFieldName;
      Terms terms = MultiTerms.getTerms(reader, field);
      String label = f.value;
      if (terms != null) {
        String one = FacetsConfig.pathToString(f.dim, new String[] {"x"});
        String prefix = one.substring(0, one.length() - 1);
        TermsEnum te = terms.iterator();
        if (te.seekCeil(new BytesRef(prefix)) != TermsEnum.SeekStatus.END) {
          do {
            String t = te.term().utf8ToString();
            if (!t.startsWith(prefix)) {
              break;
            }
            String[] path = FacetsConfig.stringToPath(t);
            if (path.length == 2 && path[1].toLowerCase(Locale.ROOT).equals(f.value.toLowerCase(Locale.ROOT))) {
              label = path[1];
              break;
            }
          } while (te.next() != null);
        }
      }
      out.add(new FacetFilter(f.dim, label));
    }
    return out;
  }

  /** Values of one dimension by dimension, in the order given. */
  static Map<String, List<String>> byDim(List<FacetFilter> filters) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (FacetFilter f : filters) {
      out.computeIfAbsent(f.dim, k -> new ArrayList<>()).add(f.value);
    }
    return out;
  }

  /** Documents with any of the values of each dimension, for all dimensions; null when none. */
  static Query query(FacetsConfig config, List<FacetFilter> filters) {
    if (filters.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (Map.Entry<String, List<String>> e : byDim(filters).entrySet()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (String v : e.getValue()) {
        any.add(new org.apache.lucene.search.TermQuery(DrillDownQuery.term(
            config.getDimConfig(e.getKey()).indexFieldName, e.getKey(), v)), BooleanClause.Occur.SHOULD);
      }
      all.add(any.build(), BooleanClause.Occur.FILTER);
    }
    return all.build();
  }
}
