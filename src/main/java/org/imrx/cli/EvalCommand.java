package org.imrx.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.imrx.ImrxException;
import org.imrx.eval.EvalReport;
import org.imrx.eval.EvalResult;
import org.imrx.eval.Evaluator;
import org.imrx.eval.GoldStore;
import org.imrx.eval.Predictions;
import org.imrx.extract.BatchExtractor;
import org.imrx.extract.BatchResult;
import org.imrx.model.CaseJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code imrx eval}: scores cases against gold records (per-field precision, recall, F1 and
 * support; micro and macro averages), as {@code ../shared/tools/score.py} does. The cases are
 * read from a file {@code imrx extract} wrote, or extracted from the documents given.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Score cases against gold records written per the annotation guideline:"
        + " per-field precision, recall, F1 and support, with micro averages (counts pooled over"
        + " fields) and macro averages (mean over fields) of the structured fields, the clinical"
        + " lists and all of them.",
        "Cases are paired with gold records by caseNumber, else by file-name stem."})
public final class EvalCommand implements Callable<Integer> {
  enum Format { text, json }

  @ParentCommand ImrxCommand root;
  @Spec CommandSpec spec;
  @Mixin ExtractionOptions extraction;

  @Option(names = "--gold", paramLabel = "DIR", required = true,
      description = "Directory of gold records (one .json file per document).")
  Path gold;

  @Option(names = "--predictions", paramLabel = "FILE",
      description = "Score cases already written (jsonl, or a .json case or array) instead of extracting.")
  Path predictions;

  @Parameters(paramLabel = "FILE|DIR", arity = "0..*",
      description = "Documents to extract and score, or directories of them.")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--format", defaultValue = "text",
      description = "text (a table) or json. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the report there instead of standard output.")
  Path outFile;

  @Override
  public Integer call() throws ImrxException, IOException {
    if ((predictions == null) == inputs.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "give either --predictions FILE or documents to extract, not both and not neither");
    }
    GoldStore store = GoldStore.load(gold);
    int failed = 0;
    List<JsonNode> cases;
    if (predictions != null) {
      cases = Predictions.read(predictions);
    } else {
      List<JsonNode> extracted = new ArrayList<>();
      failed = extraction.run(BatchExtractor.expand(inputs), root.err, r -> extracted.add(
          Predictions.tree(r instanceof BatchResult.Extracted e ? e.value().withoutContent()
              : ((BatchResult.Failed) r).value())));
      cases = extracted;
    }
    EvalResult result = new Evaluator().evaluate(store, cases);
    EvalReport report = new EvalReport();
    String text = format == Format.json ? CaseJson.pretty(report.json(result)) + System.lineSeparator()
        : report.text(result);
    try (OutputStream os = outFile == null ? null : Files.newOutputStream(outFile)) {
      PrintStream out = os == null ? root.out : new PrintStream(os, false, StandardCharsets.UTF_8);
      out.print(text);
      out.flush();
    }
    return failed > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
  }
}
