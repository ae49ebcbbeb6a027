package org.imrx.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.imrx.bench.IndexBenchmark;
import org.imrx.extract.BatchExtractor;
import org.imrx.extract.BatchResult;
import org.imrx.index.IndexSetup;
import org.imrx.index.OpenIndex;
import org.imrx.lexicon.Lexicons;
import org.imrx.model.Case;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code imrx bench index}: indexing throughput, size and query latency at scale. */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = {"Extract the letters given, synthesise --cases cases from them (new identifiers,"
        + " shifted dates, shuffled items), index them with every field into --index (which must be"
        + " new), and print cases per second, bytes on disk per case, and latency p50/p99 of a fixed"
        + " query mix and of similar. Run it under the heap you want to measure.",
        "Example: java -Xmx6g -jar imrx.jar bench index --cases 1000000 --index /tmp/bench-index"
            + " ../shared/corpus/imr-letters/pdf"})
public final class BenchIndexCommand implements Callable<Integer> {
  @ParentCommand BenchCommand parent;
  @Mixin ExtractionOptions extraction;

  @Option(names = "--cases", paramLabel = "N", defaultValue = "1000000", description = "Cases to index (default: ${DEFAULT-VALUE}).")
  long cases;

  @Option(names = "--index", paramLabel = "DIR", required = true, description = "A new directory for the index.")
  Path index;

  @Option(names = "--index-threads", paramLabel = "N", description = "Indexing threads (default: the cores).")
  Integer indexThreads;

  @Option(names = "--ram-buffer", paramLabel = "MB", defaultValue = "256", description = "Lucene's RAM buffer (default: ${DEFAULT-VALUE}).")
  double ramMb;

  @Option(names = "--repetitions", paramLabel = "N", defaultValue = "50", description = "Timed rounds of the query mix (default: ${DEFAULT-VALUE}).")
  int reps;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "10", description = "Untimed rounds first (default: ${DEFAULT-VALUE}).")
  int warmups;

  @Option(names = "--queries-only", description = "Time the queries on an index an earlier run built in --index.")
  boolean queriesOnly;

  @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Letters to synthesise from.")
  List<Path> inputs;

  /** The machine's load average (the figures mean little on a busy machine), where the OS says. */
  private static String loadAverage() {
    double l = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return l < 0 ? "unknown" : String.format(Locale.ROOT, "%.1f on %d cores", l, Runtime.getRuntime().availableProcessors());
  }

  @Override
  public Integer call() throws Exception {
    ImrxCommand root = (ImrxCommand) parent.spec.parent().userObject();
    PrintStream out = root.out;
    if (!queriesOnly && Files.exists(index) && Files.list(index).findAny().isPresent()) {
      throw new CommandLine.ParameterException(new CommandLine(this), index + " is not empty; give a new directory");
    }
    Lexicons lexicons = extraction.lexicons();
    List<Case> templates = new ArrayList<>();
    extraction.run(lexicons, BatchExtractor.expand(inputs), root.err, r -> {
      if (r instanceof BatchResult.Extracted e && !e.value().disputedItems().isEmpty()) {
        templates.add(e.value());
      }
    });
    templates.sort(Comparator.comparing(Case::id));
    IndexSetup setup = IndexSetup.load(lexicons);
    IndexBenchmark bench = new IndexBenchmark(setup, root.err);
    int threads = indexThreads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, indexThreads);
    out.printf(Locale.ROOT, "templates: %d letters; cases: %,d; indexing threads: %d; max heap %d MiB%n",
        templates.size(), cases, threads, Runtime.getRuntime().maxMemory() >> 20);
    if (!queriesOnly) {
      double rate = bench.index(index, templates, cases, threads, ramMb);
      long bytes = 0;
      try (var files = Files.list(index)) {
        for (Path f : files.toList()) {
          bytes += Files.size(f);
        }
      }
      out.printf(Locale.ROOT, "indexed: %.0f cases/s; on disk: %,d bytes = %.0f bytes per case%n", rate, bytes,
          (double) bytes / cases);
    }
    int segments;
    try (OpenIndex open = OpenIndex.open(index, setup, Runtime.getRuntime().availableProcessors())) {
      segments = open.searcher().getIndexReader().leaves().size();
      long t = System.nanoTime();
      open.facetState();
      out.printf(Locale.ROOT, "segments: %d; facet state built in %.0f ms (once per opened index)%n", segments,
          (System.nanoTime() - t) / 1e6);
      out.printf(Locale.ROOT, "%-30s %8s %8s %8s %6s%n", "query (top 10, highlighted)", "min ms", "p50 ms", "p99 ms", "runs");
      for (IndexBenchmark.Latency l : bench.queries(open, warmups, reps)) {
        out.printf(Locale.ROOT, "%-30s %8.1f %8.1f %8.1f %6d%n", l.name(), l.min(), l.percentile(50), l.percentile(99),
            l.millis().length);
      }
      IndexBenchmark.Latency sim = bench.similar(open, templates, Math.min(warmups, templates.size()),
          Math.max(reps, 20));
      out.printf(Locale.ROOT, "%-30s %8.1f %8.1f %8.1f %6d%n", "similar (10 cases + items)", sim.min(),
          sim.percentile(50), sim.percentile(99), sim.millis().length);
      out.printf(Locale.ROOT, "load average while timing: %s%n", loadAverage());
    }
    return ExitCodes.OK;
  }
}
