package org.imrx.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Clinical text: a number glued to its unit is split from it ("325mg" = "325 mg"), Unicode word
 * tokens, possessives dropped, lower-cased, English stop words dropped (their positions kept, so
 * phrases still match), reduced by the Krovetz stemmer ("injections" = "injection", "x-rays" = "x ray"), and, for queries, expanded with the
 * clinical synonyms ({@link ClinicalSynonyms}: "MRI" = "magnetic resonance imaging", Norco =
 * hydrocodone/acetaminophen). Synonyms are applied at query time only, so the index keeps the
 * words as written and the synonym map can change without reindexing. Thread-safe (Lucene reuses
 * token streams per thread).
 */
public final class ClinicalAnalyzer extends Analyzer {
  private final SynonymMap synonyms;

  /** The index-time analyzer (no synonyms). */
  public ClinicalAnalyzer() {
    this(null);
  }

  /** The query-time analyzer, expanding {@code synonyms} (null: none). */
  public ClinicalAnalyzer(SynonymMap synonyms) {
    this.synonyms = synonyms;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream s = base(source);
    if (synonyms != null) {
      s = new SynonymGraphFilter(s, synonyms, true);
    }
    return new TokenStreamComponents(source, s);
  }

  /** The chain before synonyms; the synonym map's phrases are analysed with it too. */
  static TokenStream base(Tokenizer source) {
    TokenStream s = new NumberUnitSplitFilter(source);
    s = new EnglishPossessiveFilter(s);
    s = new LowerCaseFilter(s);
    s = new StopFilter(s, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    return new KStemFilter(s);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
