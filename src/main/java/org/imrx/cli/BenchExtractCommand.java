package org.imrx.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.imrx.ImrxException;
import org.imrx.bench.ExtractBenchmark;
import org.imrx.extract.BatchExtractor;
import org.imrx.extract.CasePipeline;
import org.imrx.ingest.TikaDocumentReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code imrx bench extract}: extraction against Tika alone, documents per second. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Documents per second for extraction and for Tika alone on the same files and"
        + " Tika configuration (medians of timed repetitions after warm-up), and the peak heap.")
public final class BenchExtractCommand implements Callable<Integer> {
  @ParentCommand BenchCommand parent;
  @Mixin IngestOptions ingest;
  @Mixin LexiconOptions lexicons;

  @Parameters(paramLabel = "FILE|DIR", arity = "1..*") List<Path> inputs;

  @Option(names = "--warmup", defaultValue = "1", description = "Warm-up passes (default: ${DEFAULT-VALUE}).")
  int warmups;

  @Option(names = "--repetitions", defaultValue = "5", description = "Timed passes (default: ${DEFAULT-VALUE}).")
  int repetitions;

  @Option(names = "--threads", paramLabel = "N", description = "Threads for the multi-thread figure (default: the cores).")
  Integer threads;

  @Override
  public Integer call() throws Exception {
    ImrxCommand root = (ImrxCommand) parent.spec.parent().userObject();
    List<Path> files = BatchExtractor.expand(inputs);
    if (files.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(parent.spec.commandLine(), "no files to measure");
    }
    long t0 = System.nanoTime();
    CasePipeline pipeline = CasePipeline.load(lexicons.dir);
    TikaDocumentReader reader = new TikaDocumentReader(ingest.limits());
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
    ExtractBenchmark bench = new ExtractBenchmark(reader, pipeline, warmups, repetitions);
    List<ExtractBenchmark.Result> results = bench.run(files, n, root.err);
    root.out.printf(Locale.ROOT, "files: %d, warm-up passes: %d, timed repetitions: %d, max heap: %d MiB,"
            + " OCR: %s%n", files.size(), warmups, repetitions,
        Runtime.getRuntime().maxMemory() >> 20, reader.ocrAvailable() ? "on" : "off");
    root.out.printf(Locale.ROOT, "pipeline load (lexicons, models, Tika): %.2f s%n", loadSeconds);
    double tika = results.get(0).median();
    for (ExtractBenchmark.Result r : results) {
      root.out.printf(Locale.ROOT, "%-24s median %8.1f docs/s  (%.2fx tika only)%n", r.name(),
          r.median(), r.median() / tika);
    }
    root.out.printf(Locale.ROOT, "peak heap used: %d MiB%n", ExtractBenchmark.peakHeapBytes() >> 20);
    return ExitCodes.OK;
  }
}
