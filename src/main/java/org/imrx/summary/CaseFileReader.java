package org.imrx.summary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.imrx.InputException;
import org.imrx.extract.BatchExtractor;
import org.imrx.extract.BatchResult;
import org.imrx.extract.CasePipeline;
import org.imrx.ingest.DocumentReader;
import org.imrx.ingest.SourceDocument;

/**
 * Reads the documents of one case file (files, or every document under a directory) through the
 * extraction pipeline, on several threads, into a {@link CaseFile} in input order. A document
 * that cannot be read becomes a failure naming the file and the reason; the rest goes on.
 * Thread-safe.
 */
public final class CaseFileReader {
  private final DocumentReader reader;
  private final CasePipeline pipeline;

  public CaseFileReader(DocumentReader reader, CasePipeline pipeline) {
    this.reader = reader;
    this.pipeline = pipeline;
  }

  /** Reads every document named (directories expanded) into one case file. */
  public CaseFile read(List<Path> inputs, int threads) throws IOException {
    return readFiles(BatchExtractor.expand(inputs), threads);
  }

  /** Reads each file into a case file of its own, in input order. */
  public List<CaseFile> readEach(List<Path> files, int threads) {
    List<CaseFile> out = new ArrayList<>();
    Map<String, int[]> pages = new ConcurrentHashMap<>();
    new BatchExtractor(recording(pages), pipeline).run(files, threads, r -> {
      List<CaseDocument> docs = new ArrayList<>();
      List<DraftWarning> failures = new ArrayList<>();
      accept(r, pages, docs, failures, "d1");
      out.add(new CaseFile(docs, failures));
    });
    return out;
  }

  private CaseFile readFiles(List<Path> files, int threads) {
    List<CaseDocument> docs = new ArrayList<>();
    List<DraftWarning> failures = new ArrayList<>();
    Map<String, int[]> pages = new ConcurrentHashMap<>();
    new BatchExtractor(recording(pages), pipeline).run(files, threads,
        r -> accept(r, pages, docs, failures, "d" + (docs.size() + 1)));
    return new CaseFile(docs, failures);
  }

  private static void accept(BatchResult r, Map<String, int[]> pages, List<CaseDocument> docs,
      List<DraftWarning> failures, String id) {
    if (r instanceof BatchResult.Extracted e) {
      docs.add(new CaseDocument(id, e.value(), pages.remove(r.path())));
    } else {
      BatchResult.Failed f = (BatchResult.Failed) r;
      failures.add(new DraftWarning(r.path(), f.value().error().type(), f.value().error().message()));
    }
  }

  /** The reader, also keeping where each document's pages begin (the case does not hold it). */
  private DocumentReader recording(Map<String, int[]> pages) {
    return new DocumentReader() {
      @Override
      public SourceDocument read(Path file) throws InputException {
        SourceDocument d = reader.read(file);
        pages.put(file.toString(), d.pageStarts());
        return d;
      }

      @Override
      public SourceDocument read(String name, byte[] bytes) throws InputException {
        SourceDocument d = reader.read(name, bytes);
        pages.put(name, d.pageStarts());
        return d;
      }
    };
  }
}
