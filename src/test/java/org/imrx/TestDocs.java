package org.imrx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.imrx.ingest.SourceDocument;
import org.imrx.model.Source;

/** Small helpers to turn test fixtures into documents. */
public final class TestDocs {
  private TestDocs() {}

  public static String resource(String path) {
    try (InputStream in = TestDocs.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public static SourceDocument text(String name, String text) {
    return SourceDocument.ofText(new Source(name, "0".repeat(64), "text/plain", null), text);
  }
}
