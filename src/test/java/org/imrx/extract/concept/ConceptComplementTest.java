package org.imrx.extract.concept;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imrx.extract.AnnotatedDocument;
import org.imrx.extract.TestDocs;
import org.imrx.text.Span;
import org.junit.jupiter.api.Test;

class ConceptComplementTest {
  private static final String TEXT = "PHYSICAL EXAMINATION: Tenderness over the lumbar spine."
      + " Positive Tinel sign at the right wrist.\n\nPLAN: Tenderness checks next visit.";

  private static Span of(String words) {
    int at = TEXT.indexOf(words);
    return new Span(at, at + words.length());
  }

  private static List<Span> added(AnnotatedDocument doc, double threshold, Set<String> sections,
      List<ConceptFinder.Mention> mentions, List<Span> rules, List<String> ruleTexts) {
    var s = new ConceptComplement.Setting("examFindings", d -> mentions, threshold, true, true,
        sections);
    return new ConceptComplement(Map.of("examFindings", s)).additions("examFindings", doc, rules,
        ruleTexts);
  }

  @Test
  void addsOnlyConfidentMentionsNoRuleItemCovers() {
    AnnotatedDocument doc = TestDocs.record(TEXT);
    var tinel = new ConceptFinder.Mention(of("Positive Tinel sign at the right wrist."), 0.97);
    var weak = new ConceptFinder.Mention(of("lumbar spine"), 0.4);
    var covered = new ConceptFinder.Mention(of("Tenderness over the lumbar"), 0.99);
    List<Span> out = added(doc, 0.9, Set.of(), List.of(covered, weak, tinel),
        List.of(of("Tenderness over the lumbar spine")), List.of("lumbar tenderness"));
    assertEquals(List.of(of("Positive Tinel sign at the right wrist")), out);
  }

  @Test
  void aMentionNamingARuleItemOrAnEarlierMentionIsNotAddedTwice() {
    AnnotatedDocument doc = TestDocs.record(TEXT);
    var tinel = new ConceptFinder.Mention(of("Positive Tinel sign"), 0.99);
    var again = new ConceptFinder.Mention(of("Tinel sign"), 0.99);
    assertEquals(1, added(doc, 0.5, Set.of(), List.of(tinel, again), List.of(), List.of()).size());
    assertTrue(added(doc, 0.5, Set.of(), List.of(tinel), List.of(),
        List.of("positive Tinel's sign")).isEmpty());
  }

  @Test
  void recordMentionsOutsideTheListSectionsAreDropped() {
    AnnotatedDocument doc = TestDocs.record(TEXT);
    var plan = new ConceptFinder.Mention(of("Tenderness checks"), 0.99);
    var exam = new ConceptFinder.Mention(of("Positive Tinel sign"), 0.99);
    String examSection = ConceptFinder.sectionOf(doc, of("Positive Tinel sign"));
    List<Span> out = added(doc, 0.5, Set.of(examSection), List.of(plan, exam), List.of(), List.of());
    assertEquals(List.of(of("Positive Tinel sign")), out);
  }

  @Test
  void noModelLeavesNothingToAdd() {
    AnnotatedDocument doc = TestDocs.record(TEXT);
    assertTrue(ConceptComplement.NONE.additions("examFindings", doc, List.of(), List.of()).isEmpty());
  }
}
