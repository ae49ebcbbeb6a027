package org.imrx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.imrx.TestDocs;
import org.imrx.model.CaseJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummarizeCommandTest {
  static final String NOTE = """
      PROGRESS REPORT
      HISTORY: The patient is a 44-year-old male seen for low back pain.
      PHYSICAL EXAMINATION: tender lumbar spine.
      PLAN: continue home exercise.
      """;

  @Test
  void draftsOneCaseFromADirectoryAndReportsUnreadableDocuments(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a-letter.txt"), TestDocs.resource("/letters/synthetic-letter.txt"));
    Files.writeString(dir.resolve("b-note.txt"), NOTE);
    Files.write(dir.resolve("c-empty.pdf"), new byte[0]);
    ExtractCommandTest.Run r = ExtractCommandTest.run("summarize", "--threads", "2", "--format", "json",
        dir.toString());
    assertEquals(ExitCodes.SOME_FAILED, r.code());
    assertTrue(r.err().contains("c-empty.pdf"));
    assertFalse(r.err().contains("lifting") || r.err().contains("low back"), "no document text on stderr");
    JsonNode draft = CaseJson.mapper().readTree(r.out());
    assertTrue(draft.get("text").asText().startsWith(
        "The injured worker is a 44 year old male who sustained an industrial injury on 7-14-18."),
        draft.get("text").asText());
    assertEquals(2, draft.get("documents").size());
    JsonNode age = draft.at("/sentences/0/facts/0");
    assertEquals("age", age.get("type").asText());
    assertEquals(2, age.get("evidence").size(), "the age both documents give, stated once");
    assertTrue(draft.get("warnings").toString().contains("c-empty.pdf"));
  }

  @Test
  void writesAnHtmlPageToAFile(@TempDir Path dir) throws Exception {
    Path letter = dir.resolve("letter.txt");
    Files.writeString(letter, TestDocs.resource("/letters/synthetic-letter.txt"));
    Path out = dir.resolve("draft.html");
    ExtractCommandTest.Run r = ExtractCommandTest.run("summarize", "--format", "html", "--out", out.toString(),
        letter.toString());
    assertEquals(ExitCodes.OK, r.code(), r.err());
    String html = Files.readString(out);
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("class=\"fact\""));
  }

  @Test
  void scoresDraftsAgainstGoldRecords(@TempDir Path dir) throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Path gold = Files.createDirectories(dir.resolve("gold"));
    Files.writeString(docs.resolve("CM19-0123456.txt"), TestDocs.resource("/letters/synthetic-letter.txt"));
    Files.writeString(gold.resolve("CM19-0123456.json"), """
        {"caseNumber": "CM19-0123456", "dates": {"injury": "2018-07-14"},
         "patient": {"age": 44, "sex": "male"}, "diagnoses": ["lumbar strain", "left sciatica"],
         "treatments": [], "examFindings": [], "priorImaging": []}
        """);
    ExtractCommandTest.Run r = ExtractCommandTest.run("summarize", "--eval-gold", gold.toString(), docs.toString());
    assertEquals(ExitCodes.OK, r.code(), r.err());
    assertTrue(r.out().contains("1 scored against 1 gold records"), r.out());
    assertTrue(r.out().matches("(?s).*\\nage\\s+1\\s+1\\s+1\\.000 .*"), r.out());
    // The draft states what extraction found: "lumbar strain" and "left sciatica" are in the text.
    assertTrue(r.out().matches("(?s).*\\ndiagnosis\\s+2\\s+2\\s+1\\.000 .*"), r.out());
    assertTrue(r.out().matches("(?s).*support: (\\d+) of \\1 drafted facts \\(100\\.0%\\).*"), r.out());
  }

  @Test
  void setsTheDraftBesideTheLettersOwnSummary(@TempDir Path dir) throws Exception {
    Path letter = dir.resolve("letter.txt");
    Files.writeString(letter, TestDocs.resource("/letters/synthetic-letter.txt"));
    ExtractCommandTest.Run r = ExtractCommandTest.run("summarize", "--compare", letter.toString());
    assertEquals(ExitCodes.OK, r.code(), r.err());
    int draft = r.out().indexOf("--- draft (from the extracted facts):");
    int own = r.out().indexOf("--- the letter's CLINICAL CASE SUMMARY:");
    assertTrue(draft >= 0 && own > draft, r.out());
    assertTrue(r.out().substring(own).contains("while\nlifting a pallet"), "the letter's own text follows");
    // The letter says "He has been treated for"; the draft writes its own sentence from the facts.
    assertFalse(r.out().substring(draft, own).contains("He has been treated for"), "the draft is not copied from it");
    assertTrue(r.out().substring(draft, own).contains("has been treated for lumbar strain"), r.out());
  }
}
