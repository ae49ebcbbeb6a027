package org.imrx.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.imrx.model.Treatment;

/**
 * Merges the requests and utilization review decisions of a case file: decisions of the same
 * outcome on compatible dates are one decision; a request several documents state is one
 * request, under the decision any of its documents says decided it. Immutable and thread-safe.
 */
final class RequestMerger {
  private final Agreement agreement;
  private final UrReader ur = new UrReader();

  RequestMerger(Agreement agreement) {
    this.agreement = agreement;
  }

  /** The requests no decision covers, and the decisions with the requests each decided. */
  record Requests(List<Attested<Treatment>> undecided, List<UrDecision> decisions) {}

  Requests merge(List<CaseDocument> docs, List<DraftWarning> warnings) {
    record Decision(String date, String outcome, List<FactEvidence> dateEv, List<FactEvidence> outcomeEv) {}
    List<Decision> decisions = new ArrayList<>();
    List<List<Clusterer.Item<Treatment>>> perDoc = new ArrayList<>();
    Map<Clusterer.Item<Treatment>, Integer> decidedBy = new java.util.IdentityHashMap<>();
    for (CaseDocument d : docs) {
      UrReader.DocRequests r = ur.read(d);
      warnings.addAll(r.warnings());
      List<Clusterer.Item<Treatment>> items = new ArrayList<>(r.undecided());
      for (UrReader.DocDecision dd : r.decisions()) {
        int k = -1;
        for (int i = 0; i < decisions.size(); i++) {
          Decision x = decisions.get(i);
          if (Objects.equals(x.outcome(), dd.outcome()) && (x.date() == null ? dd.date() == null
              : dd.date() != null && LetterDateStyle.compatible(x.date(), dd.date()))) {
            k = i;
          }
        }
        if (k < 0) {
          decisions.add(new Decision(dd.date(), dd.outcome(), new ArrayList<>(), new ArrayList<>()));
          k = decisions.size() - 1;
        }
        addOnce(decisions.get(k).dateEv(), dd.dateEvidence());
        addOnce(decisions.get(k).outcomeEv(), dd.outcomeEvidence());
        for (Clusterer.Item<Treatment> it : dd.requests()) {
          items.add(it);
          decidedBy.put(it, k);
        }
      }
      perDoc.add(items);
    }
    List<Clusterer.Cluster<Treatment>> clusters = Clusterer.cluster(perDoc, agreement::treatments);
    List<List<Attested<Treatment>>> byDecision = new ArrayList<>();
    decisions.forEach(x -> byDecision.add(new ArrayList<>()));
    List<Attested<Treatment>> undecided = new ArrayList<>();
    for (Clusterer.Cluster<Treatment> c : clusters) {
      Integer k = c.items.stream().map(decidedBy::get).filter(Objects::nonNull).findFirst().orElse(null);
      (k == null ? undecided : byDecision.get(k)).add(c.attested());
    }
    List<UrDecision> out = new ArrayList<>();
    for (int i = 0; i < decisions.size(); i++) {
      Decision x = decisions.get(i);
      out.add(new UrDecision(x.date(), x.outcome(), x.dateEv(), x.outcomeEv(), byDecision.get(i)));
    }
    out.sort(Comparator.comparing(UrDecision::date, Comparator.nullsLast(Comparator.reverseOrder())));
    return new Requests(undecided, out);
  }

  private static void addOnce(List<FactEvidence> list, FactEvidence e) {
    if (e != null && !list.contains(e)) {
      list.add(e);
    }
  }
}
