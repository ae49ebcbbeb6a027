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
  @Mixin ExtractionOptions extraction;

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

  @Override
  public Integer call() throws ImrxException, IOException {
    List<Path> files = BatchExtractor.expand(inputs);
    AtomicInteger done = new AtomicInteger();
    int failed;
    try (OutputStream os = outFile == null ? null : Files.newOutputStream(outFile)) {
      PrintStream out = os == null ? root.out : new PrintStream(os, false, StandardCharsets.UTF_8);
      boolean array = format == Format.json && files.size() != 1;
      if (array) {
        out.println("[");
      }
      failed = extraction.run(files, root.err, r -> {
        Object value = r instanceof BatchResult.Extracted e
            ? (withText ? e.value() : e.value().withoutContent())
            : ((BatchResult.Failed) r).value();
        if (format == Format.jsonl) {
          out.println(CaseJson.line(value));
        } else {
          out.print(CaseJson.pretty(value));
          out.println(array && done.incrementAndGet() < files.size() ? "," : "");
        }
      });
      if (array) {
        out.println("]");
      }
      out.flush();
    }
    return failed > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
  }
}
