package org.imrx.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.imrx.InputException;
import org.imrx.ingest.DocumentReader;
import org.imrx.ingest.SourceDocument;
import org.imrx.model.ErrorRecord;
import org.imrx.model.Source;

/**
 * Reads many files on several threads and hands back one result per file, in input order, so
 * that two runs over the same inputs give the same output. A file that fails gives an error
 * record and the rest goes on. Thread-safe; each call runs its own pool.
 */
public final class BatchExtractor {
  private final DocumentReader reader;
  private final CasePipeline pipeline;

  public BatchExtractor(DocumentReader reader, CasePipeline pipeline) {
    this.reader = reader;
    this.pipeline = pipeline;
  }

  /**
   * Files named, and the regular files under directories named (sorted, hidden ones skipped).
   * A name that does not exist stays in the list so that it gets its error record.
   */
  public static List<Path> expand(List<Path> inputs) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : inputs) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().startsWith("."))
              .sorted()
              .forEach(out::add);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }

  /** Reads one file into a result; never throws for a bad document. */
  public BatchResult one(Path file) {
    String name = file.toString();
    try {
      SourceDocument doc = reader.read(file);
      return new BatchResult.Extracted(name, pipeline.extract(doc));
    } catch (InputException e) {
      return failed(name, e.type(), e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return failed(name, "internal", name + ": extraction failed (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static BatchResult failed(String name, String type, String message) {
    return new BatchResult.Failed(name, new ErrorRecord(new Source(name, null, null, null),
        new ErrorRecord.Error(type, message)));
  }

  /**
   * Processes the files on {@code threads} threads, passing results to {@code sink} in input
   * order as they become available.
   */
  public void run(List<Path> files, int threads, Consumer<BatchResult> sink) {
    if (threads <= 1) {
      files.forEach(f -> sink.accept(one(f)));
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "imrx-extract");
      t.setDaemon(true);
      return t;
    });
    try {
      // A window of pending work keeps memory bounded on directories of thousands of files.
      int window = threads * 4;
      List<Future<BatchResult>> pending = new ArrayList<>();
      int next = 0;
      for (int i = 0; i < files.size(); i++) {
        while (next < files.size() && next < i + window) {
          Path f = files.get(next++);
          pending.add(pool.submit(() -> one(f)));
        }
        sink.accept(pending.get(i).get());
        pending.set(i, null);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      throw new IllegalStateException("extraction failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
