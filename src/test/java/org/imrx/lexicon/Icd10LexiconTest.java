package org.imrx.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.imrx.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Icd10LexiconTest {
  private static Path fixture(String dir) throws URISyntaxException {
    return Path.of(Icd10LexiconTest.class.getResource("/icd10cm/" + dir).toURI());
  }

  @Test
  void parsesAnOrderFileLineInTheCmsLayout() throws ConfigurationException {
    String line = "00004 S39012A 1 " + String.format("%-60s", "Strain of musc/fasc/tend lower back, init")
        + " Strain of muscle, fascia and tendon of lower back, initial encounter";
    Icd10Lexicon.Entry e = Icd10Lexicon.parseOrderLine(line, "f.txt", 4);
    assertEquals("S39.012A", e.code());
    assertTrue(e.billable());
    assertEquals("Strain of muscle, fascia and tendon of lower back, initial encounter", e.description());
  }

  @Test
  void aMalformedLineNamesTheFileAndTheLine() {
    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> Icd10Lexicon.parseOrderLine("M54.50 Low back pain", "order.txt", 17));
    assertTrue(e.getMessage().contains("order.txt") && e.getMessage().contains("line 17"), e.getMessage());
    String badFlag = "00002 M5450   7 " + String.format("%-60s", "Low back pain") + " Low back pain";
    assertThrows(ConfigurationException.class, () -> Icd10Lexicon.parseOrderLine(badFlag, "order.txt", 2));
  }

  @Test
  void readsTheOrderFileFromTheLexiconsFolder() throws Exception {
    Icd10Lexicon lex = Icd10Lexicon.load(fixture("good"));
    assertEquals(4, lex.size());
    assertEquals("Low back pain, unspecified", lex.get("M54.50").orElseThrow().description());
    assertEquals("G56.01", lex.get("G5601").orElseThrow().code());
    assertFalse(lex.get("M54").orElseThrow().billable());
    assertTrue(lex.source().endsWith("icd10cm_order_2099.txt"));
  }

  @Test
  void readsTheTabSeparatedForm() throws Exception {
    Icd10Lexicon lex = Icd10Lexicon.load(fixture("tsv"));
    assertEquals(4, lex.size());
    assertEquals("S39.012A", lex.get("S39012A").orElseThrow().code());
  }

  @Test
  void aBrokenFileFailsWithItsLineNumber(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("icd10cm"));
    Files.writeString(folder.resolve("icd10cm_order_2099.txt"),
        "00001 M54     0 " + String.format("%-60s", "Dorsalgia") + " Dorsalgia\nnot an order line\n");
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> Icd10Lexicon.load(dir));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }

  @Test
  void anEmptyIcdFolderIsAnError(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("icd10cm"));
    assertThrows(ConfigurationException.class, () -> Icd10Lexicon.load(dir));
  }

  @Test
  void withoutAFolderTheBundledSubsetServes(@TempDir Path dir) throws ConfigurationException {
    Icd10Lexicon lex = Icd10Lexicon.load(dir);
    assertTrue(lex.source().endsWith("icd10cm-workcomp.tsv"));
    assertTrue(lex.get("S39.012A").isPresent());
    assertTrue(lex.get("G56.03").isPresent());
    assertTrue(lex.get("M54.50").isPresent());
    assertTrue(lex.size() > 10_000);
  }

  @Test
  void codesGetTheirDot() {
    assertEquals("M47.812", Icd10Lexicon.withDot("M47812"));
    assertEquals("I10", Icd10Lexicon.withDot("I10"));
  }
}
