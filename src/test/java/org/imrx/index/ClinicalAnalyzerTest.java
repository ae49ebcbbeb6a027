package org.imrx.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.imrx.lexicon.Lexicons;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClinicalAnalyzerTest {
  static IndexSetup setup;

  @BeforeAll
  static void load() throws Exception {
    setup = IndexSetup.load(Lexicons.load(null));
  }

  /** Whether a query for {@code query} on the item field finds a document saying {@code text}. */
  static boolean finds(String query, String text) throws Exception {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(setup.indexAnalyzer()))) {
        Document d = new Document();
        d.add(new TextField(IndexFields.ITEM, text, Field.Store.NO));
        w.addDocument(d);
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        return new IndexSearcher(r).count(ClinicalQueryParser.parse(setup.queryAnalyzer(), "item:(" + query + ")")) > 0;
      }
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "MRI | magnetic resonance imaging of the knee",
      "magnetic resonance imaging | MRI of the knee",
      "PT | physical therapy for the shoulder",
      "physical therapy | additional PT x 6",
      "L/S | lumbosacral strain",
      "lumbosacral | L/S spine tenderness",
      "ESI | lumbar epidural steroid injection",
      "epidural steroid injections | ESI at L5-S1",
      "Norco | hydrocodone/acetaminophen 10/325",
      "hydrocodone | Norco 10/325mg",
      "Flexeril | cyclobenzaprine 7.5 mg",
      "Prilosec | omeprazole 20mg",
      "low back | lumbar spine",
      "325 | Norco 10/325mg",
      "injections | trigger point injection",
  })
  void synonymsAndStemsMatch(String query, String text) throws Exception {
    assertTrue(finds(query, text), query + " -> " + text);
  }

  @Test
  void unrelatedWordsDoNotMatch() throws Exception {
    assertTrue(!finds("MRI", "computed tomography of the head"));
    assertTrue(!finds("Norco", "ibuprofen 800 mg"));
  }

  @Test
  void numbersAreSplitFromUnitsWithExactOffsets() throws IOException {
    String text = "Norco 10/325mg #60, L5-S1";
    List<String> tokens = new ArrayList<>();
    try (Analyzer a = new ClinicalAnalyzer(); TokenStream ts = a.tokenStream("f", text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        tokens.add(t + "=" + text.substring(o.startOffset(), o.endOffset()));
      }
      ts.end();
    }
    assertEquals(List.of("norco=Norco", "10=10", "325=325", "mg=mg", "60=60", "l5=L5", "s1=S1"), tokens);
  }
}
