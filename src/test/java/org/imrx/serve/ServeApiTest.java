package org.imrx.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.imrx.model.CaseJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP API over a real server on a loopback port: answers, errors, limits, malformed uploads. */
class ServeApiTest {
  private static ServeFixture f;
  private static ServeFixture small;

  @BeforeAll
  static void start() throws Exception {
    f = new ServeFixture();
    small = new ServeFixture(null, ServerLimits.DEFAULT.withUpload(64 * 1024, 16 * 1024, 3)
        .withIdleTimeout(Duration.ofSeconds(2)));
  }

  @AfterAll
  static void stop() {
    f.close();
    small.close();
  }

  static JsonNode json(HttpResponse<String> r) throws IOException {
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
        "JSON expected, got " + r.headers().firstValue("Content-Type"));
    return CaseJson.mapper().readTree(r.body());
  }

  /** An error answer: the status, as JSON {status, message}. */
  static String error(HttpResponse<String> r, int status) throws IOException {
    assertEquals(status, r.statusCode(), r.body());
    JsonNode n = json(r);
    assertEquals(status, n.get("status").asInt());
    assertTrue(n.get("message").asText().length() > 3);
    return n.get("message").asText();
  }

  @Test
  void healthAnswersOk() throws Exception {
    HttpResponse<String> r = f.get("/health");
    assertEquals(200, r.statusCode());
    assertEquals("ok", json(r).get("status").asText());
    assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null));
    assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
    assertTrue(r.headers().firstValue("Server").isEmpty(), "no server version is sent");
  }

  @Test
  void openApiDescribesEveryRouteAndNothingElse() throws Exception {
    JsonNode paths = json(f.get("/openapi.json")).get("paths");
    Set<String> described = new HashSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      e.getValue().fieldNames().forEachRemaining(m -> described.add(m.toUpperCase() + " " + e.getKey()));
    }
    Set<String> served = new HashSet<>();
    f.server.routes().forEach(r -> served.add(r.method() + " " + r.pattern()));
    assertEquals(served, described);
  }

  @Test
  void searchReturnsHitsFacetsAndStatistics() throws Exception {
    JsonNode r = json(f.get("/api/search?q=physical%20therapy"));
    assertTrue(r.get("items").asLong() >= 2, r.toString());
    assertTrue(r.get("cases").asLong() >= 2);
    assertEquals("physical therapy", r.get("query").asText());
    JsonNode hit = r.get("hits").get(0);
    assertNotNull(hit.get("caseId").asText());
    assertTrue(hit.get("items").size() > 0);
    Set<String> facets = new HashSet<>();
    r.get("facets").forEach(x -> facets.add(x.get("field").asText()));
    assertEquals(Set.copyOf(PrecedentSearch.FACETS), facets);
    JsonNode stats = r.get("stats");
    assertEquals(r.get("items").asLong(), stats.get("upheld").asLong() + stats.get("overturned").asLong());
  }

  @Test
  void filtersNarrowTheResults() throws Exception {
    long all = json(f.get("/api/search")).get("items").asLong();
    JsonNode r = json(f.get("/api/search?f=decision:Overturned"));
    assertTrue(r.get("items").asLong() > 0 && r.get("items").asLong() < all);
    r.get("hits").forEach(h -> h.get("items").forEach(i -> assertEquals("OVERTURNED", i.get("decision").asText())));
    assertEquals(0, r.get("stats").get("upheld").asLong());
  }

  @Test
  void pagingSplitsTheCases() throws Exception {
    JsonNode one = json(f.get("/api/search?size=2&page=1"));
    JsonNode two = json(f.get("/api/search?size=2&page=2"));
    assertEquals(2, one.get("hits").size());
    assertFalse(one.get("hits").get(0).get("caseId").equals(two.get("hits").get(0).get("caseId")));
  }

  @Test
  void badSearchParametersAre400() throws Exception {
    error(f.get("/api/search?f=nofield:x"), 400);
    error(f.get("/api/search?f=decision"), 400);
    error(f.get("/api/search?q=%22unbalanced"), 400);
    error(f.get("/api/search?page=0"), 400);
    error(f.get("/api/search?size=abc"), 400);
    error(f.get("/api/search?q=" + "a".repeat(1200)), 400);
  }

  @Test
  void caseByIdAndItsSimilarCases() throws Exception {
    String id = ServeFixture.cases().get(0).id();
    JsonNode c = json(f.get("/api/cases/" + id));
    assertEquals(id, c.get("caseNumber").asText());
    assertFalse(c.has("content"), "text only when asked");
    assertTrue(json(f.get("/api/cases/" + id + "?withText=true")).get("content").asText().length() > 100);
    JsonNode similar = json(f.get("/api/cases/" + id + "/similar?limit=2")).get("precedents");
    assertEquals(2, similar.size());
    similar.forEach(p -> assertFalse(p.get("caseId").asText().equals(id)));
    error(f.get("/api/cases/CM00-0000000"), 404);
    error(f.get("/api/cases/CM00-0000000/similar"), 404);
  }

  @Test
  void extractReadsUploadedDocuments() throws Exception {
    var m = ServeFixture.Multipart.of("report.txt", ServeFixture.resource("serve/progress-report-synthetic.txt"),
        "letter.txt", ServeFixture.resource("letters/synthetic-letter.txt"),
        "empty.txt", new byte[0]);
    JsonNode r = json(f.post("/api/extract", m.contentType(), m.body()));
    assertEquals(2, r.get("cases").size());
    assertEquals("report.txt", r.get("cases").get(0).get("source").get("path").asText());
    assertEquals("CM19-0123456", r.get("cases").get(1).get("caseNumber").asText());
    assertFalse(r.get("cases").get(0).has("content"));
    assertEquals(1, r.get("errors").size());
    assertEquals("empty", r.get("errors").get(0).get("error").get("type").asText());
    assertTrue(r.get("indexed").isNull(), "not indexed unless asked");
    assertEquals(ServeFixture.LETTERS.size(), f.precedents.size());
  }

  @Test
  void extractAddsToTheIndexOnlyWhenAsked() throws Exception {
    try (ServeFixture own = new ServeFixture()) {
      var m = ServeFixture.Multipart.of("report.txt", ServeFixture.resource("serve/progress-report-synthetic.txt"));
      long before = own.precedents.size();
      own.post("/api/extract", m.contentType(), m.body());
      assertEquals(before, own.precedents.size());
      JsonNode r = json(own.post("/api/extract?index=true", m.contentType(), m.body()));
      assertEquals(1, r.get("indexed").asInt());
      assertEquals(before + 1, own.precedents.size());
    }
  }

  @Test
  void summarizeDraftsWithEvidence() throws Exception {
    var m = ServeFixture.Multipart.of("report.txt", ServeFixture.resource("serve/progress-report-synthetic.txt"));
    JsonNode d = json(f.post("/api/summarize", m.contentType(), m.body()));
    assertTrue(d.get("text").asText().contains("38 year old female"), d.get("text").asText());
    JsonNode fact = d.get("sentences").get(0).get("facts").get(0);
    assertEquals("report.txt", fact.get("evidence").get(0).get("path").asText());
    var bad = ServeFixture.Multipart.of("empty.txt", new byte[0]);
    error(f.post("/api/summarize", bad.contentType(), bad.body()), 422);
  }

  @Test
  void similarRanksPriorCasesForUploads() throws Exception {
    var m = ServeFixture.Multipart.of("letter.txt", ServeFixture.resource("letters/synthetic-letter.txt"));
    JsonNode p = json(f.post("/api/similar?limit=3", m.contentType(), m.body())).get("precedents");
    assertEquals(3, p.size());
    p.forEach(x -> assertNotNull(x.get("outcome")));
  }

  @Test
  void uploadsThatAreNotMultipartAre415() throws Exception {
    error(f.post("/api/extract", "application/json", "{}".getBytes(StandardCharsets.UTF_8)), 415);
    error(f.post("/api/extract", "text/plain", "hello".getBytes(StandardCharsets.UTF_8)), 415);
  }

  @Test
  void malformedMultipartIs400WithAReason() throws Exception {
    error(f.post("/api/extract", "multipart/form-data", "x".getBytes(StandardCharsets.UTF_8)), 400);
    String garbage = "this is not multipart at all\r\n\r\n";
    error(f.post("/api/extract", "multipart/form-data; boundary=abc", garbage.getBytes(StandardCharsets.UTF_8)), 400);
    String truncated = "--abc\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n\r\nsome text";
    error(f.post("/api/extract", "multipart/form-data; boundary=abc", truncated.getBytes(StandardCharsets.UTF_8)), 400);
    String badHeader = "--abc\r\nNo header here without colon\r\n\r\nx\r\n--abc--\r\n";
    int status = f.post("/api/extract", "multipart/form-data; boundary=abc", badHeader.getBytes(StandardCharsets.UTF_8))
        .statusCode();
    assertTrue(status >= 400 && status < 500, "got " + status);
    String noFiles = "--abc\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--abc--\r\n";
    assertTrue(error(f.post("/api/extract", "multipart/form-data; boundary=abc",
        noFiles.getBytes(StandardCharsets.UTF_8)), 400).contains("no files"));
  }

  @Test
  void uploadsOverTheLimitsAre413() throws Exception {
    var big = ServeFixture.Multipart.of("big.txt", "word ".repeat(20_000).getBytes(StandardCharsets.UTF_8));
    error(small.post("/api/extract", big.contentType(), big.body()), 413);
    var file = ServeFixture.Multipart.of("file.txt", "word ".repeat(4_000).getBytes(StandardCharsets.UTF_8));
    error(small.post("/api/extract", file.contentType(), file.body()), 413);
    byte[] tiny = "Date of injury: 01/02/2020".getBytes(StandardCharsets.UTF_8);
    var many = ServeFixture.Multipart.of("1.txt", tiny, "2.txt", tiny, "3.txt", tiny, "4.txt", tiny);
    assertTrue(error(small.post("/api/extract", many.contentType(), many.body()), 413).contains("files"));
    // A declared length over the limit is refused before the body is read.
    String answer = raw(small, "POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + "Content-Type: multipart/form-data; boundary=abc\r\nContent-Length: 999999999\r\n\r\n");
    assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
    assertTrue(answer.contains("{\"status\":413,"), answer);
  }

  @Test
  void otherBodiesOverTheirLimitAre413() throws Exception {
    String body = "token=" + "x".repeat((int) ServerLimits.DEFAULT.maxBodyBytes());
    HttpResponse<String> r = f.post("/login", "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8));
    assertEquals(413, r.statusCode());
    assertTrue(r.body().contains("over the limit"), "a page saying why");
  }

  @Test
  void aStalledUploadIsCutOffNotHung() throws Exception {
    try (Socket s = new Socket("127.0.0.1", small.server.port())) {
      s.setSoTimeout(20_000);
      OutputStream out = s.getOutputStream();
      String head = "POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=abc\r\n"
          + "Content-Length: 5000\r\n\r\n--abc\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n\r\nabc";
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      long t0 = System.nanoTime();
      String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
      double seconds = (System.nanoTime() - t0) / 1e9;
      assertTrue(seconds < 15, "answered or closed within the idle timeout, took " + seconds);
      assertTrue(answer.isEmpty() || answer.startsWith("HTTP/1.1 4"), answer);
    }
  }

  @Test
  void unknownRoutesAndMethodsAnswerJson() throws Exception {
    error(f.get("/api/nothing"), 404);
    error(f.post("/api/search", "text/plain", new byte[0]), 405);
    error(f.get("/api/extract"), 405);
  }

  @Test
  void aForeignHostHeaderIsRefused() throws Exception {
    String answer = raw(f, "GET /api/search HTTP/1.1\r\nHost: evil.example:8080\r\nConnection: close\r\n\r\n");
    assertTrue(answer.startsWith("HTTP/1.1 421"), answer);
    assertTrue(raw(f, "GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").startsWith("HTTP/1.1 200"));
  }

  @Test
  void aCrossOriginPostIsRefused() throws Exception {
    var m = ServeFixture.Multipart.of("report.txt", ServeFixture.resource("serve/progress-report-synthetic.txt"));
    error(f.post("/api/extract", m.contentType(), m.body(), "Origin", "http://evil.example"), 403);
    assertEquals(200, f.post("/api/extract", m.contentType(), m.body(), "Origin",
        "http://127.0.0.1:" + f.server.port()).statusCode());
  }

  @Test
  void malformedRequestsAnswerJsonWithoutEchoingThem() throws Exception {
    String answer = raw(f, "GET /api/search?q=secret HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header Line\r\n\r\n");
    assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
    assertFalse(answer.contains("secret"));
    assertFalse(answer.contains("Bad Header"));
  }

  static String raw(ServeFixture fx, String request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", fx.server.port())) {
      s.setSoTimeout(10_000);
      s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      s.getOutputStream().flush();
      InputStream in = s.getInputStream();
      byte[] buf = new byte[8192];
      int n = in.read(buf);
      return n <= 0 ? "" : new String(buf, 0, n, StandardCharsets.US_ASCII);
    }
  }
}
