package org.imrx.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.imrx.extract.dates.DateMention;
import org.imrx.extract.dates.RegexDateFinder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RegexDateFinderTest {
  private final RegexDateFinder finder = new RegexDateFinder();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "10/13/2016|2016-10-13",
      "3-28-11|2011-03-28",
      "10-1- 15|2015-10-01",
      "2016-10-13|2016-10-13",
      "March 28, 2011|2011-03-28",
      "Mar. 28 2011|2011-03-28",
      "28 March 2011|2011-03-28",
      "03/2016|2016-03",
      "March 2016|2016-03",
      "6/1/98|1998-06-01",
      "12.01.2016|2016-12-01"})
  void normalisesEveryCommonShape(String written, String iso) {
    assertEquals(iso, finder.normalise(written));
  }

  @Test
  void skipsImpossibleDatesAndNonDates() {
    assertNull(finder.normalise("13/45/2016"));
    assertTrue(finder.find("blood pressure 120/80, L4-5, 5/5 strength, 10/325 mg").isEmpty());
  }

  @Test
  void findsDatesInTextInOrderWithSpans() {
    String text = "Seen on 8-21-15 and again on October 3, 2015; MRI from 03/2014.";
    List<DateMention> found = finder.find(text);
    assertEquals(List.of("2015-08-21", "2015-10-03", "2014-03"),
        found.stream().map(DateMention::iso).toList());
    assertEquals("October 3, 2015", found.get(1).span().text(text));
  }

  @Test
  void bareYearsOnlyWhenAsked() {
    assertTrue(finder.find("injured in 2014").isEmpty());
    assertEquals("2014", new RegexDateFinder(true).find("injured in 2014").get(0).iso());
  }
}
