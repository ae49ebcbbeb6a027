package org.imrx.summary.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.imrx.lexicon.BodyPartLexicon;
import org.imrx.model.Case;
import org.imrx.model.CaseJson;
import org.imrx.model.Dates;
import org.imrx.model.Diagnosis;
import org.imrx.model.DocumentType;
import org.imrx.model.Evidence;
import org.imrx.model.Patient;
import org.imrx.model.Reviewer;
import org.imrx.model.Source;
import org.imrx.summary.CaseFile;
import org.imrx.summary.Draft;
import org.imrx.summary.SoftMatchCaseMerger;
import org.imrx.summary.TemplateSummaryDrafter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DraftRendererTest {
  static final String HOSTILE = "Note <script>alert('x')</script> & \"quotes\"\n"
      + "Assessment: pain <b>score</b> > 3 & worse.\nThe patient is a 40 year old male.";
  static CaseFile file;
  static Draft draft;

  @BeforeAll
  static void draft() throws Exception {
    String dx = "pain <b>score</b> > 3 & worse";
    int at = HOSTILE.indexOf(dx);
    int age = HOSTILE.indexOf("40 year old male");
    Case c = new Case(new Source("a<b>&\".txt", "ab".repeat(32), "text/plain", null),
        DocumentType.MEDICAL_RECORD, null, Dates.NONE, null, new Patient(40, "male"), Reviewer.NONE, null,
        java.util.List.of(), java.util.List.of(new Diagnosis(dx, null, null, null, null,
            new Evidence(at, at + dx.length(), null))), java.util.List.of(), java.util.List.of(),
        java.util.List.of(), java.util.List.of(), java.util.List.of(), null, null, java.util.List.of(),
        new java.util.TreeMap<>(java.util.Map.of("patient.age", new Evidence(age, age + 16, null),
            "patient.sex", new Evidence(age + 12, age + 16, null))), java.util.List.of(), HOSTILE);
    file = CaseFile.of(c);
    draft = new TemplateSummaryDrafter(new SoftMatchCaseMerger(BodyPartLexicon.load())).draft(file);
  }

  @Test
  void htmlEscapesDocumentAndDraftTextAndLinksEachFactToItsPassage() {
    String html = new HtmlDraftRenderer().render(draft, file);
    assertFalse(html.contains("<script>alert"), "document text is never markup");
    assertFalse(html.contains("<b>score"));
    assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    Document page = Jsoup.parse(html);
    assertEquals(1, page.select("script").size(), "only the page's own script");
    assertEquals(HOSTILE, page.selectFirst("pre").wholeText(), "the document's text, whole and unchanged");
    Element fact = page.select("a.fact").stream().filter(a -> a.text().startsWith("pain")).findFirst().orElseThrow();
    assertEquals("pain <b>score</b> > 3 & worse", fact.text());
    String target = fact.attr("href").substring(1);
    Element anchor = page.getElementById(target);
    assertTrue(anchor != null, "the passage has its anchor");
    String marked = String.join("", page.select("mark").stream()
        .filter(m -> (" " + m.attr("data-ev") + " ").contains(" " + target + " ")).map(Element::wholeText).toList());
    assertEquals("pain <b>score</b> > 3 & worse", marked, "the highlighted passage is the fact's evidence");
    assertTrue(page.selectFirst("h3").text().contains("a<b>&\".txt"), "the path shown as text");
  }

  @Test
  void jsonHoldsSentencesFactsAndEvidenceWithDocumentHashes() throws Exception {
    JsonNode json = CaseJson.mapper().readTree(new JsonDraftRenderer().render(draft, file));
    assertEquals(draft.text(), json.get("text").asText());
    JsonNode fact = json.at("/sentences/0/facts/0");
    assertEquals("age", fact.get("type").asText());
    assertEquals("d1", fact.at("/evidence/0/document").asText());
    assertEquals("ab".repeat(32), fact.at("/evidence/0/sha256").asText());
    assertTrue(json.get("gaps").isArray());
    assertTrue(json.get("conflicts").isArray());
    assertFalse(json.has("facts"), "facts sit in their sentences only");
  }

  @Test
  void textShowsTheSummaryThenGaps() {
    String text = new TextDraftRenderer().render(draft, file);
    assertTrue(text.startsWith(draft.text()));
    assertTrue(text.contains("Gaps (not documented in these records):"));
    assertTrue(text.contains("No date of injury is documented"));
  }
}
