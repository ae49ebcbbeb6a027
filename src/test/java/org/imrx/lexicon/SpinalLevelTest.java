package org.imrx.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpinalLevelTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      tenderness at L4-L5                 | L4-5
      tenderness at L4-5                  | L4-5
      the C7-8 dermatome                  | C7-8
      paraspinal spasm L1-L5              | L1-L5
      disc at L5-S1                       | L5-S1
      at the T12-L1 junction              | T12-L1
      decreased C6 sensation              | C6
      L3-4 and L5-S1                      | L3-4, L5-S1
      C5 to C7                            | C5-C7
      """)
  void normalisesLevels(String text, String level) {
    assertEquals(level, SpinalLevel.of(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      regular S1, S2
      S1 and S2 heard
      C9 is not a level
      LT5 strength
      """)
  void ignoresWhatIsNoSpinalLevel(String text) {
    assertNull(SpinalLevel.of(text));
  }
}
