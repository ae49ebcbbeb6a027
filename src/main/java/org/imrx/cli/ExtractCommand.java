package org.imrx.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.imrx.ImrxException;
import org.imrx.extract.BatchExtractor;
import org.imrx.extract.BatchResult;
import org.imrx.extract.CasePipeline;
import org.imrx.ingest.TikaDocumentReader;
import org.imrx.model.CaseJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code imrx extract}: one structured case per document, as JSON. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Read documents (PDF, DOCX, DOC, RTF, ODT, HTML, TXT) and write one structured"
        + " case per document as JSON. A document that cannot be read gets an error record.")
public final class ExtractCommand implements Callable<Integer> {
  enum Format { json, jsonl }

  @ParentCommand ImrxCommand root;
  @Mixin IngestOptions ingest;
  @Mixin LexiconOptions lexicons;

  @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Documents, or directories of them.")
  List<Path> inputs;

  @Option(names = "--format", defaultValue = "jsonl",
      description = "jsonl (one case a line) or json (indented; an array when there are several"
          + " documents). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--with-text", description = "Add each document's cleaned text as `content`.")
  boolean withText;

  @Option(names = "--out", paramLabel = "FILE", description = "Write there instead of standard output.")
  Path outFile;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the cores).")
  Integer threads;

  @Override
  public Integer call() throws ImrxException, IOException {
    List<Path> files = BatchExtractor.expand(inputs);
    CasePipeline pipeline = CasePipeline.load(lexicons.dir);
    TikaDocumentReader reader = new TikaDocumentReader(ingest.limits());
    BatchExtractor batch = new BatchExtractor(reader, pipeline);
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
    AtomicInteger failed = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    boolean progress = System.console() != null && files.size() > 1;
    try (OutputStream os = outFile == null ? null : Files.newOutputStream(outFile)) {
      PrintStream out = os == null ? root.out : new PrintStream(os, false, StandardCharsets.UTF_8);
      boolean array = format == Format.json && files.size() != 1;
      if (array) {
        out.println("[");
      }
      batch.run(files, n, r -> {
        Object value;
        if (r instanceof BatchResult.Extracted e) {
          value = withText ? e.value() : e.value().withoutContent();
        } else {
          BatchResult.Failed f = (BatchResult.Failed) r;
          failed.incrementAndGet();
          root.err.println("imrx: " + f.value().error().message());
          value = f.value();
        }
        int i = done.incrementAndGet();
        if (format == Format.jsonl) {
          out.println(CaseJson.line(value));
        } else {
          out.print(CaseJson.pretty(value));
          out.println(array && i < files.size() ? "," : "");
        }
        if (progress) {
          root.err.print("\r" + i + "/" + files.size() + " documents");
        }
      });
      if (array) {
        out.println("]");
      }
      out.flush();
    }
    if (progress) {
      root.err.println();
    }
    return failed.get() > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
  }
}
