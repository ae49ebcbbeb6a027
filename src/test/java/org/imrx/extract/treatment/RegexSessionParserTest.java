package org.imrx.extract.treatment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.imrx.extract.Located;
import org.imrx.model.Sessions;
import org.junit.jupiter.api.Test;

class RegexSessionParserTest {
  private final RegexSessionParser parser = new RegexSessionParser();

  private Sessions parse(String text) {
    Located<Sessions> s = parser.parse(text, 0, text.length());
    return s == null ? null : s.value();
  }

  @Test
  void countsAsWritten() {
    assertEquals(new Sessions(6, null, null), parse("6 chiropractic treatments"));
    assertEquals(new Sessions(12, null, null), parse("12 sessions of physical therapy"));
    assertEquals(new Sessions(8, null, null), parse("Eight sessions of physical therapy were ordered"));
    assertEquals(new Sessions(12, null, null), parse("12 additional therapy sessions for left hand"));
    assertEquals(new Sessions(6, null, null), parse("physical therapy x at least 6 sessions"));
    assertEquals(new Sessions(8, null, null), parse("Chiropractic therapy sessions for the cervical spine, #8"));
    assertEquals(new Sessions(6, null, null), parse("completed 6 of 6 visits physical therapy"));
  }

  @Test
  void frequencyAndWeeks() {
    assertEquals(new Sessions(null, 3, 2), parse("chiropractic therapy 3 times a week for 2 weeks"));
    assertEquals(new Sessions(null, 2, 3), parse("twice a week for three weeks"));
    assertEquals(new Sessions(null, 2, 4), parse("physical therapy 2x4"));
    assertEquals(new Sessions(null, 3, 4), parse("3 x 4"));
    assertEquals(new Sessions(null, 3, null), parse("three times weekly"));
    assertEquals(new Sessions(null, 2, 4), parse("1-2 times per week for 4 weeks"));
    assertEquals(new Sessions(12, 2, 6), parse("Physical therapy 2 times a week for 6 weeks (12 sessions)"));
  }

  @Test
  void noSessionsWhereNoneAreStated() {
    assertNull(parse("physical therapy"));
    assertNull(parse("Norco 10/325mg"));
    assertNull(parse("x-rays of the knee"));
  }
}
