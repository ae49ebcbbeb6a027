package org.imrx.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.imrx.TestDocs;
import org.imrx.model.Case;
import org.imrx.model.Evidence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Invariants over random and mutated input: extraction never throws, and every evidence span
 * lies inside the text. List items are in text order.
 */
class PipelineInvariantTest {
  static CasePipeline pipeline;

  @BeforeAll
  static void load() throws Exception {
    pipeline = CasePipeline.load();
  }

  static void check(Case c, String text) {
    List<Evidence> all = new ArrayList<>(c.evidence().values());
    c.disputedItems().forEach(i -> all.add(i.evidence()));
    c.diagnoses().forEach(i -> all.add(i.evidence()));
    c.treatments().forEach(i -> all.add(i.evidence()));
    c.requests().forEach(i -> all.add(i.evidence()));
    c.examFindings().forEach(i -> all.add(i.evidence()));
    c.complaints().forEach(i -> all.add(i.evidence()));
    c.priorImaging().forEach(i -> all.add(i.evidence()));
    c.timeline().forEach(i -> all.add(i.evidence()));
    for (Evidence e : all) {
      assertTrue(e.start() <= e.end() && e.end() <= text.length(), "span inside text: " + e);
    }
    int previous = -1;
    for (var item : c.disputedItems()) {
      assertTrue(item.evidence().start() > previous, "items in text order");
      previous = item.evidence().start();
    }
  }

  @Test
  void randomTextNeverThrows() {
    Random r = new Random(7);
    String alphabet = "abcXYZ 019:/-.,\n\n()#%&'\"";
    for (int round = 0; round < 300; round++) {
      StringBuilder sb = new StringBuilder();
      int n = r.nextInt(2000);
      for (int i = 0; i < n; i++) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      check(pipeline.extract(TestDocs.text("r.txt", text)), text);
    }
  }

  @Test
  void mutatedLettersNeverThrow() {
    String letter = TestDocs.resource("/letters/synthetic-letter.txt");
    Random r = new Random(11);
    for (int round = 0; round < 200; round++) {
      StringBuilder sb = new StringBuilder(letter);
      for (int k = 0; k < 20; k++) {
        int at = r.nextInt(sb.length());
        switch (r.nextInt(3)) {
          case 0 -> sb.deleteCharAt(at);
          case 1 -> sb.insert(at, "\n:Upheld\n".charAt(r.nextInt(9)));
          default -> sb.setCharAt(at, (char) ('0' + r.nextInt(10)));
        }
      }
      String text = sb.toString();
      check(pipeline.extract(TestDocs.text("m.txt", text)), text);
    }
  }
}
