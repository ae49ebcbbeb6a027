package org.imrx.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.imrx.InputException;
import org.imrx.extract.CasePipeline;
import org.imrx.ingest.TikaDocumentReader;

/**
 * Throughput of extraction against Tika alone on the same files and the same Tika
 * configuration: documents per second, medians of several timed repetitions after warm-up, one
 * thread and several, and the peak heap used. Files are read into memory first so that disk
 * speed is not measured. Not thread-safe; one run at a time.
 */
public final class ExtractBenchmark {
  /** One measured configuration: its name and the documents per second of each repetition. */
  public record Result(String name, double[] docsPerSecond) {
    public double median() {
      double[] s = docsPerSecond.clone();
      Arrays.sort(s);
      int n = s.length;
      return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
  }

  private final TikaDocumentReader reader;
  private final CasePipeline pipeline;
  private final int warmups;
  private final int repetitions;

  public ExtractBenchmark(TikaDocumentReader reader, CasePipeline pipeline, int warmups,
      int repetitions) {
    this.reader = reader;
    this.pipeline = pipeline;
    this.warmups = warmups;
    this.repetitions = repetitions;
  }

  private interface Work {
    void run(String name, byte[] bytes) throws Exception;
  }

  /** Runs Tika alone and extraction on one thread, and extraction on {@code threads} threads. */
  public List<Result> run(List<Path> files, int threads, PrintStream log) throws IOException {
    List<String> names = new ArrayList<>();
    List<byte[]> docs = new ArrayList<>();
    for (Path f : files) {
      names.add(f.toString());
      docs.add(Files.readAllBytes(f));
    }
    Work tika = (name, bytes) -> reader.tikaOnly(bytes);
    Work extract = (name, bytes) -> {
      try {
        pipeline.extract(reader.read(name, bytes));
      } catch (InputException e) {
        // A document that fails costs its time like any other; the benchmark goes on.
      }
    };
    resetPeaks();
    List<Result> out = new ArrayList<>();
    out.add(measure("tika only, 1 thread", names, docs, tika, 1, log));
    out.add(measure("extract, 1 thread", names, docs, extract, 1, log));
    if (threads > 1) {
      out.add(measure("extract, " + threads + " threads", names, docs, extract, threads, log));
    }
    return out;
  }

  private Result measure(String label, List<String> names, List<byte[]> docs, Work work,
      int threads, PrintStream log) {
    for (int i = 0; i < warmups; i++) {
      pass(names, docs, work, threads);
    }
    double[] rates = new double[repetitions];
    for (int i = 0; i < repetitions; i++) {
      long t0 = System.nanoTime();
      pass(names, docs, work, threads);
      double seconds = (System.nanoTime() - t0) / 1e9;
      rates[i] = docs.size() / seconds;
      log.printf(Locale.ROOT, "%s: repetition %d: %.1f docs/s%n", label, i + 1, rates[i]);
    }
    return new Result(label, rates);
  }

  private static void pass(List<String> names, List<byte[]> docs, Work work, int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> jobs = new ArrayList<>();
      for (int i = 0; i < docs.size(); i++) {
        int k = i;
        jobs.add(pool.submit(() -> {
          try {
            work.run(names.get(k), docs.get(k));
          } catch (Exception e) {
            // Failures are part of the workload; they are counted like successes.
          }
        }));
      }
      for (Future<?> f : jobs) {
        f.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("benchmark interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  /** The sum of the heap pools' peak usage since the run began, in bytes. */
  public static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
