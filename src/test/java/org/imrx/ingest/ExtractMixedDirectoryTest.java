package org.imrx.ingest;

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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imrx.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code imrx extract DIR} over good and bad files alike: one record per file (a case, or an
 * error naming the file and the reason and quoting nothing of it), and exit code 1.
 */
class ExtractMixedDirectoryTest {
  private static final String SECRET = "quokka";

  @Test
  void everyFileGetsARecordAndTheRunExitsWithOne(@TempDir Path dir) throws Exception {
    List<List<String>> pages = TestFiles.threePages();
    byte[] pdf = TestFiles.pdf(List.of(List.of("PROGRESS NOTE", "SUBJECTIVE: pet " + SECRET
        + " bit the left hand.", "OBJECTIVE: small healed wound.")), null, null);
    Files.write(dir.resolve("good-note.txt"), ("PROGRESS NOTE\nSUBJECTIVE: The " + SECRET
        + " keeper reports neck pain.\nOBJECTIVE: Tenderness of the trapezius.\n")
        .getBytes(StandardCharsets.UTF_8));
    Files.write(dir.resolve("good-report.pdf"), TestFiles.pdf(pages, null, null));
    Files.createFile(dir.resolve("empty.docx"));
    Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(pdf, pdf.length / 2));
    Files.write(dir.resolve("locked.pdf"), TestFiles.pdf(List.of(List.of("A " + SECRET)), "u", "o"));
    Files.write(dir.resolve("noise.bin"), TestFiles.random(10_000, 5));
    Files.write(dir.resolve("garbage.docx"), TestFiles.corruptDocx());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"extract", "--threads", "2", "--no-ocr", dir.toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    assertEquals(1, code, "some inputs failed");
    Map<String, JsonNode> byFile = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      JsonNode record = json.readTree(line);
      byFile.put(Path.of(record.path("source").path("path").asText()).getFileName().toString(), record);
    }
    assertEquals(7, byFile.size(), byFile.keySet().toString());
    assertFalse(byFile.get("good-note.txt").has("error"));
    assertFalse(byFile.get("good-report.pdf").has("error"));
    Map<String, String> expected = Map.of("empty.docx", "empty", "cut.pdf", "corrupt",
        "locked.pdf", "encrypted", "noise.bin", "unsupported", "garbage.docx", "corrupt");
    expected.forEach((file, type) -> {
      JsonNode error = byFile.get(file).path("error");
      assertEquals(type, error.path("type").asText(), file);
      String message = error.path("message").asText();
      assertTrue(message.contains(file), "names the file: " + message);
      assertFalse(message.contains(SECRET), "quotes nothing: " + message);
    });
    String stderr = err.toString(StandardCharsets.UTF_8);
    assertFalse(stderr.contains(SECRET), "standard error quotes no document text");
    expected.keySet().forEach(file -> assertTrue(stderr.contains(file), "stderr names " + file));
  }
}
