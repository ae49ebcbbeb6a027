package org.imrx.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.imrx.eval.CategoryAccuracy;
import org.imrx.eval.ItemPairing;
import org.imrx.eval.LabelledItem;
import org.imrx.eval.PlainBm25;
import org.imrx.eval.SearchQuality;
import org.imrx.extract.BatchExtractor;
import org.imrx.extract.BatchResult;
import org.imrx.index.CaseIndexer;
import org.imrx.index.IndexSetup;
import org.imrx.index.OpenIndex;
import org.imrx.lexicon.Lexicons;
import org.imrx.model.Case;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code imrx bench quality}: the quality figures of categories and precedent search over a set of
 * letters, each beside plain Lucene BM25. Deterministic; rerun it to reproduce the figures.
 */
@Command(name = "quality", mixinStandardHelpOptions = true,
    description = {"Category accuracy against hand labels; similar cases by leaving one letter out"
        + " (top 5 sharing a request category); outcome prediction from the 10 nearest prior items;"
        + " nDCG@10 and recall@10 on judged queries. Each beside plain Lucene BM25.",
        "With --write-pool, writes the pooled top 10 of both systems per query, sorted by query,"
            + " case and item and without saying which system found them, for judging."})
public final class BenchQualityCommand implements Callable<Integer> {
  @ParentCommand BenchCommand parent;
  @Mixin ExtractionOptions extraction;

  @Option(names = "--letters", paramLabel = "DIR", required = true, description = "Determination letters.")
  Path letters;

  @Option(names = "--labels", paramLabel = "TSV", required = true,
      description = "Hand-labelled item categories (caseNumber, item, decision, category, subcategory).")
  Path labels;

  @Option(names = "--queries", paramLabel = "TSV", description = "Ranking queries (id, query).")
  Path queries;

  @Option(names = "--judgements", paramLabel = "TSV", description = "Graded judgements (query, case, item, grade).")
  Path judgements;

  @Option(names = "--write-pool", paramLabel = "TSV", description = "Write the judging pool there.")
  Path pool;

  @Option(names = "--work", paramLabel = "DIR", description = "Where to build the index (default: a temporary directory).")
  Path work;

  @Override
  public Integer call() throws Exception {
    ImrxCommand root = (ImrxCommand) parent.spec.parent().userObject();
    PrintStream out = root.out;
    Lexicons lexicons = extraction.lexicons();
    List<Case> cases = new ArrayList<>();
    extraction.run(lexicons, BatchExtractor.expand(List.of(letters)), root.err, r -> {
      if (r instanceof BatchResult.Extracted e) {
        cases.add(e.value());
      }
    });
    cases.sort(Comparator.comparing(Case::id));
    List<LabelledItem> rows = LabelledItem.read(labels);
    CategoryAccuracy acc = CategoryAccuracy.of(rows.size(), new ItemPairing().pair(cases, rows));
    out.printf(Locale.ROOT, "letters: %d%n%nRequest categories (rules, no training):%n%s", cases.size(), acc.report(10));

    IndexSetup setup = IndexSetup.load(lexicons);
    Path dir = work != null ? work : Files.createTempDirectory("imrx-quality");
    try (CaseIndexer ix = CaseIndexer.open(dir, setup, 1000, 64)) {
      for (Case c : cases) {
        ix.put(c, c.source().path());
      }
    }
    try (OpenIndex index = OpenIndex.open(dir, setup); PlainBm25 bm25 = new PlainBm25(cases)) {
      SearchQuality q = new SearchQuality(cases, rows, index, bm25);
      SearchQuality.SimilarFigures s = q.similar(5);
      out.printf(Locale.ROOT, "%nSimilar cases, each of %d letters left out: share of the top 5 sharing a request"
          + " category with it%n  %-28s %6s %6s%n  %-28s %6.3f %6.3f%n  %-28s %6.3f %6.3f%n", s.letters(),
          "", "imrx", "BM25", "category", s.imrxCategory(), s.bm25Category(),
          "category / subcategory", s.imrxSubcategory(), s.bm25Subcategory());
      SearchQuality.OutcomeFigures o = q.outcomes(10);
      out.printf(Locale.ROOT, "%nOutcome of each left-out item from its 10 nearest prior items (%d items,"
          + " base rate %.1f%% upheld)%n", o.items(), 100 * o.upheldBaseRate());
      out.printf(Locale.ROOT, "  %-34s %9s %9s %9s%n", "", "bal.acc", "rec.OVT", "accuracy");
      row(out, "imrx, majority of 10", o.imrxMajority());
      row(out, "BM25, majority of 10", o.bm25Majority());
      row(out, "imrx, overturned if >= 2 of 10", o.imrxTwoOfTen());
      row(out, "BM25, overturned if >= 2 of 10", o.bm25TwoOfTen());
      if (queries != null) {
        Map<String, String> qs = SearchQuality.readQueries(queries);
        if (pool != null) {
          try (PrintStream p = new PrintStream(Files.newOutputStream(pool), false, StandardCharsets.UTF_8)) {
            p.println("query\tcase\titem\tquery text\titem text\trationale (start)");
            for (SearchQuality.PoolRow r : q.pool(qs, 10)) {
              p.println(String.join("\t", r.queryId(), r.caseId(), Integer.toString(r.itemIndex()), r.query(),
                  flat(r.itemText(), 300), flat(r.rationale(), 400)));
            }
          }
          out.println("\npool written to " + pool);
        }
        if (judgements != null) {
          SearchQuality.RankingFigures f = q.ranking(qs, SearchQuality.readJudgements(judgements), 10);
          out.printf(Locale.ROOT, "%nRanking, %d judged queries (%d judgements, pooled top 10 of both)%n"
              + "  %-12s %6s %6s %6s%n  %-12s %6.3f %6.3f %6.2fx%n  %-12s %6.3f %6.3f%n", f.queries(), f.judged(),
              "", "imrx", "BM25", "ratio", "nDCG@10", f.imrxNdcg(), f.bm25Ndcg(), f.imrxNdcg() / f.bm25Ndcg(),
              "recall@10", f.imrxRecall(), f.bm25Recall());
        }
      }
    }
    return ExitCodes.OK;
  }

  private static void row(PrintStream out, String name, SearchQuality.Prediction p) {
    out.printf(Locale.ROOT, "  %-34s %9.3f %9.3f %9.3f%n", name, p.balancedAccuracy(), p.recallOverturned(), p.accuracy());
  }

  private static String flat(String s, int max) {
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() > max ? t.substring(0, max) + "…" : t;
  }
}
