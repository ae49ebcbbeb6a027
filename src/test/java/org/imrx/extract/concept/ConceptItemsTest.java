package org.imrx.extract.concept;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imrx.extract.AnnotatedDocument;
import org.imrx.extract.TestDocs;
import org.imrx.extract.diagnosis.Icd10Coder;
import org.imrx.extract.negation.NegExNegationDetector;
import org.imrx.lexicon.Lexicons;
import org.imrx.model.ExamFinding;
import org.imrx.text.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConceptItemsTest {
  private static Lexicons lexicons;
  private static Icd10Coder coder;
  private static NegExNegationDetector negation;

  @BeforeAll
  static void load() throws Exception {
    lexicons = Lexicons.load(null);
    coder = new Icd10Coder(lexicons.icd10(), lexicons.icd10Synonyms(), lexicons.bodyParts());
    negation = NegExNegationDetector.load();
  }

  private static ConceptItems items(List<ConceptFinder.Mention> mentions) {
    var s = new ConceptComplement.Setting("examFindings", d -> mentions, 0.5, true, true, Set.of());
    return new ConceptItems(new ConceptComplement(Map.of("examFindings", s)), lexicons, coder,
        negation);
  }

  private static Span of(String text, String words) {
    int at = text.indexOf(words);
    return new Span(at, at + words.length());
  }

  @Test
  void anAddedFindingTakesItsNegationCueIntoItsTextAndEvidence() {
    String text = "PHYSICAL EXAMINATION: The left knee shows no effusion.";
    AnnotatedDocument doc = TestDocs.record(text);
    List<ExamFinding> out = items(List.of(new ConceptFinder.Mention(of(text, "effusion"), 0.99)))
        .examFindings(doc, List.of());
    assertEquals(1, out.size());
    ExamFinding f = out.get(0);
    assertTrue(f.negated());
    assertEquals("no effusion", f.text());
    assertEquals(f.text(), text.substring(f.evidence().start(), f.evidence().end()));
  }

  @Test
  void anAddedFindingReadsItsSiteAndSideAndKeepsTheRuleItems() {
    String text = "PHYSICAL EXAMINATION: Tenderness over the right shoulder. Neck supple.";
    AnnotatedDocument doc = TestDocs.record(text);
    ExamFinding rule = new ExamFinding("neck supple", null, null, null, false,
        doc.evidence(of(text, "Neck supple")));
    List<ExamFinding> out = items(List.of(
        new ConceptFinder.Mention(of(text, "Tenderness over the right shoulder"), 0.99)))
        .examFindings(doc, List.of(rule));
    assertEquals(2, out.size());
    assertEquals(rule, out.get(0));
    assertEquals("right", out.get(1).laterality());
    assertTrue(out.get(1).bodyPart() != null);
    assertEquals(out.get(1).text(),
        text.substring(out.get(1).evidence().start(), out.get(1).evidence().end()));
  }
}
