package org.imrx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
  @TempDir Path tmp;
  private Path gold;
  private Path predictions;
  private String out;
  private String err;

  @BeforeEach
  void writeGoldAndPredictions() throws Exception {
    gold = Files.createDirectories(tmp.resolve("gold"));
    Files.writeString(gold.resolve("CM1.json"), "{\"caseNumber\": \"CM1\", \"priority\": \"Standard\","
        + " \"patient\": {\"age\": 52, \"sex\": \"male\"}, \"diagnoses\": [\"lumbar strain\", \"neck pain\"]}");
    Files.writeString(gold.resolve("note-1.json"), "{\"document\": \"note-1\", \"documentType\": \"medical-record\","
        + " \"patient\": {\"age\": 45, \"sex\": \"male\"}, \"diagnoses\": []}");
    predictions = Files.writeString(tmp.resolve("cases.jsonl"),
        "{\"caseNumber\": \"CM1\", \"priority\": \"Standard\", \"patient\": {\"age\": 52, \"sex\": \"female\"},"
            + " \"diagnoses\": [{\"text\": \"lumbar strain\"}]}\n\n"
            + "{\"source\": {\"path\": \"x/note-1.pdf\"}, \"patient\": {\"age\": 45, \"sex\": \"male\"}}\n");
  }

  private int run(String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
    out = o.toString(StandardCharsets.UTF_8);
    err = e.toString(StandardCharsets.UTF_8);
    return code;
  }

  @Test
  void scoresWrittenCasesAsATable() {
    assertEquals(0, run("eval", "--gold", gold.toString(), "--predictions", predictions.toString()), err);
    assertTrue(out.startsWith("gold documents: 2, paired predictions: 2, missing: 0, duplicates: 0"), out);
    assertTrue(out.lines().anyMatch(l -> l.matches("patient\\.sex\\s+0\\.500\\s+0\\.500\\s+0\\.500\\s+2\\s+1\\s+1\\s+1")), out);
    assertTrue(out.lines().anyMatch(l -> l.matches("diagnoses\\s+1\\.000\\s+0\\.500\\s+0\\.667\\s+2\\s+1\\s+0\\s+1")), out);
    assertTrue(out.contains("macro structured"), out);
  }

  @Test
  void jsonToAFile() throws Exception {
    Path report = tmp.resolve("report.json");
    assertEquals(0, run("eval", "--gold", gold.toString(), "--predictions", predictions.toString(),
        "--format", "json", "--out", report.toString()), err);
    assertEquals("", out);
    JsonNode j = new ObjectMapper().readTree(report.toFile());
    assertEquals(1.0, j.get("patient.age").get("f1").doubleValue());
    assertTrue(j.get("caseNumber").get("p").isNumber());
    assertTrue(j.get("dates.injury").get("f1").isNull());
    assertEquals(2, j.get("_docs").get("paired").intValue());
    assertTrue(j.get("_micro").get("all").has("tp"));
  }

  @Test
  void extractsDocumentsWhenGivenThem() throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(docs.resolve("note-1.txt"), "PROGRESS REPORT\n\nHISTORY: The patient is a 45-year-old male"
        + " who hurt his lower back lifting boxes at work.\n\nPHYSICAL EXAMINATION: Tenderness of the lumbar"
        + " paraspinal muscles.\n");
    assertEquals(0, run("eval", "--gold", gold.toString(), "--threads", "1", docs.toString()), err);
    assertTrue(out.startsWith("gold documents: 2, paired predictions: 1, missing: 1"), out);
    assertTrue(out.contains("missing: CM1"), out);
    assertTrue(out.lines().anyMatch(l -> l.matches("patient\\.age\\s+1\\.000\\s+0\\.500\\s+0\\.667.*")), out);
  }

  @Test
  void aDocumentThatCannotBeReadIsReportedAndScoredAsEmpty() throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Files.write(docs.resolve("note-1.pdf"), new byte[0]);
    assertEquals(ExitCodes.SOME_FAILED, run("eval", "--gold", gold.toString(), "--threads", "1", docs.toString()));
    assertTrue(err.contains("note-1.pdf"), err);
    assertTrue(out.startsWith("gold documents: 2, paired predictions: 1"), out);
  }

  @Test
  void missingOrInvalidGoldIsAConfigurationError() throws Exception {
    assertEquals(ExitCodes.CONFIGURATION, run("eval", "--gold", tmp.resolve("nowhere").toString(),
        "--predictions", predictions.toString()));
    assertTrue(err.contains("nowhere"), err);
    Files.writeString(gold.resolve("bad.json"), "{\"caseNumber\": \"B\", \"patient\": {\"sex\": \"M\"}}");
    assertEquals(ExitCodes.CONFIGURATION, run("eval", "--gold", gold.toString(), "--predictions", predictions.toString()));
    assertTrue(err.contains("bad.json") && err.contains("patient.sex"), err);
  }

  @Test
  void unreadablePredictionsAreAConfigurationErrorNamingTheLine() throws Exception {
    Path bad = Files.writeString(tmp.resolve("bad.jsonl"), "{\"caseNumber\": \"CM1\"}\n{not json\n");
    assertEquals(ExitCodes.CONFIGURATION, run("eval", "--gold", gold.toString(), "--predictions", bad.toString()));
    assertTrue(err.contains("bad.jsonl") && err.contains("line 2"), err);
    assertFalse(err.contains("not json"), "no content in messages");
  }

  @Test
  void predictionsAndDocumentsExcludeEachOther() {
    assertEquals(ExitCodes.USAGE, run("eval", "--gold", gold.toString()));
    assertEquals(ExitCodes.USAGE, run("eval", "--gold", gold.toString(), "--predictions", predictions.toString(), "x.pdf"));
    assertEquals(ExitCodes.USAGE, run("eval", "--predictions", predictions.toString()));
  }
}
