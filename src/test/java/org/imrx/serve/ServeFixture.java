package org.imrx.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.imrx.ConfigurationException;
import org.imrx.InputException;
import org.imrx.extract.CasePipeline;
import org.imrx.index.CaseIndexer;
import org.imrx.index.IndexSetup;
import org.imrx.ingest.IngestLimits;
import org.imrx.ingest.TikaDocumentReader;
import org.imrx.lexicon.Lexicons;
import org.imrx.model.Case;
import org.imrx.summary.SoftMatchCaseMerger;
import org.imrx.summary.SummaryDrafter;
import org.imrx.summary.TemplateSummaryDrafter;

/**
 * A real server on an ephemeral loopback port over a Lucene index of the project's fictional
 * letters (built in a temporary directory, as {@code imrx index} builds it), for the API, safety
 * and browser tests; its request log is captured. The pipeline and the letters are read once per
 * test JVM; each fixture has an index of its own, removed on close.
 */
public final class ServeFixture implements AutoCloseable {
  /** The project's fictional determination letters (and the test one) that make the index. */
  public static final List<Path> LETTERS = List.of(
      Path.of("corpus/documents/letters/imr-CM19-0150826.docx"),
      Path.of("corpus/documents/letters/imr-CM19-0188304.rtf"),
      Path.of("corpus/documents/case-file/imr-CM19-0117352.pdf"),
      Path.of("src/test/resources/letters/synthetic-letter.txt"));

  private static TikaDocumentReader reader;
  private static CasePipeline pipeline;
  private static SummaryDrafter drafter;
  private static IndexSetup setup;
  private static List<Case> cases;

  public final ImrxServer server;
  public final PrecedentSearch precedents;
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  public final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
      .followRedirects(HttpClient.Redirect.NEVER).build();

  private final Path indexDir;

  public ServeFixture(AccessToken token, ServerLimits limits) throws ConfigurationException, IOException {
    this.indexDir = Files.createTempDirectory("imrx-serve-index-");
    DocumentService documents = documents(limits);
    try (CaseIndexer writer = CaseIndexer.open(indexDir, setup, 100, 16)) {
      for (int i = 0; i < LETTERS.size(); i++) {
        writer.put(cases().get(i), LETTERS.get(i).toAbsolutePath().normalize().toString());
      }
    }
    this.precedents = IndexPrecedents.open(indexDir, setup, documents);
    this.server = new ImrxServer(new ServerConfig("127.0.0.1", 0, token, limits), documents, precedents,
        new PrintStream(log, true, StandardCharsets.UTF_8)).start();
  }

  public ServeFixture() throws ConfigurationException, IOException {
    this(null, ServerLimits.DEFAULT);
  }

  static synchronized DocumentService documents(ServerLimits limits) throws ConfigurationException {
    if (pipeline == null) {
      Lexicons lex = Lexicons.load(null);
      reader = new TikaDocumentReader(IngestLimits.DEFAULT.withOcr(false));
      pipeline = CasePipeline.load(lex);
      drafter = new TemplateSummaryDrafter(new SoftMatchCaseMerger(lex.bodyParts()));
      setup = IndexSetup.load(lex);
    }
    return new DocumentService(reader, pipeline, drafter, limits);
  }

  /** The letters read into cases (with their text). */
  public static synchronized List<Case> cases() throws ConfigurationException {
    if (cases == null) {
      documents(ServerLimits.DEFAULT);
      List<Case> out = new ArrayList<>();
      for (Path p : LETTERS) {
        try {
          out.add(pipeline.extract(reader.read(p)));
        } catch (InputException e) {
          throw new IllegalStateException("test letter unreadable: " + p, e);
        }
      }
      cases = List.copyOf(out);
    }
    return cases;
  }

  public URI uri(String path) {
    return server.uri().resolve(path);
  }

  /** What the server logged so far. */
  public String log() {
    return log.toString(StandardCharsets.UTF_8);
  }

  /** The log once it holds {@code lines} lines (requests are logged just after their answer). */
  public String log(int lines) throws InterruptedException {
    for (int i = 0; i < 100 && log().lines().count() < lines; i++) {
      Thread.sleep(50);
    }
    return log();
  }

  public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET();
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> post(String path, String contentType, byte[] body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
        .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A multipart/form-data body of files ({@code name, bytes} pairs) and its Content-Type. */
  public record Multipart(String contentType, byte[] body) {
    public static Multipart of(Object... nameAndBytes) {
      String boundary = "imrxtest" + UUID.randomUUID().toString().replace("-", "");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (int i = 0; i < nameAndBytes.length; i += 2) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
            + nameAndBytes[i] + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes((byte[]) nameAndBytes[i + 1]);
        out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
      }
      out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      return new Multipart("multipart/form-data; boundary=" + boundary, out.toByteArray());
    }
  }

  public static byte[] resource(String path) {
    try {
      return Files.readAllBytes(Path.of("src/test/resources", path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.close();
    precedents.close();
    try (java.util.stream.Stream<Path> walk = Files.walk(indexDir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
