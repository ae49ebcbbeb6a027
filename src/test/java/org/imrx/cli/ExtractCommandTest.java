package org.imrx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.imrx.TestDocs;
import org.imrx.model.CaseJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void batchWritesOneRecordPerFileInOrderAndReportsFailures(@TempDir Path dir) throws Exception {
    String letter = TestDocs.resource("/letters/synthetic-letter.txt");
    Files.writeString(dir.resolve("a-letter.txt"), letter);
    Files.write(dir.resolve("b-empty.pdf"), new byte[0]);
    Files.write(dir.resolve("c-binary.bin"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0x7f, 0, 0, 9});
    Files.writeString(dir.resolve("d-note.txt"), "PHYSICAL EXAMINATION: tender.\nPLAN: rest.\n");
    Run r = run("extract", "--threads", "2", dir.toString());
    assertEquals(ExitCodes.SOME_FAILED, r.code());
    List<String> lines = r.out().lines().toList();
    assertEquals(4, lines.size());
    JsonNode first = CaseJson.mapper().readTree(lines.get(0));
    assertEquals("CM19-0123456", first.get("caseNumber").asText());
    assertFalse(first.has("content"));
    JsonNode empty = CaseJson.mapper().readTree(lines.get(1));
    assertEquals("empty", empty.at("/error/type").asText());
    assertTrue(empty.at("/error/message").asText().contains("b-empty.pdf"));
    assertEquals("unsupported", CaseJson.mapper().readTree(lines.get(2)).at("/error/type").asText());
    assertEquals("medical-record", CaseJson.mapper().readTree(lines.get(3)).get("documentType").asText());
    assertTrue(r.err().contains("b-empty.pdf"));
    assertFalse(r.err().contains("sustained"), "no document text on stderr");
  }

  @Test
  void twoRunsGiveIdenticalBytes(@TempDir Path dir) throws Exception {
    for (int i = 0; i < 6; i++) {
      Files.writeString(dir.resolve("l" + i + ".txt"), TestDocs.resource("/letters/synthetic-letter.txt"));
    }
    Run a = run("extract", "--threads", "3", "--with-text", dir.toString());
    Run b = run("extract", "--threads", "1", "--with-text", dir.toString());
    assertEquals(ExitCodes.OK, a.code());
    assertEquals(a.out(), b.out());
    assertTrue(a.out().contains("\"content\""));
  }

  @Test
  void jsonFormatGivesAnObjectForOneDocument(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("letter.txt");
    Files.writeString(f, TestDocs.resource("/letters/synthetic-letter.txt"));
    Run r = run("extract", "--format", "json", f.toString());
    assertEquals(ExitCodes.OK, r.code());
    assertEquals("CM19-0123456", CaseJson.mapper().readTree(r.out()).get("caseNumber").asText());
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(ExitCodes.USAGE, run("extract").code());
    assertEquals(ExitCodes.USAGE, run("extract", "--format", "xml", "x.txt").code());
    assertEquals(ExitCodes.USAGE, run("no-such-command").code());
  }

  @Test
  void missingFileIsAnErrorRecord(@TempDir Path dir) {
    Run r = run("extract", dir.resolve("nope.pdf").toString());
    assertEquals(ExitCodes.SOME_FAILED, r.code());
    assertTrue(r.out().contains("\"not-found\""));
  }
}
