package org.imrx.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.imrx.ConfigurationException;
import org.imrx.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Safety of the server: where it may listen, the access token, the login cookie, what it logs. */
class ServeSafetyTest {
  private static final String TOKEN = "test-token-0123456789abcdef";
  private static ServeFixture f;

  @BeforeAll
  static void start() throws Exception {
    f = new ServeFixture(new AccessToken(TOKEN), ServerLimits.DEFAULT);
  }

  @AfterAll
  static void stop() {
    f.close();
  }

  @Test
  void loopbackAddressesAreKnown() {
    for (String h : new String[] {"127.0.0.1", "127.1.2.3", "localhost", "LOCALHOST", "::1", "[::1]", "0:0:0:0:0:0:0:1"}) {
      assertTrue(BindPolicy.isLoopback(h), h);
    }
    for (String h : new String[] {"0.0.0.0", "::", "192.168.1.10", "10.0.0.1", "128.0.0.1", "127.0.0.256",
        "localhost.example.com", "127.0.0.1.example.com", ""}) {
      assertFalse(BindPolicy.isLoopback(h), h);
    }
  }

  @Test
  void anotherAddressWithoutTokenIsRefused() {
    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> new ImrxServer(new ServerConfig("0.0.0.0", 0, null, ServerLimits.DEFAULT),
            ServeFixture.documents(ServerLimits.DEFAULT), f.precedents, null));
    assertTrue(e.getMessage().contains("--token-file"));
  }

  @Test
  void theCommandExitsWithAConfigurationErrorOnARefusedBind(@TempDir Path dir) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"serve", "--index", dir.toString(), "--host", "0.0.0.0", "--port", "0"},
        new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(3, code);
    String message = err.toString(StandardCharsets.UTF_8);
    assertTrue(message.contains("refusing to listen on 0.0.0.0 without --token-file"), message);
  }

  @Test
  void aShortOrMissingTokenFileIsAConfigurationError(@TempDir Path dir) throws Exception {
    Path shortToken = Files.writeString(dir.resolve("token"), "short\n");
    for (Path p : new Path[] {shortToken, dir.resolve("missing")}) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code = Main.run(new String[] {"serve", "--index", dir.toString(), "--token-file", p.toString(), "--port", "0"},
          new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
      assertEquals(3, code, err.toString(StandardCharsets.UTF_8));
      assertFalse(err.toString(StandardCharsets.UTF_8).contains("short"), "the token is never printed");
    }
  }

  @Test
  void healthNeedsNoToken() throws Exception {
    assertEquals(200, f.get("/health").statusCode());
  }

  @Test
  void everythingElseNeedsTheToken() throws Exception {
    for (String path : new String[] {"/api/search", "/openapi.json", "/api/cases/CM19-0123456"}) {
      HttpResponse<String> r = f.get(path);
      ServeApiTest.error(r, 401);
      assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
      ServeApiTest.error(f.get(path, "Authorization", "Bearer wrong-token-0123456789abcdef"), 401);
      assertEquals(200, f.get(path, "Authorization", "Bearer " + TOKEN).statusCode(), path);
    }
    var m = ServeFixture.Multipart.of("r.txt", ServeFixture.resource("serve/progress-report-synthetic.txt"));
    ServeApiTest.error(f.post("/api/extract", m.contentType(), m.body()), 401);
    assertEquals(200, f.post("/api/extract", m.contentType(), m.body(), "Authorization", "Bearer " + TOKEN).statusCode());
  }

  @Test
  void pagesSendToTheLoginFormWhichSetsAStrictHttpOnlyCookie() throws Exception {
    HttpResponse<String> page = f.get("/case/CM19-0123456?x=1");
    assertEquals(303, page.statusCode());
    assertEquals("/login?next=%2Fcase%2FCM19-0123456%3Fx%3D1", page.headers().firstValue("Location").orElse(""));
    assertEquals(200, f.get("/login").statusCode());

    HttpResponse<String> wrong = f.post("/login", "application/x-www-form-urlencoded",
        "token=nope&next=%2F".getBytes(StandardCharsets.UTF_8));
    assertEquals(401, wrong.statusCode());
    assertTrue(wrong.headers().firstValue("Set-Cookie").isEmpty());

    HttpResponse<String> right = f.post("/login", "application/x-www-form-urlencoded",
        ("token=" + TOKEN + "&next=%2Fcase%2FCM19-0123456").getBytes(StandardCharsets.UTF_8));
    assertEquals(303, right.statusCode());
    assertEquals("/case/CM19-0123456", right.headers().firstValue("Location").orElse(""));
    String cookie = right.headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
    assertFalse(cookie.contains(TOKEN), "the cookie holds a digest, not the token");
    String session = cookie.substring(0, cookie.indexOf(';'));
    assertEquals(200, f.get("/case/CM19-0123456", "Cookie", session).statusCode());
    assertEquals(200, f.get("/api/search", "Cookie", session).statusCode());
    assertEquals(401, f.get("/api/search", "Cookie", "imrx_session=forged").statusCode());
  }

  @Test
  void theLoginFormGoesBackOnlyToThisServer() throws Exception {
    HttpResponse<String> r = f.post("/login", "application/x-www-form-urlencoded",
        ("token=" + TOKEN + "&next=%2F%2Fevil.example%2F").getBytes(StandardCharsets.UTF_8));
    assertEquals("/", r.headers().firstValue("Location").orElse(""));
  }

  @Test
  void tokensCompareByValue() throws Exception {
    AccessToken t = new AccessToken(TOKEN);
    assertTrue(t.matches(TOKEN));
    assertFalse(t.matches(TOKEN + "x"));
    assertFalse(t.matches(TOKEN.substring(1)));
    assertFalse(t.matches(null));
    assertThrows(ConfigurationException.class, () -> new AccessToken("with space 0123456789"));
    assertFalse(t.toString().contains(TOKEN));
  }

  @Test
  void theLogNamesRoutesNeverTextValuesQueriesOrFiles() throws Exception {
    try (ServeFixture own = new ServeFixture()) {
      var m = ServeFixture.Multipart.of("Fenwick-claim.txt", ServeFixture.resource("serve/progress-report-synthetic.txt"));
      assertEquals(200, own.post("/api/extract", m.contentType(), m.body()).statusCode());
      assertEquals(200, own.post("/upload", m.contentType(), m.body()).statusCode());
      assertEquals(200, own.get("/api/search?q=supraspinatus&f=decision:Upheld").statusCode());
      assertEquals(200, own.get("/?q=supraspinatus").statusCode());
      assertEquals(200, own.get("/case/CM19-0123456").statusCode());
      assertEquals(404, own.get("/case/CM55-5555555").statusCode());
      assertEquals(404, own.get("/nothing/Fenwick").statusCode());
      String log = own.log(7);
      assertTrue(log.contains("POST /api/extract 200"), log);
      assertTrue(log.contains("GET /case/{id} 200"), log);
      assertTrue(log.contains("GET - 404"), log);
      for (String secret : new String[] {"supraspinatus", "Fenwick", "SYN-2020", "CM19-0123456", "CM55", "Upheld",
          "shoulder", "02/17/2020", "2020-02-17"}) {
        assertFalse(log.contains(secret), "the log holds " + secret + ":\n" + log);
      }
    }
  }
}
