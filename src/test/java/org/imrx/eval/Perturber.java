package org.imrx.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Makes predictions out of gold records by damaging them at random (seeded): documents dropped,
 * duplicated, paired by file stem or mispaired; scalars nulled, borrowed from other documents,
 * re-cased, of the wrong type; list items dropped, reworded, given another side, polarity or
 * level, added, reordered; decisions flipped; guideline sources changed; lists of the wrong
 * shape. Only shapes {@code score.py} survives (it fails on, say, a number where a list
 * belongs), so that both scorers can be compared on every set.
 */
final class Perturber {
  private static final JsonNodeFactory NF = JsonNodeFactory.instance;
  private static final String[] SCALARS = {"caseNumber", "dates.assigned", "dates.injury", "dates.decision",
      "dates.urDenial", "dates.applicationReceived", "priority", "patient.age", "patient.sex"};
  private static final String[] CLINICAL = {"diagnoses", "treatments", "examFindings", "priorImaging"};
  private static final String[] SOURCES = {"MTUS", "ODG", "ACOEM", "OTHER"};
  private static final String[] SPACES = {" ", "\t", "\n", "\u00a0", "\u2003", "\u001f", "  "};
  private static final String[] EXTENSIONS = {".pdf", ".html", ".txt", ".docx"};

  private final Random r;
  private final double q;
  private final List<Map.Entry<String, JsonNode>> golds;

  /** @param q how much to damage, 0 (copies) to 1 (every operation everywhere) */
  Perturber(long seed, double q, List<Map.Entry<String, JsonNode>> golds) {
    this.r = new Random(seed);
    this.q = q;
    this.golds = golds;
  }

  List<ObjectNode> predictions() {
    List<ObjectNode> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> g : golds) {
      if (chance(0.15)) {
        continue;
      }
      out.add(document(g.getKey(), g.getValue()));
      if (chance(0.15)) {
        out.add(document(g.getKey(), g.getValue()));
      }
    }
    for (int i = 0; i < 3; i++) {
      ObjectNode stranger = document("stranger-" + i, other());
      stranger.put("caseNumber", "CM00-000000" + i);
      out.add(stranger);
    }
    if (chance(1)) {
      Collections.shuffle(out, r);
    }
    return out;
  }

  private boolean chance(double scale) {
    return r.nextDouble() < q * scale;
  }

  private JsonNode other() {
    return golds.get(r.nextInt(golds.size())).getValue();
  }

  private <T> T pick(T[] xs) {
    return xs[r.nextInt(xs.length)];
  }

  private ObjectNode document(String stem, JsonNode gold) {
    ObjectNode p = gold.deepCopy();
    p.remove("notes");
    p.putObject("source").put("path", "/docs/" + stem + pick(EXTENSIONS));
    if (p.has("caseNumber") && chance(0.2)) {
      p.remove("caseNumber");
    } else if (chance(0.1)) {
      p.set("caseNumber", other().get("caseNumber"));
    }
    for (String path : SCALARS) {
      if (chance(1)) {
        scalar(p, path);
      }
    }
    if (chance(0.05)) {
      p.put("dates", "2016-01-01");
    }
    if (p.path("reviewer").isObject()) {
      for (String list : new String[] {"licensure", "specialties"}) {
        if (chance(1)) {
          names((ObjectNode) p.get("reviewer"), list);
        }
      }
    } else if (chance(0.3)) {
      p.putObject("reviewer").putArray("licensure").add("California");
    }
    for (String list : CLINICAL) {
      clinical(p, list);
    }
    disputedItems(p);
    return p;
  }

  private void scalar(ObjectNode p, String path) {
    ObjectNode parent = p;
    String key = path;
    int dot = path.indexOf('.');
    if (dot > 0) {
      String top = path.substring(0, dot);
      if (!p.path(top).isObject()) {
        p.putObject(top);
      }
      parent = (ObjectNode) p.get(top);
      key = path.substring(dot + 1);
    }
    JsonNode v = parent.get(key);
    int op = r.nextInt(9);
    if (path.equals("caseNumber") && (op == 4 || op == 5)) {
      op = 0; // score.py looks an unhashable case number up in a dict and fails
    }
    switch (op) {
      case 0 -> parent.putNull(key);
      case 1 -> parent.remove(key);
      case 2 -> parent.set(key, JsonValues.get(other(), path));
      case 3 -> {
        if (v != null && v.isTextual()) {
          parent.put(key, pick(SPACES) + v.textValue().toUpperCase(Locale.ROOT).replace(" ", pick(SPACES)) + pick(SPACES));
        }
      }
      case 4 -> {
        if (v != null && v.isNumber()) {
          parent.put(key, v.asText());
        } else {
          parent.putObject(key).set("value", v);
        }
      }
      case 5 -> parent.putArray(key).add(v);
      case 6 -> {
        if (v != null && v.isNumber()) {
          parent.put(key, r.nextBoolean() ? v.doubleValue() : v.intValue() + 1);
        } else if (v != null && v.isTextual() && !v.textValue().isEmpty()) {
          String s = v.textValue();
          parent.put(key, s.substring(0, s.length() - 1) + (char) ('0' + r.nextInt(10)));
        }
      }
      case 7 -> parent.put(key, r.nextBoolean());
      default -> parent.put(key, 1);
    }
  }

  private void names(ObjectNode reviewer, String key) {
    JsonNode v = reviewer.get(key);
    ArrayNode list = v != null && v.isArray() ? (ArrayNode) v : NF.arrayNode();
    switch (r.nextInt(9)) {
      case 0 -> {
        if (!list.isEmpty()) {
          list.remove(r.nextInt(list.size()));
        }
      }
      case 1 -> {
        if (!list.isEmpty()) {
          list.add(list.get(r.nextInt(list.size())));
        }
      }
      case 2 -> list.add(r.nextBoolean() ? "Texas" : "Internal Medicine");
      case 3 -> {
        if (!list.isEmpty()) {
          int i = r.nextInt(list.size());
          list.set(i, NF.textNode(" " + list.get(i).asText().toLowerCase(Locale.ROOT) + "\u00a0"));
        }
      }
      case 4 -> reviewer.put(key, list.isEmpty() ? "" : list.get(0).asText());
      case 5 -> reviewer.putNull(key);
      case 6 -> list.insert(0, 1);
      case 7 -> {
        ObjectNode o = reviewer.putObject(key);
        list.forEach(x -> o.put(x.asText(), 1));
      }
      default -> reviewer.remove(key);
    }
  }

  private void clinical(ObjectNode p, String key) {
    List<String> texts = JsonValues.texts(p.get(key));
    ArrayNode out = NF.arrayNode();
    for (String t : texts) {
      if (!chance(1)) {
        item(out, t);
        continue;
      }
      switch (r.nextInt(9)) {
        case 0 -> { }
        case 1 -> item(out, dropWord(t));
        case 2 -> item(out, "the " + t.toUpperCase(Locale.ROOT));
        case 3 -> item(out, flip(t));
        case 4 -> item(out, t.replaceAll("(\\d)\\s*(mg|mcg|ml|%)", "$1 $2").replaceAll("(\\d) (mg)", "$1$2"));
        case 5 -> {
          item(out, t);
          item(out, t);
        }
        case 6 -> item(out, t + " " + t);
        case 7 -> out.addObject().put("text", 7);
        default -> item(out, borrowed(key, t));
      }
    }
    int extra = chance(1) ? 1 + r.nextInt(3) : 0;
    for (int i = 0; i < extra; i++) {
      item(out, borrowed(key, "pain"));
    }
    List<JsonNode> shuffled = new ArrayList<>();
    out.forEach(shuffled::add);
    if (chance(1)) {
      Collections.shuffle(shuffled, r);
    }
    if (chance(0.2)) {
      switch (r.nextInt(4)) {
        case 0 -> p.put(key, String.join(", ", texts));
        case 1 -> p.putObject(key).put("text", String.join(", ", texts));
        case 2 -> p.putNull(key);
        default -> p.put(key, 0);
      }
    } else {
      p.putArray(key).addAll(shuffled);
    }
  }

  private void item(ArrayNode out, String text) {
    if (r.nextBoolean()) {
      out.add(text);
    } else {
      ObjectNode o = out.addObject();
      o.put("text", text);
      o.putObject("evidence").put("start", 0).put("end", 1);
    }
  }

  private String borrowed(String key, String fallback) {
    List<String> texts = JsonValues.texts(other().get(key));
    return texts.isEmpty() ? fallback : texts.get(r.nextInt(texts.size()));
  }

  private String dropWord(String t) {
    String[] words = t.split(" ");
    if (words.length < 2) {
      return t;
    }
    List<String> keep = new ArrayList<>(List.of(words));
    keep.remove(r.nextInt(keep.size()));
    return String.join(" ", keep);
  }

  /** Another side, polarity or spinal level, or one added. */
  private String flip(String t) {
    String lower = t.toLowerCase(Locale.ROOT);
    if (lower.contains("left")) {
      return lower.replace("left", r.nextBoolean() ? "right" : "bilateral");
    }
    if (lower.contains("right")) {
      return lower.replace("right", "left");
    }
    if (lower.contains("negative")) {
      return lower.replace("negative", "positive");
    }
    if (lower.contains("positive")) {
      return lower.replace("positive", "negative");
    }
    if (lower.matches(".*\\b[cl][1-7]\\b.*")) {
      return lower.replaceAll("\\b([cl])([1-7])\\b", "$1" + (1 + r.nextInt(7)));
    }
    return pick(new String[] {"left ", "right ", "bilateral ", "negative ", "L5 "}) + t;
  }

  private void disputedItems(ObjectNode p) {
    JsonNode v = p.get("disputedItems");
    if (v == null || !v.isArray()) {
      if (chance(0.3)) {
        p.putArray("disputedItems").addObject().put("text", borrowedItemText()).put("decision", "UPHELD");
      }
      return;
    }
    List<JsonNode> items = new ArrayList<>();
    for (JsonNode it : v) {
      ObjectNode item = it.deepCopy();
      if (chance(1)) {
        if (!disputedItem(item)) {
          continue;
        }
      }
      items.add(item);
    }
    if (chance(0.5)) {
      items.add(NF.objectNode().put("text", borrowedItemText()).put("decision", r.nextBoolean() ? "UPHELD" : "OVERTURNED"));
    }
    if (chance(0.3)) {
      items.add(NF.textNode(borrowedItemText()));
    }
    if (chance(1)) {
      Collections.shuffle(items, r);
    }
    if (chance(0.1)) {
      switch (r.nextInt(3)) {
        case 0 -> p.put("disputedItems", borrowedItemText());
        case 1 -> p.putObject("disputedItems").put("text", borrowedItemText());
        default -> p.putNull("disputedItems");
      }
    } else {
      p.putArray("disputedItems").addAll(items);
    }
  }

  private String borrowedItemText() {
    for (int tries = 0; tries < 10; tries++) {
      JsonNode items = other().get("disputedItems");
      if (items != null && items.isArray() && !items.isEmpty()) {
        return items.get(r.nextInt(items.size())).path("text").asText("");
      }
    }
    return "Physical therapy";
  }

  /** Damages one item; false to drop it. */
  private boolean disputedItem(ObjectNode item) {
    String text = item.path("text").asText("");
    String decision = item.path("decision").asText("");
    switch (r.nextInt(12)) {
      case 0 -> {
        return false;
      }
      case 1 -> item.put("decision", decision.equals("UPHELD") ? "OVERTURNED" : "UPHELD");
      case 2 -> item.put("decision", decision.toLowerCase(Locale.ROOT));
      case 3 -> {
        switch (r.nextInt(4)) {
          case 0 -> item.putNull("decision");
          case 1 -> item.remove("decision");
          case 2 -> item.put("decision", false);
          default -> item.put("decision", 0);
        }
      }
      case 4 -> item.put("text", dropWord(text));
      case 5 -> {
        switch (r.nextInt(3)) {
          case 0 -> item.put("text", "");
          case 1 -> item.putNull("text");
          default -> item.remove("text");
        }
      }
      case 6 -> item.put("text", flip(text));
      default -> guidelines(item);
    }
    return true;
  }

  private void guidelines(ObjectNode item) {
    JsonNode v = item.get("reviewerGuidelines");
    ArrayNode list = v != null && v.isArray() ? (ArrayNode) v : item.putArray("reviewerGuidelines");
    switch (r.nextInt(10)) {
      case 0 -> {
        if (!list.isEmpty()) {
          list.remove(r.nextInt(list.size()));
        }
      }
      case 1 -> {
        if (!list.isEmpty()) {
          ((ObjectNode) list.get(r.nextInt(list.size()))).put("source", pick(SOURCES));
        }
      }
      case 2 -> list.addObject().put("source", pick(SOURCES)).put("citation", "x");
      case 3 -> {
        if (!list.isEmpty()) {
          ObjectNode g = (ObjectNode) list.get(0);
          g.put("source", g.path("source").asText().toLowerCase(Locale.ROOT));
        }
      }
      case 4 -> list.addObject().putNull("source");
      case 5 -> list.addObject().put("source", r.nextBoolean() ? 1 : 0);
      case 6 -> list.add("ODG");
      case 7 -> item.put("reviewerGuidelines", "MTUS");
      case 8 -> item.putNull("reviewerGuidelines");
      default -> item.putObject("reviewerGuidelines").put("source", "MTUS");
    }
  }
}
