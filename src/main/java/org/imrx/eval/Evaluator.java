package org.imrx.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores predicted cases against gold records exactly as {@code ../shared/tools/score.py} does
 * (see {@code ../shared/ANNOTATION.md}, "How the scorer compares"): scalars by normalised
 * equality, licensure and specialties as multisets, list items and disputed items paired one to
 * one by {@link SoftMatcher}, decisions and guideline sources over every gold item. Only fields
 * a gold record holds are scored for it. Stateless and thread-safe.
 */
public final class Evaluator {
  private static final JsonNode NOTHING = JsonNodeFactory.instance.objectNode();
  private final SoftMatcher matcher;

  public Evaluator() {
    this(new SoftMatcher());
  }

  public Evaluator(SoftMatcher matcher) {
    this.matcher = matcher;
  }

  /**
   * Pairs each prediction with its gold record (the first one wins; later ones count as
   * duplicates) and adds up the counts of every gold document; a gold document without a
   * prediction is scored against an empty case.
   */
  public EvalResult evaluate(GoldStore gold, Iterable<JsonNode> predictions) {
    Map<String, JsonNode> paired = new HashMap<>();
    int duplicates = 0;
    int unpaired = 0;
    for (JsonNode p : predictions) {
      String key = gold.keyFor(p);
      if (key == null) {
        unpaired++;
      } else if (paired.putIfAbsent(key, p) != null) {
        duplicates++;
      }
    }
    Map<Field, Counts> total = new EnumMap<>(Field.class);
    List<String> missing = new ArrayList<>();
    for (String key : gold.keys()) {
      JsonNode p = paired.get(key);
      if (p == null) {
        missing.add(key);
      }
      score(gold.get(key), p == null ? NOTHING : p).forEach((f, c) -> total.merge(f, c, Counts::plus));
    }
    return new EvalResult(total, new DocumentCounts(gold.size(), paired.size(), missing, duplicates, unpaired));
  }

  /** The counts of one document; fields the gold record does not hold are absent from the map. */
  public Map<Field, Counts> score(JsonNode gold, JsonNode prediction) {
    Map<Field, Counts> out = new EnumMap<>(Field.class);
    for (Field f : Field.values()) {
      switch (f.kind()) {
        case SCALAR -> {
          if (holds(gold, f.key())) {
            out.put(f, scalar(JsonValues.get(gold, f.key()), JsonValues.get(prediction, f.key())));
          }
        }
        case NAME_LIST -> {
          if (gold.has(f.key().substring(0, f.key().indexOf('.')))) {
            out.put(f, names(JsonValues.get(gold, f.key()), JsonValues.get(prediction, f.key())));
          }
        }
        case CLINICAL_LIST -> {
          if (gold.has(f.key())) {
            List<String> g = JsonValues.texts(gold.get(f.key()));
            List<String> p = JsonValues.texts(prediction.get(f.key()));
            int tp = Pairing.greedy(g, p, matcher).size();
            out.put(f, new Counts(tp, p.size() - tp, g.size() - tp));
          }
        }
        case DISPUTED_ITEMS -> {
          if (f == Field.DISPUTED_ITEMS && gold.has(f.key())) {
            disputedItems(gold.get(f.key()), prediction.get(f.key()), out);
          }
        }
      }
    }
    return out;
  }

  /** Whether the gold record states the field at all (a null value counts: "not stated"). */
  private static boolean holds(JsonNode gold, String path) {
    int dot = path.indexOf('.');
    if (dot < 0) {
      return gold.has(path);
    }
    JsonNode top = gold.get(path.substring(0, dot));
    return top != null && top.isObject() && top.has(path.substring(dot + 1));
  }

  private static Counts scalar(JsonNode gold, JsonNode predicted) {
    Object g = JsonValues.scalar(gold);
    Object p = JsonValues.scalar(predicted);
    if (g == null && p == null) {
      return Counts.ZERO;
    }
    if (Objects.equals(g, p)) {
      return new Counts(1, 0, 0);
    }
    return new Counts(0, p != null ? 1 : 0, g != null ? 1 : 0);
  }

  private static Counts names(JsonNode gold, JsonNode predicted) {
    List<JsonNode> goldNames = JsonValues.elements(gold);
    Map<Object, Integer> left = new HashMap<>();
    goldNames.forEach(x -> left.merge(JsonValues.scalar(x), 1, Integer::sum));
    int predictedCount = 0;
    int tp = 0;
    for (JsonNode x : JsonValues.elements(predicted)) {
      if (x.isTextual()) {
        predictedCount++;
        Object name = JsonValues.scalar(x);
        if (left.getOrDefault(name, 0) > 0) {
          left.merge(name, -1, Integer::sum);
          tp++;
        }
      }
    }
    return new Counts(tp, predictedCount - tp, goldNames.size() - tp);
  }

  private void disputedItems(JsonNode goldList, JsonNode predictedList, Map<Field, Counts> out) {
    List<JsonNode> gold = JsonValues.elements(goldList);
    List<JsonNode> pred = JsonValues.objects(predictedList);
    Pairing pairing = Pairing.greedy(
        gold.stream().map(x -> JsonValues.text(x.get("text"))).toList(),
        pred.stream().map(x -> JsonValues.text(x.get("text"))).toList(), matcher);
    out.put(Field.DISPUTED_ITEMS, new Counts(pairing.size(), pred.size() - pairing.size(), gold.size() - pairing.size()));
    Counts decisions = Counts.ZERO;
    Counts sources = Counts.ZERO;
    for (int a = 0; a < gold.size(); a++) {
      JsonNode g = gold.get(a);
      var b = pairing.predictedFor(a);
      JsonNode p = b.isPresent() ? pred.get(b.getAsInt()) : null;
      String gd = JsonValues.decision(g.get("decision"));
      boolean ok = p != null && gd != null && gd.equals(JsonValues.decision(p.get("decision")));
      decisions = decisions.plus(new Counts(ok ? 1 : 0, 0, ok ? 0 : 1));
      Set<String> gs = sources(JsonValues.elements(g.get("reviewerGuidelines")));
      Set<String> ps = p == null ? Set.of() : sources(JsonValues.objects(p.get("reviewerGuidelines")));
      Set<String> common = new HashSet<>(gs);
      common.retainAll(ps);
      sources = sources.plus(new Counts(common.size(), ps.size() - common.size(), gs.size() - common.size()));
    }
    out.put(Field.DECISION, decisions);
    out.put(Field.GUIDELINE_SOURCES, sources);
  }

  private static Set<String> sources(List<JsonNode> guidelines) {
    Set<String> out = new HashSet<>();
    for (JsonNode g : guidelines) {
      out.add(JsonValues.source(g.get("source")));
    }
    return out;
  }
}
