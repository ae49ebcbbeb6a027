package org.imrx.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.imrx.extract.letter.GuidelineParser;
import org.imrx.model.Guideline;
import org.imrx.model.GuidelineSource;
import org.imrx.text.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GuidelineParserTest {
  private final GuidelineParser parser = new GuidelineParser();

  private Guideline one(String paragraph) {
    List<GuidelineParser.Located> found = parser.parse(paragraph, new Span(0, paragraph.length()));
    assertEquals(1, found.size());
    return found.get(0).guideline();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Decision based on MTUS Forearm, Wrist, and Hand Complaints 2004, Section(s): Special Studies.|MTUS|Forearm, Wrist, and Hand Complaints",
      "Decision based on MTUS Chronic Pain Medical Treatment 2016 Guidelines, Section(s): NSAIDs.|MTUS|Chronic Pain Medical Treatment",
      "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Low Back (Thoracic and Lumbar), Epidural.|ODG|Low Back",
      "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Shoulder/MR Arthrogram.|ODG|Shoulder",
      "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Knee and Leg Chapter, DME.|ODG|Knee and Leg"})
  void readsSourceAndChapter(String paragraph, GuidelineSource source, String chapter) {
    Guideline g = one(paragraph);
    assertEquals(source, g.source());
    assertEquals(chapter, g.chapter());
  }

  @Test
  void otherCitationsHaveNoChapter() {
    Guideline g = one("Decision based on Non-MTUS Citation Sildenafil: Drug information, accessed from"
        + " UpToDate.com on 12/17/2016.");
    assertEquals(GuidelineSource.OTHER, g.source());
    assertNull(g.chapter());
    assertEquals("Non-MTUS Citation Sildenafil: Drug information, accessed from UpToDate.com on 12/17/2016",
        g.citation());
  }

  @Test
  void sectionsKeepTheirInnerCommas() {
    Guideline g = one("Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): TENS,"
        + " chronic pain (transcutaneous electrical nerve stimulation), Functional improvement.");
    assertEquals(List.of("TENS, chronic pain (transcutaneous electrical nerve stimulation)",
        "Functional improvement"), g.sections());
  }
}
