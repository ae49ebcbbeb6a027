package org.imrx.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.imrx.InputException;
import org.imrx.extract.BatchExtractor;
import org.imrx.extract.BatchResult;
import org.imrx.extract.CasePipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/** The per-document time limit stops a parser that never returns, and a batch goes on past it. */
class ReadTimeoutTest {
  private static final Duration LIMIT = Duration.ofMillis(500);

  /**
   * Parses like Tika, except that a document starting with "STALL" never finishes: it waits to be
   * interrupted, or with {@code deaf} spins on, ignoring interrupts, for two seconds.
   */
  private static final class StallingParser implements Parser {
    private final Parser tika = new AutoDetectParser();
    private final boolean deaf;

    StallingParser(boolean deaf) {
      this.deaf = deaf;
    }

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
      return tika.getSupportedTypes(context);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata,
        ParseContext context) throws IOException, SAXException, TikaException {
      stream.mark(5);
      byte[] head = stream.readNBytes(5);
      stream.reset();
      if (!"STALL".equals(new String(head, StandardCharsets.US_ASCII))) {
        tika.parse(stream, handler, metadata, context);
        return;
      }
      long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
      while (System.nanoTime() < until) {
        if (!deaf) {
          try {
            Thread.sleep(10_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TikaException("interrupted");
          }
        }
      }
    }
  }

  private static final byte[] STALL =
      "STALL: a progress note that never finishes parsing.\n".getBytes(StandardCharsets.UTF_8);
  private static final byte[] GOOD = ("PROGRESS NOTE\nSUBJECTIVE: Neck pain is better.\n"
      + "OBJECTIVE: Full range of motion of the neck.\n").getBytes(StandardCharsets.UTF_8);

  @Test
  void aParserThatNeverReturnsIsStoppedAtTheLimit() {
    for (boolean deaf : new boolean[] {false, true}) {
      TikaDocumentReader reader = new TikaDocumentReader(
          IngestLimits.DEFAULT.withTimeout(LIMIT).withOcr(false), new StallingParser(deaf));
      InputException e = assertTimeoutPreemptively(Duration.ofSeconds(4),
          () -> assertThrows(InputException.class, () -> reader.read("stalls.txt", STALL)));
      assertEquals("timeout", e.type());
      assertTrue(e.getMessage().startsWith("stalls.txt: "), e.getMessage());
      assertFalse(e.getMessage().contains("progress note"), e.getMessage());
    }
  }

  @Test
  void theBatchGoesOnAfterATimeout(@TempDir Path dir) throws Exception {
    Path stalls = Files.write(dir.resolve("a-stalls.txt"), STALL);
    Path good = Files.write(dir.resolve("b-good.txt"), GOOD);
    TikaDocumentReader reader = new TikaDocumentReader(
        IngestLimits.DEFAULT.withTimeout(LIMIT).withOcr(false), new StallingParser(false));
    BatchExtractor batch = new BatchExtractor(reader, CasePipeline.load());
    List<BatchResult> results = new ArrayList<>();
    batch.run(List.of(stalls, good), 1, results::add);
    assertEquals(2, results.size());
    BatchResult.Failed failed = assertInstanceOf(BatchResult.Failed.class, results.get(0));
    assertEquals("timeout", failed.value().error().type());
    assertTrue(failed.value().error().message().contains("a-stalls.txt"));
    assertInstanceOf(BatchResult.Extracted.class, results.get(1));
  }
}
