package org.imrx.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.imrx.ConfigurationException;
import org.imrx.extract.BatchExtractor;
import org.imrx.extract.BatchResult;
import org.imrx.extract.CasePipeline;
import org.imrx.ingest.TikaDocumentReader;
import org.imrx.lexicon.Lexicons;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What every command that extracts documents shares: reading limits, vocabularies, threads,
 * and the run itself (progress on a terminal, each failure named on standard error).
 */
public final class ExtractionOptions {
  @Mixin IngestOptions ingest;
  @Mixin LexiconOptions lexicons;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the cores).")
  Integer threads;

  int threads() {
    return threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
  }

  /** The vocabularies these options name, loaded and validated. */
  Lexicons lexicons() throws ConfigurationException {
    return Lexicons.load(lexicons.dir);
  }

  /**
   * Extracts the files (loading the vocabularies and the pipeline first), passing each result to
   * {@code sink} in input order; returns how many files failed.
   */
  int run(List<java.nio.file.Path> files, PrintStream err, Consumer<BatchResult> sink)
      throws ConfigurationException {
    return run(lexicons(), files, err, sink);
  }

  /** As {@link #run(List, PrintStream, Consumer)}, with vocabularies the caller loaded once for more. */
  int run(Lexicons vocabularies, List<java.nio.file.Path> files, PrintStream err,
      Consumer<BatchResult> sink) throws ConfigurationException {
    BatchExtractor batch = new BatchExtractor(new TikaDocumentReader(ingest.limits()),
        CasePipeline.load(vocabularies));
    AtomicInteger failed = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    boolean progress = System.console() != null && files.size() > 1;
    batch.run(files, threads(), r -> {
      if (r instanceof BatchResult.Failed f) {
        failed.incrementAndGet();
        err.println("imrx: " + f.value().error().message());
      }
      sink.accept(r);
      if (progress) {
        err.print("\r" + done.incrementAndGet() + "/" + files.size() + " documents");
      }
    });
    if (progress) {
      err.println();
    }
    return failed.get();
  }
}
