package org.imrx.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.queryparser.classic.ParseException;
import org.imrx.ImrxException;
import org.imrx.index.FacetFilter;
import org.imrx.index.IndexSetup;
import org.imrx.index.OpenIndex;
import org.imrx.index.PrecedentSearcher;
import org.imrx.index.SearchRequest;
import org.imrx.index.SearchResponse;
import org.imrx.lexicon.Lexicons;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code imrx search}: disputed items of prior determinations matching a query. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Search prior determinations: disputed items matching a query, with their case,"
        + " highlighted rationale and summary, outcome statistics and (with --facets) counts.",
        "Query syntax: words, \"phrases\", AND/OR/NOT, field:value, ranges such as"
            + " decided:[2016-12-01 TO 2017-01-31]. Words without a field match the request and its"
            + " rationale (the case summary ranks; it matches only when nothing else does)."
            + " Fields: item, rationale, summary, diagnosis,"
            + " icd10, treatment, bodypart, specialty, category, subcategory, decision, outcome,"
            + " guideline, chapter, citation, case, decided, assigned, injury, received, year, age, sex.",
        "Filters (FIELD=VALUE, repeatable) on item fields decision, category, subcategory, guideline,"
            + " chapter and case fields specialty, year, bodypart, outcome."})
public final class SearchCommand implements Callable<Integer> {
  enum Format { text, json }

  @ParentCommand ImrxCommand root;
  @Spec CommandSpec spec;
  @Mixin LexiconOptions lexicons;

  @Option(names = "--index", paramLabel = "DIR", required = true, description = "The index directory.")
  Path index;

  @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--filter", paramLabel = "FIELD=VALUE", description = "Keep results with this facet value.")
  List<String> filters = new ArrayList<>();

  @Option(names = "--facets", description = "Count facet values (items for item fields, cases for case fields).")
  boolean facets;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Items to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--passages", paramLabel = "N", defaultValue = "2",
      description = "Highlighted passages per field (default: ${DEFAULT-VALUE}).")
  int passages;

  @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The query (several words are joined).")
  List<String> query;

  @Override
  public Integer call() throws ImrxException, IOException {
    List<FacetFilter> parsed = new ArrayList<>();
    try {
      for (String f : filters) {
        parsed.add(FacetFilter.parse(f));
      }
      if (limit < 0) {
        throw new IllegalArgumentException("--limit must be at least 0");
      }
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    IndexSetup setup = IndexSetup.load(Lexicons.load(lexicons.dir));
    try (OpenIndex open = OpenIndex.open(index, setup, Runtime.getRuntime().availableProcessors())) {
      boolean text = format == Format.text;
      PrecedentSearcher searcher = new PrecedentSearcher(open, text ? "[" : "<b>", text ? "]" : "</b>");
      SearchResponse res;
      try {
        res = searcher.search(new SearchRequest(String.join(" ", query), parsed, facets, limit, passages));
      } catch (ParseException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "query: " + firstLine(e.getMessage()));
      }
      root.out.print(text ? SearchFormat.text(res) : SearchFormat.json(res));
      root.out.flush();
    }
    return ExitCodes.OK;
  }

  static String firstLine(String s) {
    if (s == null) {
      return "invalid";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
