package org.imrx.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.imrx.model.Treatment;

/**
 * The requests and the utilization review decisions on them: "The treatment plan included ...",
 * "On 11-30-16, utilization review non-certified the request for ...". A modified request whose
 * text tells the whole story ("... was the original request. ... was authorized ...") is quoted
 * as it stands. Stateless.
 */
final class RequestSentences {
  void write(DraftWriter out) {
    MergedCase m = out.merged;
    Map<String, List<Attested<Treatment>>> byStatus = new LinkedHashMap<>();
    for (Attested<Treatment> r : m.requests()) {
      byStatus.computeIfAbsent(family(r.value().status()), k -> new ArrayList<>()).add(r);
    }
    plan(out, byStatus.remove("planned"), "The treatment plan included ", null);
    plan(out, byStatus.remove("requested"), "A request for authorization was submitted for ", null);
    plan(out, byStatus.remove(UrOutcomes.CERTIFIED), "", " authorized");
    plan(out, byStatus.remove(UrOutcomes.NON_CERTIFIED), "The request for ", " non-certified");
    plan(out, byStatus.remove(UrOutcomes.MODIFIED), "The request for ", " modified");
    byStatus.values().forEach(rest -> plan(out, rest, "The treatment plan included ", null));
    for (UrDecision d : m.urDecisions()) {
      decision(out, d);
    }
    if (m.requests().isEmpty() && m.urDecisions().stream().allMatch(d -> d.requests().isEmpty())) {
      out.missing("request", "No request for authorization is documented.", "request",
          "No request is documented: look for the Request for Authorization (RFA) and the treatment"
              + " plan of the latest progress report.");
    }
    if (m.urDecisions().isEmpty()) {
      out.missing("utilization-review", "No utilization review decision is documented.", "ur-decision",
          "No utilization review decision is documented: look for the utilization review determination"
              + " letter, its date and its outcome.");
    }
  }

  /** planned (also where no status is stated), requested, or a decision's outcome family. */
  private static String family(String status) {
    if (status == null) {
      return "planned";
    }
    String s = status.toLowerCase(Locale.ROOT);
    if (s.startsWith("plan") || s.startsWith("recommend")) {
      return "planned";
    }
    if (s.startsWith("request")) {
      return "requested";
    }
    return UrOutcomes.normalise(s);
  }

  private static void plan(DraftWriter out, List<Attested<Treatment>> items, String lead, String outcome) {
    if (items == null || items.isEmpty()) {
      return;
    }
    SentenceBuilder b = out.sentence("request").say(lead);
    b.list(items, (s, a) -> s.fact(FactType.REQUEST, a.value().text(), a.value().status(), a.evidence()));
    if (outcome != null) {
      b.say(items.size() > 1 && lead.isEmpty() ? " were" : " was").say(outcome);
    }
    out.add(b);
  }

  private static void decision(DraftWriter out, UrDecision d) {
    boolean dated = d.date() != null && !d.dateEvidence().isEmpty();
    boolean decided = d.outcome() != null && !d.outcomeEvidence().isEmpty();
    List<Attested<Treatment>> quoted = new ArrayList<>();
    List<Attested<Treatment>> listed = new ArrayList<>();
    for (Attested<Treatment> r : d.requests()) {
      boolean story = r.value().text().toLowerCase(Locale.ROOT).contains("original request");
      (story && UrOutcomes.MODIFIED.equals(d.outcome()) ? quoted : listed).add(r);
    }
    if (!listed.isEmpty() || quoted.isEmpty()) {
      SentenceBuilder b = lead(out, d, dated, decided);
      if (listed.isEmpty()) {
        b.say(" the request");
        out.missing("request", null, "request",
            "The request the utilization review decided is not documented: look for the Request for"
                + " Authorization.");
      } else {
        b.say(" the request for ");
        b.list(listed, (s, a) -> s.fact(FactType.REQUEST, a.value().text(), a.value().status(), a.evidence()));
      }
      out.add(b);
    }
    for (Attested<Treatment> r : quoted) {
      SentenceBuilder b = lead(out, d, dated, decided).say(" the request: ");
      b.fact(FactType.REQUEST, r.value().text(), r.value().status(), r.evidence());
      out.add(b);
    }
    if (!dated) {
      out.missing("utilization-review", null, "ur-date",
          "The date of the utilization review decision is not documented: look for the determination"
              + " letter.");
    }
  }

  private static SentenceBuilder lead(DraftWriter out, UrDecision d, boolean dated, boolean decided) {
    SentenceBuilder b = out.sentence("utilization-review");
    if (dated) {
      b.say(LetterDateStyle.preposition(d.date()).equals("on") ? "On " : "In ")
          .fact(FactType.UR_DATE, LetterDateStyle.format(d.date()), d.date(), d.dateEvidence())
          .say(", utilization review ");
    } else {
      b.say("Utilization review ");
    }
    if (decided) {
      String verb = switch (d.outcome()) {
        case UrOutcomes.NON_CERTIFIED, UrOutcomes.MODIFIED, UrOutcomes.CERTIFIED -> d.outcome();
        default -> null;
      };
      if (verb != null) {
        b.fact(FactType.UR_OUTCOME, verb, d.outcome(), d.outcomeEvidence());
      } else {
        b.say("decided (").fact(FactType.UR_OUTCOME, d.outcome(), d.outcome(), d.outcomeEvidence()).say(") on");
      }
    } else {
      b.say("decided on");
    }
    return b;
  }
}
