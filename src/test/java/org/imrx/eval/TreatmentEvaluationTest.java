package org.imrx.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.imrx.SharedData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Treatments given to date, scored as {@code score.py} scores them, on the shared gold letters and
 * web-page reports and on the treatment gold the project wrote for documents outside the shared
 * gold ({@code src/test/resources/gold/treatments}: held-out sets never used in development, and
 * development sets; see its README). The floors are the figures the extractor reached, a little
 * below, so that a change that loses ground fails here.
 */
@Tag("corpus")
class TreatmentEvaluationTest {
  private static final double SHARED_LETTERS = 0.97;
  private static final double SHARED_RECORDS = 0.92;
  private static final double HELD_OUT_LETTERS = 0.90;
  private static final double HELD_OUT_RECORDS = 0.65;
  private static final double DEVELOPMENT_LETTERS = 0.94;
  private static final double DEVELOPMENT_RECORDS = 0.93;
  private static final Path HELD_OUT = Path.of("src/test/resources/gold/treatments");

  @TempDir Path tmp;

  @Test
  void sharedLetters() throws Exception {
    Path gold = SharedData.require("corpus/imr-letters/gold");
    score("shared letters", gold, SharedData.require("corpus/imr-letters/pdf"), ".pdf", SHARED_LETTERS);
  }

  @Test
  void sharedRecords() throws Exception {
    Path gold = SharedData.require("corpus/mtsamples/gold");
    score("shared web-page reports", gold, SharedData.require("corpus/mtsamples/html"), ".html", SHARED_RECORDS);
  }

  @Test
  void developmentLetters() throws Exception {
    score("development letters", HELD_OUT.resolve("dev-letters"), SharedData.require("corpus/imr-letters/pdf"),
        ".pdf", DEVELOPMENT_LETTERS);
  }

  @Test
  void developmentRecords() throws Exception {
    score("development web-page reports", HELD_OUT.resolve("dev-records"),
        SharedData.require("corpus/mtsamples/html"), ".html", DEVELOPMENT_RECORDS);
  }

  @Test
  void heldOutLetters() throws Exception {
    score("held-out letters", HELD_OUT.resolve("letters"), SharedData.require("corpus/imr-letters/pdf"),
        ".pdf", HELD_OUT_LETTERS);
  }

  @Test
  void heldOutRecords() throws Exception {
    score("held-out web-page reports", HELD_OUT.resolve("records"),
        SharedData.require("corpus/mtsamples/html"), ".html", HELD_OUT_RECORDS);
  }

  private void score(String what, Path goldDir, Path documents, String extension, double floor)
      throws Exception {
    GoldStore gold = GoldStore.load(goldDir);
    List<Path> files = new ArrayList<>();
    gold.keys().forEach(k -> files.add(documents.resolve(k + extension)));
    assertTrue(files.stream().allMatch(Files::exists), "every gold record has its document");
    CorpusRun run = CorpusRun.of(gold, files, tmp.resolve("cases.jsonl"));
    assertEquals(List.of(), run.failed(), "documents that could not be read");
    Counts c = run.result().counts(Field.TREATMENTS);
    System.out.printf("treatments, %s (%d documents): P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)%n",
        what, files.size(), c.precision(), c.recall(), c.f1(), c.tp(), c.fp(), c.fn());
    assertTrue(c.f1() >= floor, what + ": treatments F1 " + c.f1() + " below " + floor);
  }
}
