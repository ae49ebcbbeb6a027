package org.imrx.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.imrx.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents that are empty, damaged, locked, not documents at all, or built to exhaust memory or
 * time: each gives an {@link InputException} whose type says why and whose message names the
 * file and never quotes the document; none crashes or hangs the reader.
 */
class HostileInputTest {
  /** A word every test document holds, so that a message quoting the text would show it. */
  private static final String SECRET = "quokka";

  private final TikaDocumentReader reader = new TikaDocumentReader(IngestLimits.DEFAULT.withOcr(false));

  private InputException failure(String name, byte[] bytes) {
    InputException e = assertThrows(InputException.class, () -> reader.read(name, bytes));
    assertTrue(e.getMessage().contains(name), "the message names the file: " + e.getMessage());
    assertFalse(e.getMessage().contains(SECRET), "the message quotes no document text");
    return e;
  }

  private static byte[] pdfWithSecret(String user, String owner) throws Exception {
    List<List<String>> pages = TestFiles.threePages().stream()
        .map(p -> (List<String>) new java.util.ArrayList<>(p)).toList();
    pages.get(0).add("The patient keeps a pet " + SECRET + " at home.");
    return TestFiles.pdf(pages, user, owner);
  }

  @Test
  void zeroByteFileIsEmpty(@TempDir Path dir) throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.pdf"));
    InputException e = assertThrows(InputException.class, () -> reader.read(empty));
    assertEquals("empty", e.type());
    assertTrue(e.getMessage().contains("empty.pdf"));
  }

  @Test
  void truncatedPdfIsCorrupt() throws Exception {
    byte[] pdf = pdfWithSecret(null, null);
    assertEquals("corrupt", failure("cut.pdf", Arrays.copyOf(pdf, pdf.length / 2)).type());
  }

  @Test
  void zipWithGarbageForADocumentIsCorrupt() throws Exception {
    assertEquals("corrupt", failure("garbage.docx", TestFiles.corruptDocx()).type());
  }

  @Test
  void pdfThatNeedsAUserPasswordIsEncrypted() throws Exception {
    assertEquals("encrypted", failure("locked.pdf", pdfWithSecret("user-secret", "owner-secret")).type());
  }

  @Test
  void pdfWithOnlyAnOwnerPasswordIsReadLikeAnyOther() throws Exception {
    SourceDocument doc = reader.read("owner-only.pdf", pdfWithSecret("", "owner-secret"));
    assertTrue(doc.content().contains("Grip is weaker on the left side today."), doc.content());
    assertEquals(3, doc.source().pages());
  }

  @Test
  void randomBytesAreNotADocument() {
    assertEquals("unsupported", failure("noise.pdf", TestFiles.random(50_000, 3)).type());
  }

  @Test
  void anExecutableIsNotADocument() {
    InputException e = failure("report.docx", TestFiles.elfExecutable());
    assertEquals("unsupported", e.type());
  }

  @Test
  void zipBombInsideADocxIsRefusedQuicklyWithoutInflatingIt() throws Exception {
    byte[] bomb = TestFiles.zipBombDocx(3 * 1024);
    assertTrue(bomb.length < 8 * 1024 * 1024, "the bomb itself is small: " + bomb.length);
    Runtime rt = Runtime.getRuntime();
    long before = rt.totalMemory() - rt.freeMemory();
    InputException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> assertThrows(InputException.class, () -> reader.read("bomb.docx", bomb)));
    assertEquals("corrupt", e.type());
    assertTrue(e.getMessage().startsWith("bomb.docx: a zip bomb"), e.getMessage());
    long grown = rt.totalMemory() - rt.freeMemory() - before;
    assertTrue(grown < 512L * 1024 * 1024, "memory stays bounded, grew " + (grown >> 20) + " MiB");
  }

  @Test
  void pathologicallyNestedHtmlNeitherCrashesNorHangs() {
    for (String tag : List.of("div", "span")) {
      byte[] page = TestFiles.nestedHtml(tag, 100_000);
      SourceDocument doc = assertTimeoutPreemptively(Duration.ofSeconds(60),
          () -> reader.read("nested-" + tag + ".html", page));
      assertTrue(doc.content().contains("pain in the right shoulder"), tag);
    }
  }

  @Test
  void giganticTextIsCutAtTheCharacterLimitWithAWarning() throws Exception {
    String line = "Follow-up visit: the worker reports less pain and better sleep this week.\n";
    byte[] text = line.repeat(40_000).getBytes(StandardCharsets.UTF_8);
    TikaDocumentReader limited =
        new TikaDocumentReader(IngestLimits.DEFAULT.withMaxChars(100_000).withOcr(false));
    SourceDocument doc = limited.read("huge.txt", text);
    assertTrue(doc.content().length() <= 100_000, "cut at the limit: " + doc.content().length());
    assertTrue(doc.content().length() > 90_000, "kept up to the limit: " + doc.content().length());
    assertTrue(doc.warnings().stream().anyMatch(w -> w.type().equals("truncated")), doc.warnings().toString());
  }

  @Test
  void giganticWebPageIsCutTooWithAWarning() throws Exception {
    String paragraph = "<p>The worker walked with a normal gait and had full strength.</p>\n";
    byte[] page = ("<html><body>" + paragraph.repeat(20_000) + "</body></html>")
        .getBytes(StandardCharsets.UTF_8);
    TikaDocumentReader limited =
        new TikaDocumentReader(IngestLimits.DEFAULT.withMaxChars(50_000).withOcr(false));
    SourceDocument doc = limited.read("huge.html", page);
    assertTrue(doc.content().length() <= 50_000, "cut at the limit: " + doc.content().length());
    assertTrue(doc.warnings().stream().anyMatch(w -> w.type().equals("truncated")), doc.warnings().toString());
  }
}
