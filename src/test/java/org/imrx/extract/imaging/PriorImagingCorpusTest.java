package org.imrx.extract.imaging;

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
import org.imrx.extract.CasePipeline;
import org.imrx.ingest.IngestLimits;
import org.imrx.ingest.TikaDocumentReader;
import org.imrx.model.Case;
import org.imrx.model.ImagingStudy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * priorImaging F1 over gold records, matched as {@code tools/score.py} matches list items: the
 * shared gold (72 letters, 50 web-page reports) and the project's held-out imaging gold
 * (src/test/resources/gold/, written before the extractor saw those documents).
 */
@Tag("corpus")
class PriorImagingCorpusTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static CasePipeline pipeline;
  private static TikaDocumentReader reader;

  @BeforeAll
  static void load() throws Exception {
    pipeline = CasePipeline.load();
    reader = new TikaDocumentReader(IngestLimits.DEFAULT);
  }

  private static double f1(Path goldDir, Path docs, String ext) throws Exception {
    ScorerPort.Count total = new ScorerPort.Count(0, 0, 0);
    List<Path> golds;
    try (Stream<Path> s = Files.list(goldDir)) {
      golds = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    for (Path g : golds) {
      JsonNode gold = JSON.readTree(g.toFile());
      List<String> expected = new ArrayList<>();
      gold.path("priorImaging").forEach(n -> expected.add(n.asText()));
      String stem = g.getFileName().toString().replaceFirst("\\.json$", "");
      Case c = pipeline.extract(reader.read(docs.resolve(stem + ext)));
      List<String> found = c.priorImaging().stream().map(ImagingStudy::text).toList();
      total = total.plus(ScorerPort.score(expected, found));
    }
    System.out.printf("priorImaging %s: %s F1 %.3f%n", goldDir, total, total.f1());
    return total.f1();
  }

  @Test
  void sharedLetters() throws Exception {
    Path root = SharedData.require("corpus/imr-letters");
    assertTrue(f1(root.resolve("gold"), root.resolve("pdf"), ".pdf") >= 0.95);
  }

  @Test
  void sharedRecords() throws Exception {
    Path root = SharedData.require("corpus/mtsamples");
    assertTrue(f1(root.resolve("gold"), root.resolve("html"), ".html") >= 0.90);
  }

  @Test
  void heldOutLetters() throws Exception {
    Path root = SharedData.require("corpus/imr-letters");
    assertTrue(f1(resource("gold/imaging-letters"), root.resolve("pdf"), ".pdf") >= 0.95);
  }

  @Test
  void heldOutRecords() throws Exception {
    Path root = SharedData.require("corpus/mtsamples");
    assertTrue(f1(resource("gold/imaging-records"), root.resolve("html"), ".html") >= 0.90);
  }

  private static Path resource(String name) throws IOException {
    return Path.of("src/test/resources").resolve(name);
  }
}
