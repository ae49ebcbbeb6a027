package org.imrx.index;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.facet.FacetsConfig;
import org.imrx.ConfigurationException;
import org.imrx.extract.category.RequestCategorizer;
import org.imrx.extract.category.RuleRequestCategorizer;
import org.imrx.lexicon.Lexicons;

/**
 * What every reader and writer of a case index shares, built once: the index-time and query-time
 * analyzers (the latter with the clinical synonym map built from {@code models/}), the facet
 * configuration, the builder of case documents and the request categorizer (used to read what a
 * query asks for). Immutable and thread-safe.
 */
public final class IndexSetup {
  private final Lexicons lexicons;
  private final Analyzer indexAnalyzer;
  private final Analyzer queryAnalyzer;
  private final FacetsConfig facets;
  private final CaseDocuments documents;
  private final RequestCategorizer categorizer;

  private IndexSetup(Lexicons lexicons, Analyzer indexAnalyzer, Analyzer queryAnalyzer,
      FacetsConfig facets, RequestCategorizer categorizer) {
    this.lexicons = lexicons;
    this.indexAnalyzer = indexAnalyzer;
    this.queryAnalyzer = queryAnalyzer;
    this.facets = facets;
    this.documents = new CaseDocuments(facets, lexicons.bodyParts());
    this.categorizer = categorizer;
  }

  public static IndexSetup load(Lexicons lexicons) throws ConfigurationException {
    return new IndexSetup(lexicons, perField(new ClinicalAnalyzer()),
        perField(new ClinicalAnalyzer(ClinicalSynonyms.load())), CaseDocuments.facetsConfig(),
        RuleRequestCategorizer.load(lexicons.taxonomy(), lexicons.drugs()));
  }

  private static Analyzer perField(Analyzer text) {
    Map<String, Analyzer> fields = new HashMap<>();
    Analyzer keyword = new KeywordLowerAnalyzer();
    for (String f : IndexFields.KEYWORD_FIELDS) {
      fields.put(f, keyword);
    }
    return new PerFieldAnalyzerWrapper(text, fields);
  }

  public Lexicons lexicons() {
    return lexicons;
  }

  public Analyzer indexAnalyzer() {
    return indexAnalyzer;
  }

  public Analyzer queryAnalyzer() {
    return queryAnalyzer;
  }

  public FacetsConfig facets() {
    return facets;
  }

  public CaseDocuments documents() {
    return documents;
  }

  public RequestCategorizer categorizer() {
    return categorizer;
  }
}
