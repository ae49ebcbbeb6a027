package org.imrx.cli;

import java.time.Duration;
import org.imrx.ingest.IngestLimits;
import picocli.CommandLine.Option;

/** Bounds on reading documents, shared by every command that reads them. */
public final class IngestOptions {
  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
      description = "Give up on a document after this many seconds (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Option(names = "--max-chars", paramLabel = "N", defaultValue = "5000000",
      description = "Keep at most N characters of a document's text; more is cut with a warning"
          + " (default: ${DEFAULT-VALUE}).")
  int maxChars;

  @Option(names = "--no-ocr", description = "Do not OCR pages without a text layer, even where"
      + " Tesseract is installed.")
  boolean noOcr;

  IngestLimits limits() {
    if (timeoutSeconds <= 0 || maxChars <= 0) {
      throw new picocli.CommandLine.ParameterException(
          new picocli.CommandLine(this), "--timeout and --max-chars must be positive");
    }
    return IngestLimits.DEFAULT.withTimeout(Duration.ofSeconds(timeoutSeconds))
        .withMaxChars(maxChars).withOcr(!noOcr);
  }
}
