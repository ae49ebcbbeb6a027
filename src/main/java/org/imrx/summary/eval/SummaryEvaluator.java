package org.imrx.summary.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.imrx.model.Case;
import org.imrx.summary.CaseDocument;
import org.imrx.summary.CaseFile;
import org.imrx.summary.Draft;
import org.imrx.summary.DraftFact;
import org.imrx.summary.FactEvidence;
import org.imrx.summary.SummaryDrafter;

/**
 * Drafts each case file, checks every drafted fact against its evidence, and scores the drafts
 * of case files that have a gold record: recall of the gold facts, the share of drafted facts the
 * gold holds, and the recall extraction reached on the same facts. Stateless and thread-safe.
 */
public final class SummaryEvaluator {
  /** A drafted fact no passage of its supports: where it points, never its text. */
  public record Unsupported(String type, String path, int start, int end) {}

  /** The evaluation, and the facts that failed the support check. */
  public record Result(SummaryEvaluation evaluation, List<Unsupported> unsupported, int withoutGold) {}

  private final SummaryDrafter drafter;
  private final EvidenceSupport support = new EvidenceSupport();

  public SummaryEvaluator(SummaryDrafter drafter) {
    this.drafter = drafter;
  }

  public Result evaluate(List<CaseFile> files, GoldRecords gold) {
    SummaryEvaluation eval = new SummaryEvaluation();
    List<Unsupported> bad = new ArrayList<>();
    int withoutGold = 0;
    for (CaseFile f : files) {
      if (f.documents().isEmpty()) {
        continue;
      }
      Draft draft = drafter.draft(f);
      List<DraftFact> unsupported = support.unsupported(draft, f);
      eval.addSupport(draft.facts().size(), draft.facts().size() - unsupported.size());
      for (DraftFact u : unsupported) {
        FactEvidence e = u.evidence().get(0);
        bad.add(new Unsupported(u.type(), e.path(), e.start(), e.end()));
      }
      List<Case> cases = f.documents().stream().map(CaseDocument::value).toList();
      JsonNode g = gold == null ? null : gold.find(cases);
      if (g == null) {
        withoutGold++;
        continue;
      }
      eval.add(Facts.ofGold(g), Facts.ofDraft(draft), Facts.ofCases(cases));
    }
    return new Result(eval, bad, withoutGold);
  }
}
