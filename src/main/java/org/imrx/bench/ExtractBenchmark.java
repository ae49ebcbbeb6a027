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
 * configuration: documents per second, medians of several timed repetitions after warm-up (Tika
 * and extraction alternating), one
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
    List<Result> out = new ArrayList<>(measure(List.of("tika only, 1 thread", "extract, 1 thread"),
        List.of(tika, extract), names, docs, 1, log));
    if (threads > 1) {
      out.addAll(measure(List.of("extract, " + threads + " threads"), List.of(extract), names, docs,
          threads, log));
    }
    return out;
  }

  /**
   * Times each work over the documents. Repetitions of the works alternate (Tika, extract, Tika,
   * ...), so a machine that slows or speeds up during the run weighs on both alike.
   */
  private List<Result> measure(List<String> labels, List<Work> works, List<String> names,
      List<byte[]> docs, int threads, PrintStream log) {
    for (int i = 0; i < warmups; i++) {
      for (Work work : works) {
        pass(names, docs, work, threads);
      }
    }
    double[][] rates = new double[works.size()][repetitions];
    for (int i = 0; i < repetitions; i++) {
      for (int w = 0; w < works.size(); w++) {
        long t0 = System.nanoTime();
        pass(names, docs, works.get(w), threads);
        double seconds = (System.nanoTime() - t0) / 1e9;
        rates[w][i] = docs.size() / seconds;
        log.printf(Locale.ROOT, "%s: repetition %d: %.1f docs/s%n", labels.get(w), i + 1, rates[w][i]);
      }
    }
    List<Result> out = new ArrayList<>();
    for (int w = 0; w < works.size(); w++) {
      out.add(new Result(labels.get(w), rates[w]));
    }
    return out;
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
