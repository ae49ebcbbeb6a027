package org.imrx.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.imrx.ImrxException;
import org.imrx.InputException;
import org.imrx.extract.BatchExtractor;
import org.imrx.extract.BatchResult;
import org.imrx.index.CaseProfile;
import org.imrx.index.IndexSetup;
import org.imrx.index.OpenIndex;
import org.imrx.index.SimilarCases;
import org.imrx.index.SimilarResponse;
import org.imrx.lexicon.Lexicons;
import org.imrx.model.Case;
import org.imrx.model.CaseJson;
import org.imrx.model.DisputedItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code imrx similar}: prior determinations most like a new case. */
@Command(name = "similar", mixinStandardHelpOptions = true,
    description = {"Read the documents of a new case (records, summary, requests; several files are"
        + " merged into one case) and list the prior determinations most like it, with their"
        + " outcomes and why they matched, and for each request the nearest prior items and how"
        + " they were decided.",
        "A determination letter given as the new case counts only for its summary and requests: its"
            + " decisions, rationales and reviewer guidelines are ignored, and it never matches itself."})
public final class SimilarCommand implements Callable<Integer> {
  enum Format { text, json }

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  @ParentCommand ImrxCommand root;
  @Mixin ExtractionOptions extraction;

  @Option(names = "--index", paramLabel = "DIR", required = true, description = "The index directory.")
  Path index;

  @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Similar cases to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--per-request", paramLabel = "N", defaultValue = "10",
      description = "Nearest prior items per request (default: ${DEFAULT-VALUE}).")
  int perRequest;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "The new case's documents.")
  List<Path> inputs;

  @Override
  public Integer call() throws ImrxException, IOException {
    Lexicons lexicons = extraction.lexicons();
    IndexSetup setup = IndexSetup.load(lexicons);
    try (OpenIndex open = OpenIndex.open(index, setup)) {
      List<Case> cases = new ArrayList<>();
      int failed = extraction.run(lexicons, BatchExtractor.expand(inputs), root.err, r -> {
        if (r instanceof BatchResult.Extracted e) {
          cases.add(e.value());
        }
      });
      if (cases.isEmpty()) {
        throw new InputException("unreadable", "none of the documents could be read");
      }
      CaseProfile profile = CaseProfile.of(cases, setup.categorizer(), setup.documents());
      SimilarResponse res = new SimilarCases(open).find(profile, Math.max(0, limit), Math.max(0, perRequest));
      root.out.print(format == Format.text ? text(res) : json(res));
      root.out.flush();
      return failed > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }
  }

  static String text(SimilarResponse r) {
    StringBuilder b = new StringBuilder();
    CaseProfile p = r.profile();
    b.append("New case: ").append(p.requests().size()).append(" requests");
    if (!p.bodyParts().isEmpty()) {
      b.append("; body parts: ").append(String.join(", ", p.bodyParts()));
    }
    if (!p.diagnoses().isEmpty()) {
      b.append("; ").append(p.diagnoses().size()).append(" diagnoses");
    }
    b.append('\n');
    b.append(String.format(Locale.ROOT, "%nMost similar prior determinations:%n"));
    int i = 0;
    for (SimilarResponse.SimilarCase c : r.cases()) {
      Case k = c.source();
      b.append(String.format(Locale.ROOT, "%2d. %s  decided %s  outcome %s  (score %.2f)%n", ++i, k.id(),
          k.dates() == null || k.dates().decision() == null ? "?" : k.dates().decision(),
          k.outcome() == null ? "?" : k.outcome(), c.score()));
      List<String> why = new ArrayList<>();
      if (!c.sharedCategories().isEmpty()) {
        why.add("request category " + String.join(", ", c.sharedCategories()));
      }
      if (!c.sharedBodyParts().isEmpty()) {
        why.add("body part " + String.join(", ", c.sharedBodyParts()));
      }
      if (!c.sharedDiagnoses().isEmpty()) {
        why.add("diagnoses " + String.join(", ", c.sharedDiagnoses()));
      }
      if (!c.sharedChapters().isEmpty()) {
        why.add("guideline " + String.join(", ", c.sharedChapters()));
      }
      b.append("    shares: ").append(why.isEmpty() ? "words of the clinical summary" : String.join("; ", why)).append('\n');
      for (int idx : c.matchingItems().isEmpty() ? range(k.disputedItems().size()) : c.matchingItems()) {
        DisputedItem it = k.disputedItems().get(idx);
        b.append("    item: ").append(it.text()).append(" — ").append(it.decision()).append('\n');
      }
    }
    for (SimilarResponse.RequestPrecedents rp : r.requests()) {
      b.append(String.format(Locale.ROOT, "%nRequest: %s%s%n", rp.request().text(), rp.request().category() == null ? ""
          : "  [" + rp.request().category().category() + " / " + rp.request().category().subcategory() + "]"));
      b.append(String.format(Locale.ROOT, "  nearest %d prior items: %d upheld, %d overturned%n",
          rp.items().size(), rp.tally().upheld(), rp.tally().overturned()));
      for (SimilarResponse.PriorItem pi : rp.items()) {
        DisputedItem it = pi.source().disputedItems().get(pi.itemIndex());
        b.append(String.format(Locale.ROOT, "    %s  %s — %s%n", pi.source().id(), it.text(), it.decision()));
      }
    }
    return b.toString();
  }

  private static List<Integer> range(int n) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(i);
    }
    return out;
  }

  static String json(SimilarResponse r) {
    ObjectNode root = F.objectNode();
    ObjectNode q = root.putObject("query");
    q.set("ids", CaseJson.mapper().valueToTree(r.profile().ids()));
    q.set("bodyParts", CaseJson.mapper().valueToTree(r.profile().bodyParts()));
    q.set("chapters", CaseJson.mapper().valueToTree(r.profile().chapters()));
    ArrayNode cases = root.putArray("similar");
    for (SimilarResponse.SimilarCase c : r.cases()) {
      ObjectNode o = cases.addObject();
      o.put("score", c.score());
      o.set("case", SearchFormat.caseNode(c.source()));
      ObjectNode why = o.putObject("shared");
      why.set("categories", CaseJson.mapper().valueToTree(c.sharedCategories()));
      why.set("bodyParts", CaseJson.mapper().valueToTree(c.sharedBodyParts()));
      why.set("diagnoses", CaseJson.mapper().valueToTree(c.sharedDiagnoses()));
      why.set("guidelineChapters", CaseJson.mapper().valueToTree(c.sharedChapters()));
      ArrayNode items = o.putArray("items");
      for (int i = 0; i < c.source().disputedItems().size(); i++) {
        items.add(SearchFormat.itemNode(c.source().disputedItems().get(i)).put("matchesRequest", c.matchingItems().contains(i)));
      }
    }
    ArrayNode reqs = root.putArray("requests");
    for (SimilarResponse.RequestPrecedents rp : r.requests()) {
      ObjectNode o = reqs.addObject();
      o.put("text", rp.request().text());
      o.put("category", rp.request().category() == null ? null : rp.request().category().category());
      o.put("subcategory", rp.request().category() == null ? null : rp.request().category().subcategory());
      o.putObject("decisions").put("upheld", rp.tally().upheld()).put("overturned", rp.tally().overturned())
          .put("majority", rp.majority());
      ArrayNode items = o.putArray("nearest");
      for (SimilarResponse.PriorItem pi : rp.items()) {
        ObjectNode n = items.addObject();
        n.put("score", pi.score());
        n.put("caseId", pi.source().id());
        n.put("itemIndex", pi.itemIndex());
        n.set("item", SearchFormat.itemNode(pi.source().disputedItems().get(pi.itemIndex())));
      }
    }
    return CaseJson.pretty(root) + System.lineSeparator();
  }
}
