package org.imrx.extract.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.imrx.extract.TestDocs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegexUtilizationReviewExtractorTest {
  private final RegexUtilizationReviewExtractor extractor = new RegexUtilizationReviewExtractor();

  private ReviewFacts review(String text) {
    return extractor.extract(TestDocs.record(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The original utilization review (11-22-16) denied a request for an MRI.|2016-11-22|denied",
      "On 12-12-2016 Utilization Review non-certified a request for Norco.|2016-12-12|non-certified",
      "According to utilization review dated December 23, 2016, the request is non-certified.|2016-12-23|non-certified",
      "In a utilization review report dated November 17, 2016, the claims administrator failed to approve a request for a shoulder MRI.|2016-11-17|denied",
      "The UR dated 1-19-17 modified the request for physical therapy to 6 sessions.|2017-01-19|modified",
      "A prior determination dated 11/23/2016 found the request not medically necessary.|2016-11-23|denied",
      "The original utilization review (10-4-16) certified the carpal tunnel release.|2016-10-04|certified",
      "In a utilization review report dated December 7, 2016, the claims administrator partially approved a request for 9 sessions.|2016-12-07|modified"})
  void normalisesOutcomeAndFindsItsDate(String text, String date, String outcome) {
    ReviewFacts r = review(text);
    assertEquals(outcome, r.outcome().value());
    assertEquals(date, r.date().value());
  }

  @Test
  void anAuthorizedPartOfTheOriginalRequestIsAModification() {
    ReviewFacts r = review("Norco 10/325mg #60 was the original request. Norco 10/325mg #25 was"
        + " authorized by the Claims Administrator. On 11-15-2016, the Utilization Review modified"
        + " the request.");
    assertEquals("modified", r.outcome().value());
    assertEquals("2016-11-15", r.date().value());
  }

  @Test
  void takesTheDateOfTheReviewSentenceBefore() {
    ReviewFacts r = review("The request was previously reviewed on 11/30/2016. The requested"
        + " therapy was previously denied due to lack of functional improvement.");
    assertEquals("denied", r.outcome().value());
    assertEquals("2016-11-30", r.date().value());
  }

  @Test
  void noReviewNoFacts() {
    ReviewFacts r = review("The physician requested an MRI on 3/2/16. It was approved by the patient.");
    assertFalse(r.found());
    assertNull(r.date());
  }
}
