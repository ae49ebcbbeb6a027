package org.imrx.extract.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.imrx.extract.CasePipeline;
import org.imrx.ingest.IngestLimits;
import org.imrx.ingest.TikaDocumentReader;
import org.imrx.model.CaseJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The determination letters of {@code corpus/documents} give exactly the structured fields their
 * gold records in {@code corpus/gold} hold (the clinical lists are scored elsewhere), and every
 * corpus document has its gold record.
 */
class CorpusLettersTest {
  private static final Path DOCS = Path.of("corpus", "documents");
  private static final Path GOLD = Path.of("corpus", "gold");
  private static final List<String> SCALARS = List.of("caseNumber", "dates.assigned",
      "dates.injury", "dates.decision", "dates.urDenial", "dates.applicationReceived", "priority",
      "patient.age", "patient.sex", "reviewer.licensure", "reviewer.specialties");
  private static CasePipeline pipeline;

  @BeforeAll
  static void load() throws Exception {
    pipeline = CasePipeline.load();
  }

  private static JsonNode path(JsonNode node, String dotted) {
    for (String key : dotted.split("\\.")) {
      node = node.path(key);
    }
    return node;
  }

  /** The structured part of a case or gold record, as the gold records write it. */
  private static ObjectNode structured(JsonNode c) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    SCALARS.forEach(f -> out.set(f, path(c, f)));
    ArrayNode items = out.putArray("disputedItems");
    for (JsonNode item : c.path("disputedItems")) {
      ObjectNode i = items.addObject();
      i.set("text", item.path("text"));
      i.set("decision", item.path("decision"));
      ArrayNode guides = i.putArray("reviewerGuidelines");
      for (JsonNode g : item.path("reviewerGuidelines")) {
        guides.addObject().put("source", g.path("source").asText()).put("citation", g.path("citation").asText());
      }
    }
    return out;
  }

  private static void assertMatchesGold(String document, IngestLimits limits) throws Exception {
    Path file = DOCS.resolve(document);
    String stem = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
    JsonNode gold = CaseJson.mapper().readTree(GOLD.resolve(stem + ".json").toFile());
    JsonNode extracted = CaseJson.mapper().valueToTree(
        pipeline.extract(new TikaDocumentReader(limits).read(file)));
    assertEquals("imr-determination", extracted.path("documentType").asText(), document);
    assertEquals(structured(gold).toPrettyString(), structured(extracted).toPrettyString(), document);
  }

  @Test
  void bornDigitalLettersGiveTheirGoldFields() throws Exception {
    for (String letter : List.of("case-file/imr-CM19-0117352.pdf", "letters/imr-CM19-0150826.docx",
        "letters/imr-CM19-0188304.rtf")) {
      assertMatchesGold(letter, IngestLimits.DEFAULT.withOcr(false));
    }
  }

  @Tag("slow")
  @Test
  void theScannedLetterGivesItsGoldFieldsThroughOcr() throws Exception {
    TikaDocumentReader reader = new TikaDocumentReader(IngestLimits.DEFAULT);
    assumeTrue(reader.ocrAvailable(), "Tesseract is not installed");
    assertMatchesGold("letters/imr-CM18-0206641-scanned.pdf", IngestLimits.DEFAULT);
  }

  @Test
  void everyDocumentHasAGoldRecordAndEveryGoldRecordADocument() throws Exception {
    Set<String> documents = new TreeSet<>();
    try (Stream<Path> files = Files.walk(DOCS)) {
      files.filter(Files::isRegularFile)
          .forEach(f -> documents.add(f.getFileName().toString().replaceFirst("\\.[^.]+$", "")));
    }
    Set<String> golds = new TreeSet<>();
    try (Stream<Path> files = Files.list(GOLD)) {
      files.forEach(f -> golds.add(f.getFileName().toString().replaceFirst("\\.json$", "")));
    }
    assertEquals(documents, golds);
    for (String stem : golds) {
      JsonNode gold = CaseJson.mapper().readTree(GOLD.resolve(stem + ".json").toFile());
      for (String list : List.of("diagnoses", "treatments", "examFindings", "priorImaging")) {
        assertTrue(gold.path(list).isArray(), stem + " has " + list);
      }
      assertTrue(gold.has("caseNumber") || stem.equals(gold.path("document").asText()),
          stem + ": a letter names its case, a record its document");
    }
  }
}
