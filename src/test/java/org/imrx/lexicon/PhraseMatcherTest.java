package org.imrx.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
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
}
