package org.imrx.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.imrx.extract.BatchExtractor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evaluation over the project's own documents ({@code corpus/documents/}, gold records in
 * {@code corpus/gold/}): every gold record has its document, and the structured fields a gold
 * record states reach F1 0.98. The table is printed. Skipped until {@code corpus/gold} exists.
 */
@Tag("corpus")
class ProjectCorpusEvaluationTest {
  private static final double TARGET = 0.98;
  @TempDir Path tmp;

  @Test
  void projectDocumentsAgainstTheirGold() throws Exception {
    Path corpus = Path.of("corpus").toAbsolutePath();
    Path goldDir = corpus.resolve("gold");
    assumeTrue(Files.isDirectory(goldDir), "skipping: " + goldDir + " does not exist yet");
    GoldStore gold = GoldStore.load(goldDir);
    List<Path> documents = new ArrayList<>();
    documents.addAll(BatchExtractor.expand(List.of(corpus.resolve("documents"))));
    CorpusRun run = CorpusRun.of(gold, documents, tmp.resolve("corpus.jsonl"));
    System.out.println("Evaluation of " + documents.size() + " project documents against " + goldDir + ":");
    System.out.print(new EvalReport().text(run.result()));
    assertEquals(List.of(), run.result().documents().missing(), "gold records without a document");
    List<String> below = new ArrayList<>();
    for (Field f : Field.values()) {
      double f1 = run.result().counts(f).f1();
      if (!f.isClinical() && !Double.isNaN(f1) && f1 < TARGET) {
        below.add(f.key() + " F1 " + f1);
      }
    }
    assertTrue(below.isEmpty(), "structured fields below F1 " + TARGET + ": " + below);
  }
}
