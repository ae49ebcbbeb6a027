package org.imrx.extract.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.imrx.ConfigurationException;
import org.imrx.lexicon.BodyPartLexicon;
import org.imrx.lexicon.ConditionLexicon;
import org.imrx.text.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ListSplitterTest {
  private static ListSplitter splitter;

  @BeforeAll
  static void load() throws ConfigurationException {
    ConditionLexicon conditions = ConditionLexicon.load();
    splitter = new ListSplitter(conditions::isCondition, BodyPartLexicon.load(),
        List.of(Pattern.compile("(?i)muscle, fascia and tendon")),
        s -> s.equalsIgnoreCase("fracture of the spine and pelvis"),
        List.of(Pattern.compile("(?i)with underlying\\b")));
  }

  private static List<String> texts(String list) {
    return splitter.split(list, new Span(0, list.length())).stream().map(ListSplitter.Item::text).toList();
  }

  @Test
  void commasAndAndSeparateItems() {
    assertEquals(List.of("lumbar strain", "cervical sprain", "right knee contusion"),
        texts("lumbar strain, cervical sprain and right knee contusion"));
    assertEquals(List.of("lumbar sprain", "low back pain"), texts("lumbar sprain, and low back pain."));
    assertEquals(List.of("cervicalgia", "pain in thoracic spine", "low back pain"),
        texts("cervicalgia; pain in thoracic spine; low back pain"));
  }

  @Test
  void bodyPartsAfterAnItemShareItsHead() {
    assertEquals(List.of("injury of the back", "injury of left ankle"), texts("injury of the back and left ankle"));
    assertEquals(List.of("strain in right hip", "strain in ankle", "strain in foot"),
        texts("strain in right hip, ankle, and foot"));
  }

  @Test
  void bodyPartsBeforeAnItemShareItsCondition() {
    assertEquals(List.of("right wrist sprain", "right hand sprain"), texts("right wrist and right hand sprain"));
    assertEquals(List.of("cervical strain", "thoracic strain", "lumbar spine strain"),
        texts("cervical, thoracic and lumbar spine strain"));
  }

  @Test
  void adjectivesBeforeAndShareTheNoun() {
    assertEquals(List.of("fleeting homicidal thoughts", "suicidal thoughts"),
        texts("fleeting homicidal and suicidal thoughts"));
    assertEquals(List.of("full-thickness, near-complete tear of the supraspinatus tendon"),
        texts("full-thickness, near-complete tear of the supraspinatus tendon"));
  }

  @Test
  void qualifiersStayWithTheirItem() {
    assertEquals(List.of("radiculopathy, lumbosacral region"), texts("radiculopathy, lumbosacral region"));
    assertEquals(List.of("osteoarthritis, left knee with varus deformity"),
        texts("osteoarthritis, left knee with varus deformity"));
    assertEquals(List.of("chondromalacia of the patella, right knee"), texts("chondromalacia of the patella, right knee"));
    assertEquals(List.of("herniated disc (L4-5, L5-S1)", "lumbar strain"),
        texts("herniated disc (L4-5, L5-S1) and lumbar strain"));
  }

  @Test
  void protectedPhrasesAndTitlesAreNotCut() {
    assertEquals(List.of("strain of muscle, fascia and tendon at neck level", "cervicalgia"),
        texts("strain of muscle, fascia and tendon at neck level, cervicalgia"));
    assertEquals(List.of("fracture of the spine and pelvis", "lumbar strain"),
        texts("fracture of the spine and pelvis, lumbar strain"));
  }

  @Test
  void ruleOutAndCallerSeparatorsStartItems() {
    assertEquals(List.of("swelling", "rule out DVT"), texts("swelling and rule out DVT"));
    assertEquals(List.of("numbness bilateral upper extremities", "rule out carpal tunnel syndrome"),
        texts("numbness bilateral upper extremities rule out carpal tunnel syndrome"));
    assertEquals(List.of("tear of the supraspinatus tendon", "calcifying tendonitis"),
        texts("tear of the supraspinatus tendon with underlying calcifying tendonitis"));
  }

  @Test
  void spansPointAtTheirWordsInOrder() {
    String t = "He has been treated for lumbar strain,\ncervical sprain and left knee pain.";
    Span region = new Span(t.indexOf("lumbar"), t.length());
    List<ListSplitter.Item> items = splitter.split(t, region);
    assertEquals(3, items.size());
    int last = region.start();
    for (ListSplitter.Item i : items) {
      assertTrue(region.contains(i.span()));
      assertTrue(i.span().start() >= last);
      assertEquals(i.text(), ListSplitter.collapse(i.span().text(t)));
      last = i.span().end();
    }
  }

  @Test
  void randomInputNeverThrows() {
    Random r = new Random(11);
    String alphabet = "ab ,;.()\"'-and strain of left knee\n";
    for (int n = 0; n < 2000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(80); k > 0; k--) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String t = b.toString();
      for (ListSplitter.Item i : splitter.split(t, new Span(0, t.length()))) {
        assertTrue(i.span().end() <= t.length() && !i.text().isBlank());
      }
    }
  }
}
