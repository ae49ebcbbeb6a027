package org.imrx.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.imrx.SharedData;
import org.imrx.extract.CasePipeline;
import org.imrx.ingest.IngestLimits;
import org.imrx.ingest.TikaDocumentReader;
import org.imrx.lexicon.Lexicons;
import org.imrx.summary.eval.EvidenceSupport;
import org.imrx.summary.eval.GoldRecords;
import org.imrx.summary.eval.SummaryEvaluation;
import org.imrx.summary.eval.SummaryEvaluator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Drafts over the shared corpus: every draft's facts supported by their evidence, and recall of
 * the gold facts (the same figures as {@code imrx summarize --eval-gold}). The recall targets of
 * the summary issue (0.85 letters, 0.75 raw records) are asserted with
 * {@code -Dimrx.summary.targets=true}, once the clinical extractors are in; without it the test
 * asserts that drafting states every gold fact extraction found.
 */
@Tag("corpus")
class SummaryCorpusTest {
  static CaseFileReader reader;
  static SummaryDrafter drafter;

  @BeforeAll
  static void load() throws Exception {
    Lexicons lex = Lexicons.load(null);
    reader = new CaseFileReader(new TikaDocumentReader(IngestLimits.DEFAULT),
        CasePipeline.load(lex));
    drafter = new TemplateSummaryDrafter(new SoftMatchCaseMerger(lex.bodyParts()));
  }

  static List<Path> files(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  static List<Path> withGold(Path docs, Path gold, String ext) throws Exception {
    List<Path> out = new ArrayList<>();
    for (Path g : files(gold)) {
      Path d = docs.resolve(g.getFileName().toString().replaceFirst("\\.json$", "." + ext));
      if (Files.exists(d)) {
        out.add(d);
      }
    }
    return out;
  }

  @Test
  void everyFactOfEveryDraftIsSupportedByItsEvidence() throws Exception {
    List<Path> letters = files(SharedData.require("corpus/imr-letters/pdf"));
    List<Path> pages = files(SharedData.require("corpus/mtsamples/html"));
    List<CaseFile> files = new ArrayList<>(reader.readEach(letters, 2));
    files.addAll(reader.readEach(pages, 2));
    // Case files of several documents too: each letter with two reports.
    for (int i = 0; i + 1 < letters.size() && i < 40; i += 2) {
      files.add(reader.read(List.of(letters.get(i), pages.get(i), pages.get(i + 1)), 2));
    }
    EvidenceSupport support = new EvidenceSupport();
    int facts = 0;
    List<String> bad = new ArrayList<>();
    for (CaseFile f : files) {
      if (f.documents().isEmpty()) {
        continue;
      }
      Draft d = drafter.draft(f);
      facts += d.facts().size();
      for (DraftFact u : support.unsupported(d, f)) {
        FactEvidence e = u.evidence().get(0);
        bad.add(u.type() + " at " + e.path() + " [" + e.start() + "-" + e.end() + "]");
      }
    }
    System.out.printf("support: %d of %d drafted facts over %d drafts%n", facts - bad.size(), facts, files.size());
    assertTrue(facts > 0);
    assertEquals(List.of(), bad, "facts whose evidence does not state them");
  }

  @Test
  void recallOfGoldFactsOnLettersAndReports() throws Exception {
    Path letterGold = SharedData.require("corpus/imr-letters/gold");
    Path pageGold = SharedData.require("corpus/mtsamples/gold");
    List<Path> letters = withGold(SharedData.require("corpus/imr-letters/pdf"), letterGold, "pdf");
    List<Path> pages = withGold(SharedData.require("corpus/mtsamples/html"), pageGold, "html");
    SummaryEvaluator evaluator = new SummaryEvaluator(drafter);
    SummaryEvaluation l = evaluator.evaluate(reader.readEach(letters, 2), GoldRecords.load(letterGold)).evaluation();
    SummaryEvaluation p = evaluator.evaluate(reader.readEach(pages, 2), GoldRecords.load(pageGold)).evaluation();
    System.out.println("letters (" + l.documents() + "):\n" + l.report());
    System.out.println("raw records (" + p.documents() + "):\n" + p.report());
    assertEquals(letters.size(), l.documents());
    assertEquals(pages.size(), p.documents());
    for (SummaryEvaluation e : List.of(l, p)) {
      for (SummaryEvaluation.Counts c : e.counts()) {
        assertTrue(c.stated() >= c.extractedStated(),
            c.type() + ": the draft states every gold fact extraction found");
      }
    }
    if (Boolean.getBoolean("imrx.summary.targets")) {
      assertTrue(l.total().recall() >= 0.85, "recall on letters " + l.total().recall());
      assertTrue(p.total().recall() >= 0.75, "recall on raw records " + p.total().recall());
    }
  }
}
