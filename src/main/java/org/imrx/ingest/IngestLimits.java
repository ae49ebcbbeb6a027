package org.imrx.ingest;

import java.time.Duration;

/**
 * Bounds on what one document may cost: characters of text kept (the rest is dropped with a
 * warning), wall-clock time to parse it, bytes read. Immutable.
 *
 * @param maxChars characters of extracted text kept per document
 * @param timeout wall-clock limit for parsing one document
 * @param maxBytes documents larger than this are refused before parsing
 * @param ocr whether pages without a text layer are sent to Tesseract when it is installed
 */
public record IngestLimits(int maxChars, Duration timeout, long maxBytes, boolean ocr) {
  public static final IngestLimits DEFAULT =
      new IngestLimits(5_000_000, Duration.ofSeconds(120), 512L * 1024 * 1024, true);

  public IngestLimits {
    if (maxChars <= 0 || maxBytes <= 0 || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  public IngestLimits withMaxChars(int chars) {
    return new IngestLimits(chars, timeout, maxBytes, ocr);
  }

  public IngestLimits withTimeout(Duration t) {
    return new IngestLimits(maxChars, t, maxBytes, ocr);
  }

  public IngestLimits withOcr(boolean on) {
    return new IngestLimits(maxChars, timeout, maxBytes, on);
  }
}
