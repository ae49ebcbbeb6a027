package org.imrx.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.imrx.ImrxException;
import org.imrx.extract.BatchExtractor;
import org.imrx.extract.CasePipeline;
import org.imrx.ingest.TikaDocumentReader;
import org.imrx.lexicon.Lexicons;
import org.imrx.summary.CaseFile;
import org.imrx.summary.CaseFileReader;
import org.imrx.summary.Draft;
import org.imrx.summary.DraftWarning;
import org.imrx.summary.SoftMatchCaseMerger;
import org.imrx.summary.SummaryDrafter;
import org.imrx.summary.TemplateSummaryDrafter;
import org.imrx.summary.eval.GoldRecords;
import org.imrx.summary.eval.LetterSummarySection;
import org.imrx.summary.eval.SummaryEvaluator;
import org.imrx.summary.render.DraftRenderer;
import org.imrx.summary.render.HtmlDraftRenderer;
import org.imrx.summary.render.JsonDraftRenderer;
import org.imrx.summary.render.TextDraftRenderer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code imrx summarize}: drafts the clinical case summary of one case from its documents; or,
 * with {@code --eval-gold} or {@code --compare}, drafts each document on its own to score the
 * drafts against gold records or set them beside the letters' own summaries.
 */
@Command(name = "summarize", mixinStandardHelpOptions = true,
    description = {"Draft the CLINICAL CASE SUMMARY of one case from its documents (the files"
        + " listed, or every document under a directory): facts merged across documents, every"
        + " fact linked to its evidence, undocumented elements listed as gaps, disagreements as"
        + " conflicts.",
        "With --eval-gold or --compare, each document is drafted on its own."})
public final class SummarizeCommand implements Callable<Integer> {
  enum Format { text, json, html }

  @ParentCommand ImrxCommand root;
  @Mixin IngestOptions ingest;
  @Mixin LexiconOptions lexicons;

  @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "The case's documents, or directories of them.")
  List<Path> inputs;

  @Option(names = "--format", defaultValue = "text",
      description = "text (the summary, gaps and conflicts), json (sentences, facts and evidence) or"
          + " html (the summary linked to the highlighted source passages). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write there instead of standard output.")
  Path outFile;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the cores).")
  Integer threads;

  @ArgGroup(exclusive = true)
  Mode mode;

  static final class Mode {
    @Option(names = "--eval-gold", paramLabel = "DIR",
        description = "Draft each document on its own and score the drafts against the gold records"
            + " in DIR (recall of gold facts, share of drafted facts in the gold, evidence support).")
    Path gold;

    @Option(names = "--compare",
        description = "Draft each determination letter on its own and print the draft next to the"
            + " letter's own CLINICAL CASE SUMMARY.")
    boolean compare;
  }

  @Override
  public Integer call() throws ImrxException, IOException {
    Lexicons lex = Lexicons.load(lexicons.dir);
    CasePipeline pipeline = CasePipeline.load(lex);
    CaseFileReader reader = new CaseFileReader(new TikaDocumentReader(ingest.limits()), pipeline);
    SummaryDrafter drafter = new TemplateSummaryDrafter(new SoftMatchCaseMerger(lex.bodyParts()));
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
    try (OutputStream os = outFile == null ? null : Files.newOutputStream(outFile)) {
      PrintStream out = os == null ? root.out : new PrintStream(os, false, StandardCharsets.UTF_8);
      int code;
      if (mode != null && mode.gold != null) {
        code = evaluate(reader, drafter, n, out);
      } else if (mode != null && mode.compare) {
        code = compare(reader, drafter, n, out);
      } else {
        code = summarize(reader, drafter, n, out);
      }
      out.flush();
      return code;
    }
  }

  private int summarize(CaseFileReader reader, SummaryDrafter drafter, int n, PrintStream out)
      throws IOException {
    CaseFile file = reader.read(inputs, n);
    reportFailures(file);
    Draft draft = drafter.draft(file);
    DraftRenderer renderer = switch (format) {
      case text -> new TextDraftRenderer();
      case json -> new JsonDraftRenderer();
      case html -> new HtmlDraftRenderer();
    };
    out.print(renderer.render(draft, file));
    return file.failures().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }

  private int evaluate(CaseFileReader reader, SummaryDrafter drafter, int n, PrintStream out)
      throws ImrxException, IOException {
    GoldRecords gold = GoldRecords.load(mode.gold);
    List<CaseFile> files = reader.readEach(BatchExtractor.expand(inputs), n);
    files.forEach(this::reportFailures);
    SummaryEvaluator.Result r = new SummaryEvaluator(drafter).evaluate(files, gold);
    long failed = files.stream().filter(f -> !f.failures().isEmpty()).count();
    out.printf("documents: %d drafted, %d scored against %d gold records, %d without gold, %d unreadable%n",
        files.size() - failed, r.evaluation().documents(), gold.size(), r.withoutGold(), failed);
    out.print(r.evaluation().report());
    for (SummaryEvaluator.Unsupported u : r.unsupported()) {
      out.printf("unsupported: %s at %s [%d-%d]%n", u.type(), u.path(), u.start(), u.end());
    }
    return failed > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
  }

  private int compare(CaseFileReader reader, SummaryDrafter drafter, int n, PrintStream out)
      throws IOException {
    List<CaseFile> files = reader.readEach(BatchExtractor.expand(inputs), n);
    LetterSummarySection sections = new LetterSummarySection();
    long failed = 0;
    for (CaseFile f : files) {
      reportFailures(f);
      if (f.documents().isEmpty()) {
        failed++;
        continue;
      }
      var doc = f.documents().get(0);
      out.println("=== " + doc.value().source().path()
          + (doc.value().caseNumber() == null ? "" : " (" + doc.value().caseNumber() + ")"));
      out.println("--- draft (from the extracted facts):");
      out.println(drafter.draft(f).text());
      out.println("--- the letter's CLINICAL CASE SUMMARY:");
      out.println(sections.of(doc.content()).orElse("(no CLINICAL CASE SUMMARY section found)"));
      out.println();
    }
    return failed > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
  }

  private void reportFailures(CaseFile file) {
    for (DraftWarning w : file.failures()) {
      root.err.println("imrx: " + w.message());
    }
  }
}
