package org.imrx.extract.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.imrx.extract.TestDocs;
import org.imrx.lexicon.Lexicons;
import org.imrx.model.TimelineEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RegexTimelineExtractorTest {
  private static RegexTimelineExtractor extractor;

  @BeforeAll
  static void load() throws Exception {
    extractor = new RegexTimelineExtractor(Lexicons.load(null).modalities());
  }

  private static List<TimelineEvent> events(String text) {
    List<TimelineEvent> out = extractor.extract(TestDocs.record(text));
    for (TimelineEvent e : out) {
      String stretch = text.substring(e.evidence().start(), e.evidence().end());
      assertEquals(e.text(), stretch.replaceAll("\\s+", " "), "text is its evidence");
    }
    return out;
  }

  @Test
  void namesEachDatedEventByItsNearestCue() {
    List<TimelineEvent> e = events("The worker sustained an industrial injury on 10-16-16 while"
        + " lifting a box. On 11-2-16 the physician noted ongoing pain. An MRI of the lumbar spine"
        + " dated 11-20-16 revealed a disc protrusion. The patient underwent a lumbar fusion on"
        + " 3/5/2017. Utilization review non-certified the request on 12-1-16. He received an"
        + " epidural injection on 1/10/17.");
    assertEquals(List.of("2016-10-16 injury", "2016-11-02 visit", "2016-11-20 imaging",
        "2016-12-01 ur-decision", "2017-01-10 treatment", "2017-03-05 surgery"),
        e.stream().map(x -> x.date() + " " + x.event()).toList());
  }

  @Test
  void keepsPartialDatesPartialAndOrdersThemFirst() {
    List<TimelineEvent> e = events("She was seen on March 15, 2016 for a follow-up visit."
        + " She was injured in March 2016.");
    assertEquals(List.of("2016-03", "2016-03-15"), e.stream().map(TimelineEvent::date).toList());
    assertEquals("injury", e.get(0).event());
  }

  @Test
  void twoDatesInOneSentenceAreTwoEvents() {
    List<TimelineEvent> e = events("On 11-14-2016 the provider noted there was a closed reduction"
        + " and percutaneous pinning of the right distal radius fracture on 11-9-2016.");
    assertEquals(List.of("2016-11-09 surgery", "2016-11-14 visit"),
        e.stream().map(x -> x.date() + " " + x.event()).toList());
  }

  @Test
  void theInjuredWorkerIsNoInjury() {
    List<TimelineEvent> e = events("On 11-1-16, the injured worker complained of low back pain.");
    assertEquals("visit", e.get(0).event());
    e = events("A Doctor's First Report of Occupational Injury done on 11-17-2016 documents anxiety.");
    assertEquals("visit", e.get(0).event());
  }

  @Test
  void aRequestForAuthorizationIsOther() {
    List<TimelineEvent> e = events("The Request for Authorization dated 10-3-16 is for Norco.");
    assertEquals("other", e.get(0).event());
  }

  @Test
  void oneEventPerDateAndKind() {
    List<TimelineEvent> e = events("Progress notes dated 9-14-16 noted pain. Objective findings"
        + " dated 9-14-16 were notable for tenderness.");
    assertEquals(1, e.size());
    assertTrue(e.get(0).text().startsWith("Progress notes"));
  }

  @Test
  void noDatesNoEvents() {
    assertEquals(List.of(), events("The patient reports low back pain."));
  }

  @Test
  void theTextIsTheClauseWithoutItsHeadingOrListNumber() {
    List<TimelineEvent> e = events("HOSPITAL COURSE: The patient was admitted on 07/24/2008.\n"
        + "PROCEDURES:\n2. Open reduction and internal fixation of the left humerus (July 23, 2008).");
    assertEquals(List.of("Open reduction and internal fixation of the left humerus (July 23, 2008).",
        "The patient was admitted on 07/24/2008."), e.stream().map(TimelineEvent::text).toList());
  }
}
