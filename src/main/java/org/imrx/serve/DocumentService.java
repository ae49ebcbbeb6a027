package org.imrx.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.imrx.InputException;
import org.imrx.extract.CasePipeline;
import org.imrx.ingest.DocumentReader;
import org.imrx.ingest.SourceDocument;
import org.imrx.model.ErrorRecord;
import org.imrx.model.Source;
import org.imrx.summary.CaseDocument;
import org.imrx.summary.CaseFile;
import org.imrx.summary.Draft;
import org.imrx.summary.DraftWarning;
import org.imrx.summary.SummaryDrafter;

/**
 * Extraction and summary drafting of uploaded documents: the same reader, pipeline and drafter
 * as {@code imrx extract} and {@code imrx summarize}, applied to bytes held in memory. At most
 * {@link ServerLimits#extractions()} requests extract at once; others wait up to
 * {@link ServerLimits#busyWait()}, then get 503. Thread-safe.
 */
public final class DocumentService {
  private final DocumentReader reader;
  private final CasePipeline pipeline;
  private final SummaryDrafter drafter;
  private final Semaphore gate;
  private final ServerLimits limits;

  public DocumentService(DocumentReader reader, CasePipeline pipeline, SummaryDrafter drafter,
      ServerLimits limits) {
    this.reader = reader;
    this.pipeline = pipeline;
    this.drafter = drafter;
    this.limits = limits;
    this.gate = new Semaphore(limits.extractions(), true);
  }

  /** The uploaded documents read into cases (with their text) and the ones that could not be. */
  public record Extraction(CaseFile file, List<ErrorRecord> errors) {
    public Extraction {
      errors = List.copyOf(errors);
    }
  }

  /** Reads each upload into a case; a document that cannot be read gets an error record. */
  public Extraction extract(List<Upload> uploads) {
    acquire();
    try {
      List<CaseDocument> docs = new ArrayList<>();
      List<DraftWarning> failures = new ArrayList<>();
      List<ErrorRecord> errors = new ArrayList<>();
      for (Upload u : uploads) {
        try {
          SourceDocument d = reader.read(u.name(), u.bytes());
          docs.add(new CaseDocument("d" + (docs.size() + 1), pipeline.extract(d), d.pageStarts()));
        } catch (InputException e) {
          errors.add(error(u.name(), e.type(), e.getMessage()));
          failures.add(new DraftWarning(u.name(), e.type(), e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
          String m = u.name() + ": extraction failed (" + e.getClass().getSimpleName() + ")";
          errors.add(error(u.name(), "internal", m));
          failures.add(new DraftWarning(u.name(), "internal", m));
        }
      }
      return new Extraction(new CaseFile(docs, failures), errors);
    } finally {
      gate.release();
    }
  }

  /**
   * A file read again for its text: the case extracted from it (with {@code content}) when the file
   * is there and still holds the bytes whose SHA-256 is given; empty otherwise (moved, changed,
   * unreadable). Lets an index that stores cases without their text show the text beside them.
   */
  public java.util.Optional<org.imrx.model.Case> reread(java.nio.file.Path file, String sha256) {
    if (sha256 == null || !java.nio.file.Files.isRegularFile(file)) {
      return java.util.Optional.empty();
    }
    acquire();
    try {
      SourceDocument d = reader.read(file);
      return sha256.equals(d.source().sha256()) ? java.util.Optional.of(pipeline.extract(d))
          : java.util.Optional.empty();
    } catch (InputException | RuntimeException | StackOverflowError e) {
      return java.util.Optional.empty();
    } finally {
      gate.release();
    }
  }

  /** The summary draft of a case file. */
  public Draft summarize(CaseFile file) {
    return drafter.draft(file);
  }

  private void acquire() {
    try {
      if (!gate.tryAcquire(limits.busyWait().toMillis(), TimeUnit.MILLISECONDS)) {
        throw new HttpError(503, "the server is busy extracting other uploads; try again shortly");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HttpError(503, "interrupted while waiting to extract");
    }
  }

  private static ErrorRecord error(String name, String type, String message) {
    return new ErrorRecord(new Source(name, null, null, null), new ErrorRecord.Error(type, message));
  }
}
