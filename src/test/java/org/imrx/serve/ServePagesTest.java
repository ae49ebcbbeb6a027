package org.imrx.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrx.serve.web.MarkedText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pages as HTML: what they show, that every document text is escaped, that links are bookmarkable. */
class ServePagesTest {
  private static ServeFixture f;

  @BeforeAll
  static void start() throws Exception {
    f = new ServeFixture();
  }

  @AfterAll
  static void stop() {
    f.close();
  }

  @Test
  void theSearchPageKeepsTheSearchInItsLinks() throws Exception {
    HttpResponse<String> r = f.get("/?q=physical%20therapy&f=decision:Upheld");
    assertEquals(200, r.statusCode());
    String html = r.body();
    assertTrue(html.contains("value=\"physical therapy\""), "the query stays in the box");
    assertTrue(html.contains("name=\"f\" value=\"decision:Upheld\""), "the filter stays in the form");
    assertTrue(html.contains("href=\"/?q=physical%20therapy\""), "removing the filter keeps the query");
    assertTrue(html.contains("href=\"/case/"));
    assertTrue(html.contains("<svg"), "charts");
  }

  @Test
  void theCasePageLinksValuesToMarkedPassages() throws Exception {
    String html = f.get("/case/CM19-0123456").body();
    Matcher links = Pattern.compile("href=\"#(c-\\d+-\\d+)\"").matcher(html);
    int n = 0;
    while (links.find()) {
      assertTrue(html.contains("id=\"" + links.group(1) + "\""), "the passage of " + links.group(1) + " is there");
      n++;
    }
    assertTrue(n >= 10, "values linked: " + n);
    assertTrue(html.contains("Similar prior cases"));
    assertEquals(404, f.get("/case/nothing-here").statusCode());
  }

  @Test
  void uploadedMarkupIsShownAsTextNeverRun() throws Exception {
    var m = ServeFixture.Multipart.of("<script>x</script>.txt", ServeFixture.resource("serve/hostile-synthetic.txt"));
    String html = f.post("/upload", m.contentType(), m.body()).body();
    assertTrue(html.contains("&lt;script&gt;window.__pwned"), "the markup is shown as text");
    assertFalse(html.contains("<script>window"), "never as markup");
    assertFalse(html.contains("<img src=x"));
    assertFalse(html.contains("</pre><script>"));
    assertFalse(html.contains("<script>x</script>"), "file names are escaped too");
  }

  @Test
  void uploadShowsTheDraftSimilarCasesAndADownload() throws Exception {
    var m = ServeFixture.Multipart.of("report.txt", ServeFixture.resource("serve/progress-report-synthetic.txt"));
    String html = f.post("/upload", m.contentType(), m.body()).body();
    assertTrue(html.contains("Clinical case summary (draft)"));
    assertTrue(html.contains("class=\"fact\" href=\"#d1-"), "facts link to their evidence");
    assertTrue(html.contains("Similar prior determinations"));
    assertTrue(html.contains("download=\"imrx-case.json\" href=\"data:application/json;base64,"));
  }

  @Test
  void markedTextEscapesAndNestsOverlappingPassages() {
    String text = "a <b> c & d";
    String html = MarkedText.html(text, List.of(new MarkedText.Passage("p1", 2, 5, "x"),
        new MarkedText.Passage("p2", 4, 11, "y"), new MarkedText.Passage("p3", 9, 99, null)));
    assertFalse(html.contains("<b>"));
    assertTrue(html.contains("<mark data-ev=\"p1 p2\""), html);
    assertTrue(html.contains("id=\"p1\"") && html.contains("id=\"p2\"") && html.contains("id=\"p3\""));
    assertEquals(text, html.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
  }

  @Test
  void markedTextKeepsRandomTextWhole() {
    java.util.Random rnd = new java.util.Random(7);
    for (int round = 0; round < 200; round++) {
      StringBuilder t = new StringBuilder();
      int len = rnd.nextInt(60);
      for (int i = 0; i < len; i++) {
        t.append("ab<>&\"' \n".charAt(rnd.nextInt(9)));
      }
      List<MarkedText.Passage> ps = new java.util.ArrayList<>();
      for (int i = 0; i < rnd.nextInt(6); i++) {
        int s = rnd.nextInt(len + 5);
        ps.add(new MarkedText.Passage("p" + i, s, s + rnd.nextInt(10), "l"));
      }
      String html = MarkedText.html(t.toString(), ps);
      String back = html.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">")
          .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
      assertEquals(t.toString(), back);
    }
  }
}
