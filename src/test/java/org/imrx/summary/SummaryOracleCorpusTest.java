package org.imrx.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrx.SharedData;
import org.imrx.model.Case;
import org.imrx.model.Diagnosis;
import org.imrx.model.DocumentType;
import org.imrx.model.Evidence;
import org.imrx.model.ExamFinding;
import org.imrx.model.ImagingStudy;
import org.imrx.model.Source;
import org.imrx.model.Treatment;
import org.imrx.summary.eval.EvidenceSupport;
import org.imrx.summary.eval.Facts;
import org.imrx.summary.eval.GoldRecords;
import org.imrx.summary.eval.SummaryEvaluation;
import org.imrx.text.LetterSectioner;
import org.imrx.text.Section;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What drafting itself loses, whatever the extractors: each gold letter and report is given,
 * as its clinical lists, the gold items found verbatim in its text (an oracle extraction), and
 * the draft must state all of them, each supported by its evidence. Also: a case file holding the
 * same document twice drafts the same facts as the document alone, without conflicts.
 */
@Tag("corpus")
class SummaryOracleCorpusTest {
  /** Facts read near the first place their item is stated, so stated with that evidence only. */
  static final java.util.Set<String> LOCATED_NEAR_FIRST = java.util.Set.of("treatment-count",
      "treatment-outcome", "imaging-date", "imaging-result");
  static List<CaseFile> letters;
  static List<CaseFile> pages;
  static GoldRecords letterGold;
  static GoldRecords pageGold;

  @BeforeAll
  static void load() throws Exception {
    SummaryCorpusTest.load();
    Path lg = SharedData.require("corpus/imr-letters/gold");
    Path pg = SharedData.require("corpus/mtsamples/gold");
    letterGold = GoldRecords.load(lg);
    pageGold = GoldRecords.load(pg);
    letters = SummaryCorpusTest.reader.readEach(
        SummaryCorpusTest.withGold(SharedData.require("corpus/imr-letters/pdf"), lg, "pdf"), 2);
    pages = SummaryCorpusTest.reader.readEach(
        SummaryCorpusTest.withGold(SharedData.require("corpus/mtsamples/html"), pg, "html"), 2);
  }

  @Test
  void theDraftStatesEveryFactItIsGiven() {
    EvidenceSupport support = new EvidenceSupport();
    for (List<CaseFile> set : List.of(letters, pages)) {
      SummaryEvaluation eval = new SummaryEvaluation();
      int aligned = 0;
      int gold = 0;
      for (CaseFile f : set) {
        Case c = f.documents().get(0).value();
        JsonNode g = (c.documentType() == DocumentType.IMR_DETERMINATION ? letterGold : pageGold).find(c);
        Case oracle = oracle(c, g);
        CaseFile file = CaseFile.of(oracle);
        Draft d = SummaryCorpusTest.drafter.draft(file);
        List<DraftFact> unsupported = support.unsupported(d, file);
        assertEquals(List.of(), unsupported, c.source().path());
        eval.addSupport(d.facts().size(), d.facts().size() - unsupported.size());
        Facts given = Facts.ofCases(List.of(oracle));
        eval.add(given, Facts.ofDraft(d), given);
        aligned += oracle.diagnoses().size() + oracle.treatments().size() + oracle.examFindings().size()
            + oracle.priorImaging().size();
        Facts all = Facts.ofGold(g);
        gold += all.of("diagnosis").size() + all.of("treatment").size() + all.of("finding").size()
            + all.of("imaging").size();
      }
      System.out.printf("oracle: %d of %d gold list items found verbatim%n%s", aligned, gold, eval.report());
      assertTrue(eval.total().recall() >= 0.99, "drafting loses facts: " + eval.total().recall());
      assertTrue(eval.total().precision() >= 0.99, "drafting adds facts: " + eval.total().precision());
    }
  }

  @Test
  void theSameDocumentTwiceDraftsTheSameFactsOnce() {
    for (CaseFile f : letters.subList(0, 20)) {
      Case c = f.documents().get(0).value();
      Case oracle = oracle(c, letterGold.find(c));
      Case copy = oracle.withContent(oracle.content());
      copy = new Case(new Source("copy-" + c.source().path(), "f".repeat(64), "text/plain", null),
          copy.documentType(), copy.caseNumber(), copy.dates(), copy.priority(), copy.patient(), copy.reviewer(),
          copy.outcome(), copy.disputedItems(), copy.diagnoses(), copy.treatments(), copy.requests(),
          copy.examFindings(), copy.complaints(), copy.priorImaging(), copy.mechanismOfInjury(),
          copy.utilizationReview(), copy.timeline(), copy.evidence(), copy.warnings(), copy.content());
      Draft one = SummaryCorpusTest.drafter.draft(CaseFile.of(oracle));
      Draft two = SummaryCorpusTest.drafter.draft(CaseFile.of(oracle, copy));
      assertEquals(one.facts().stream().map(DraftFact::text).toList(),
          two.facts().stream().map(DraftFact::text).toList(), c.source().path());
      assertTrue(two.conflicts().isEmpty(), c.source().path() + ": " + two.conflicts());
      for (DraftFact x : two.facts()) {
        if (LOCATED_NEAR_FIRST.contains(x.type())) {
          continue;
        }
        assertEquals(2, x.evidence().stream().map(e -> e.document()).distinct().count(),
            c.source().path() + ": " + x.type() + " " + x.evidence());
      }
    }
  }

  /** The case with, as its clinical lists, the gold items written verbatim in its clinical text. */
  static Case oracle(Case c, JsonNode g) {
    String text = c.content();
    int from = 0;
    int to = text.length();
    if (c.documentType() == DocumentType.IMR_DETERMINATION) {
      for (Section s : new LetterSectioner().sections(text)) {
        if (s.name().equals("summary")) {
          from = s.body().start();
          to = s.body().end();
        }
      }
    }
    final int a = from;
    final int b = to;
    List<Diagnosis> dx = align(g.get("diagnoses"), text, a, b,
        (t, e) -> new Diagnosis(t, null, null, null, null, e));
    List<Treatment> tx = align(g.get("treatments"), text, a, b,
        (t, e) -> new Treatment(t, null, null, null, null, null, null, null, null, null, null, e));
    List<ExamFinding> fx = align(g.get("examFindings"), text, a, b,
        (t, e) -> new ExamFinding(t, null, null, null, false, e));
    List<ImagingStudy> ix = align(g.get("priorImaging"), text, a, b,
        (t, e) -> new ImagingStudy(t, null, null, null, null, null, false, e));
    return new Case(c.source(), c.documentType(), c.caseNumber(), c.dates(), c.priority(), c.patient(),
        c.reviewer(), c.outcome(), c.disputedItems(), dx, tx, c.requests(), fx, c.complaints(), ix,
        c.mechanismOfInjury(), c.utilizationReview(), c.timeline(), c.evidence(), c.warnings(), text);
  }

  private static <T> List<T> align(JsonNode items, String text, int from, int to,
      BiFunction<String, Evidence, T> make) {
    List<T> out = new ArrayList<>();
    if (items == null) {
      return out;
    }
    for (JsonNode item : items) {
      String s = item.asText();
      Pattern p = EvidenceLocator.phrasePattern(s);
      if (p == null) {
        continue;
      }
      Matcher m = p.matcher(text).region(from, to);
      if (m.find()) {
        out.add(make.apply(text.substring(m.start(), m.end()), new Evidence(m.start(), m.end(), null)));
      }
    }
    return out;
  }
}
