package org.imrx.summary.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.imrx.model.Case;
import org.imrx.summary.Draft;
import org.imrx.summary.DraftFact;
import org.imrx.summary.FactType;

/**
 * The facts a gold record holds and a summary can state, by kind: {@code age}, {@code sex},
 * {@code injury-date} (compared exactly, after normalisation) and {@code diagnosis},
 * {@code treatment}, {@code finding}, {@code imaging} (compared by the scorer's soft match).
 * Read from a gold record, a draft, or (for comparison) the cases extraction produced. Immutable.
 */
public record Facts(Map<String, List<String>> byType) {
  /** The kinds compared, in report order. */
  public static final List<String> TYPES = List.of(FactType.AGE.key(), FactType.SEX.key(),
      FactType.INJURY_DATE.key(), FactType.DIAGNOSIS.key(), FactType.TREATMENT.key(),
      FactType.FINDING.key(), FactType.IMAGING.key());
  /** The kinds compared exactly; the others by soft match. */
  public static final List<String> EXACT = TYPES.subList(0, 3);

  public Facts {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    for (String t : TYPES) {
      copy.put(t, List.copyOf(byType.getOrDefault(t, List.of())));
    }
    byType = java.util.Collections.unmodifiableMap(copy);
  }

  public List<String> of(String type) {
    return byType.get(type);
  }

  /** The facts of a gold record written per the annotation guideline. */
  public static Facts ofGold(JsonNode gold) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    scalar(m, FactType.AGE, gold.at("/patient/age"));
    scalar(m, FactType.SEX, gold.at("/patient/sex"));
    scalar(m, FactType.INJURY_DATE, gold.at("/dates/injury"));
    list(m, FactType.DIAGNOSIS, gold.get("diagnoses"));
    list(m, FactType.TREATMENT, gold.get("treatments"));
    list(m, FactType.FINDING, gold.get("examFindings"));
    list(m, FactType.IMAGING, gold.get("priorImaging"));
    return new Facts(m);
  }

  /** The facts a draft states. */
  public static Facts ofDraft(Draft draft) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (DraftFact f : draft.facts()) {
      if (TYPES.contains(f.type())) {
        String v = EXACT.contains(f.type()) ? f.value() : f.text();
        m.computeIfAbsent(f.type(), k -> new ArrayList<>()).add(normalise(v));
      }
    }
    return new Facts(m);
  }

  /** The facts extraction found in cases (what a draft can at best state). */
  public static Facts ofCases(List<Case> cases) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (Case c : cases) {
      add(m, FactType.AGE, c.patient().age() == null ? null : c.patient().age().toString());
      add(m, FactType.SEX, c.patient().sex());
      add(m, FactType.INJURY_DATE, c.dates().injury());
      texts(m, FactType.DIAGNOSIS, c.diagnoses(), d -> d.text());
      texts(m, FactType.TREATMENT, c.treatments(), t -> t.text());
      texts(m, FactType.FINDING, c.examFindings(), f -> f.text());
      texts(m, FactType.IMAGING, c.priorImaging(), i -> i.text());
    }
    return new Facts(m);
  }

  private static <T> void texts(Map<String, List<String>> m, FactType t, List<T> items, Function<T, String> text) {
    items.forEach(i -> add(m, t, text.apply(i)));
  }

  private static void add(Map<String, List<String>> m, FactType t, String v) {
    if (v != null) {
      m.computeIfAbsent(t.key(), k -> new ArrayList<>()).add(normalise(v));
    }
  }

  private static void scalar(Map<String, List<String>> m, FactType t, JsonNode v) {
    if (v != null && !v.isMissingNode() && !v.isNull()) {
      add(m, t, v.asText());
    }
  }

  private static void list(Map<String, List<String>> m, FactType t, JsonNode v) {
    if (v == null || !v.isArray()) {
      return;
    }
    for (JsonNode item : v) {
      String s = item.isTextual() ? item.asText() : item.path("text").asText(null);
      add(m, t, s);
    }
  }

  private static String normalise(String v) {
    return v == null ? null : v.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
  }
}
