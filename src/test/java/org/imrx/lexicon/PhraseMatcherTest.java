package org.imrx.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {
  private final PhraseMatcher<String> m = PhraseMatcher.<String>builder()
      .add("lumbar", "lumbar spine").add("lumbar spine", "lumbar spine")
      .add("L/S", "lumbosacral spine").add("knee", "knee").build();

  @Test
  void longestMatchWinsAndPunctuationDoesNotMatter() {
    String text = "MRI of the Lumbar-Spine and L/S films, right knee.";
    List<PhraseMatcher.Match<String>> found = m.find(text);
    assertEquals(List.of("Lumbar-Spine", "L/S", "knee"),
        found.stream().map(f -> f.span().text(text)).toList());
    assertEquals("lumbosacral spine", found.get(1).value());
  }

  @Test
  void matchesWholeWordsOnly() {
    assertEquals(0, m.find("kneeling lumbars").size());
    assertEquals("knee", m.lookup("KNEE"));
    assertNull(m.lookup("elbow"));
  }

  private static final PhraseMatcher<String> SKIPPING = PhraseMatcher.<String>builder()
      .skipping(Set.of("hcl", "bitartrate"))
      .add("hydrocodone acetaminophen", "combination")
      .add("hydrocodone", "single")
      .add("sodium hcl", "leading word kept")
      .build();

  @Test
  void skippableWordsInsideAPhraseDoNotPreventTheMatch() {
    String text = "Hydrocodone bitartrate/acetaminophen 10/325";
    List<PhraseMatcher.Match<String>> m = SKIPPING.find(text);
    assertEquals(1, m.size());
    assertEquals("combination", m.get(0).value());
    assertEquals("Hydrocodone bitartrate/acetaminophen", m.get(0).span().text(text));
  }

  @Test
  void aMatchNeverEndsOnASkippedWord() {
    String text = "hydrocodone HCl tabs";
    List<PhraseMatcher.Match<String>> m = SKIPPING.find(text);
    assertEquals("hydrocodone", m.get(0).span().text(text));
  }

  @Test
  void skippableWordsNeverStartAPhraseAndLookupSkipsThemToo() {
    assertEquals("combination", SKIPPING.lookup("hydrocodone bitartrate, acetaminophen"));
    assertNull(SKIPPING.lookup("bitartrate"));
    assertEquals("leading word kept", SKIPPING.lookup("sodium"));
  }

  @Test
  void tooManySkippedWordsInARowEndTheWalk() {
    String text = "hydrocodone hcl hcl hcl hcl acetaminophen";
    assertEquals("single", SKIPPING.find(text).get(0).value());
  }

  @Test
  void skippableWordsAreSetBeforePhrases() {
    PhraseMatcher.Builder<String> b = PhraseMatcher.<String>builder().add("x", "y");
    assertThrows(IllegalStateException.class, () -> b.skipping(Set.of("hcl")));
  }
}
