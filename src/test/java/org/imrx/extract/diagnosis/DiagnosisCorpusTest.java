package org.imrx.extract.diagnosis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.imrx.SharedData;
import org.imrx.extract.BatchExtractor;
import org.imrx.extract.BatchResult;
import org.imrx.extract.CasePipeline;
import org.imrx.ingest.IngestLimits;
import org.imrx.ingest.TikaDocumentReader;
import org.imrx.model.Diagnosis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Diagnoses F1 on the shared gold records, as the reference scorer computes it, held to the
 * figures reached so that a regression fails the build.
 */
@Tag("corpus")
class DiagnosisCorpusTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static BatchExtractor extractor;

  @BeforeAll
  static void load() throws Exception {
    extractor = new BatchExtractor(new TikaDocumentReader(IngestLimits.DEFAULT), CasePipeline.load());
  }

  /** Micro-averaged F1 of diagnoses over every gold file of a folder. */
  private static double f1(Path gold, Path documents, String extension) throws IOException {
    int tp = 0;
    int predicted = 0;
    int expected = 0;
    List<Path> files;
    try (Stream<Path> s = Files.list(gold)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    for (Path g : files) {
      String stem = g.getFileName().toString().replaceFirst("\\.json$", "");
      BatchResult r = extractor.one(documents.resolve(stem + extension));
      assertTrue(r instanceof BatchResult.Extracted, stem + " was not extracted");
      List<String> got = ((BatchResult.Extracted) r).value().diagnoses().stream().map(Diagnosis::text).toList();
      List<String> want = new ArrayList<>();
      for (JsonNode n : JSON.readTree(g.toFile()).path("diagnoses")) {
        want.add(n.isTextual() ? n.asText() : n.path("text").asText());
      }
      tp += SoftMatch.matched(want, got);
      predicted += got.size();
      expected += want.size();
    }
    double p = predicted == 0 ? 0 : (double) tp / predicted;
    double rec = expected == 0 ? 0 : (double) tp / expected;
    return p + rec == 0 ? 0 : 2 * p * rec / (p + rec);
  }

  private static long count(Path gold) throws IOException {
    try (Stream<Path> s = Files.list(gold)) {
      return s.filter(p -> p.toString().endsWith(".json")).count();
    }
  }

  @Test
  void lettersReachTheTarget() throws IOException {
    Path corpus = SharedData.require("corpus/imr-letters");
    double f1 = f1(corpus.resolve("gold"), corpus.resolve("pdf"), ".pdf");
    System.out.printf("diagnoses F1, %d gold letters: %.3f%n", count(corpus.resolve("gold")), f1);
    assertTrue(f1 >= 0.96, "diagnoses F1 on the gold letters fell to " + f1);
  }

  @Test
  void recordsHoldTheirLevel() throws IOException {
    Path corpus = SharedData.require("corpus/mtsamples");
    double f1 = f1(corpus.resolve("gold"), corpus.resolve("html"), ".html");
    System.out.printf("diagnoses F1, %d gold records: %.3f%n", count(corpus.resolve("gold")), f1);
    assertTrue(f1 >= 0.75, "diagnoses F1 on the gold records fell to " + f1);
  }
}
