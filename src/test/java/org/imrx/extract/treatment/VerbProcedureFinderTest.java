package org.imrx.extract.treatment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class VerbProcedureFinderTest {
  private final VerbProcedureFinder finder = new VerbProcedureFinder();

  private List<String> found(String text) {
    return finder.find(text, 0, text.length()).stream().map(m -> m.span().text(text)).toList();
  }

  @Test
  void findsEachProcedureFarFromTheVerbsBeforeIt() {
    String filler = "She walked into the clinic today and reported that nothing much had changed lately. ";
    String text = "The wire was removed. " + filler.repeat(5) + "Her gallbladder was removed in 2010. "
        + filler.repeat(3) + "She has had two polyps removed.";
    assertEquals(List.of("wire was removed", "gallbladder was removed", "polyps removed"), found(text));
  }

  @Test
  void readsTheWordBeforeAMatchAsTheWholeTextDoes() {
    // "unremoved" holds a verb but no word boundary: nothing starts inside a word.
    assertEquals(List.of(), found("x".repeat(200) + "lesion was unremoved"));
    assertEquals(List.of("lesion was excised"), found("y".repeat(150) + " lesion was excised"));
  }

  @Test
  void findsVerbsAsWholeWordsInAnyCase() {
    String text = "unremoved; Excised, and then drained";
    assertEquals(11, VerbProcedureFinder.nextVerb(text, 0, text.length()));
    assertEquals(29, VerbProcedureFinder.nextVerb(text, 12, text.length()));
    assertEquals(-1, VerbProcedureFinder.nextVerb(text, 0, 10));
  }
}
