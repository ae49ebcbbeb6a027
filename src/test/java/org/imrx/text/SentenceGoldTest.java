package org.imrx.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.imrx.ConfigurationException;
import org.junit.jupiter.api.Test;

class SentenceGoldTest {
  private static List<SentenceGold.Document> read(String s) throws ConfigurationException {
    return SentenceGold.read(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)), "t");
  }

  @Test
  void marksBecomeSentenceSpans() throws Exception {
    List<SentenceGold.Document> docs = read("# comment ||\n=====\nSeen by Dr. Lee.|| Pain is"
        + "\nbetter.||\n=====\nIMPRESSION:||\n1. Strain.||\n");
    assertEquals(2, docs.size());
    SentenceGold.Document d = docs.get(0);
    assertEquals("Seen by Dr. Lee. Pain is\nbetter.\n", d.text());
    assertEquals(List.of("Seen by Dr. Lee.", "Pain is\nbetter."),
        d.sentences().stream().map(s -> s.text(d.text())).toList());
    assertEquals(2, docs.get(1).sentences().size());
  }

  @Test
  void textAfterTheLastMarkIsAnError() {
    assertThrows(ConfigurationException.class, () -> read("=====\nOne.|| Two.\n"));
  }

  @Test
  void theBundledGoldReads() throws Exception {
    var docs = SentenceGold.read(org.imrx.lexicon.Bundled.open("opennlp/clinical-sentences.txt"), "g");
    assertEquals(208, docs.stream().mapToInt(d -> d.sentences().size()).sum());
  }
}
