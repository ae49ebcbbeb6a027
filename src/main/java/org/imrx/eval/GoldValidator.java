package org.imrx.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks that a gold record has the shapes {@code ../shared/ANNOTATION.md} prescribes, so that a
 * mistyped gold file is reported instead of silently scoring every prediction wrong. Keys it
 * does not know ({@code notes}, {@code document}) are allowed. Stateless and thread-safe.
 */
public final class GoldValidator {
  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  private static final Set<String> DATE_KEYS =
      Set.of("assigned", "injury", "decision", "urDenial", "applicationReceived");
  private static final Set<String> SEXES = Set.of("female", "male");
  private static final Set<String> DECISIONS = Set.of("UPHELD", "OVERTURNED");
  private static final Set<String> SOURCES = Set.of("MTUS", "ODG", "ACOEM", "OTHER");

  /** What is wrong with a gold record, one message per problem naming its path; empty if nothing. */
  public List<String> problems(JsonNode gold) {
    List<String> out = new ArrayList<>();
    if (gold == null || !gold.isObject()) {
      out.add("the record is not a JSON object");
      return out;
    }
    optionalString(gold, "caseNumber", out);
    optionalString(gold, "priority", out);
    JsonNode dates = gold.get("dates");
    if (isObject(dates, "dates", out)) {
      for (String k : DATE_KEYS) {
        JsonNode d = dates.get(k);
        if (d != null && !d.isNull() && !(d.isTextual() && DATE.matcher(d.textValue()).matches())) {
          out.add("dates." + k + " must be a date YYYY-MM-DD (or YYYY-MM, YYYY) or null");
        }
      }
    }
    JsonNode patient = gold.get("patient");
    if (isObject(patient, "patient", out)) {
      JsonNode age = patient.get("age");
      if (age != null && !age.isNull() && !(age.isIntegralNumber() && age.asInt() >= 0 && age.asInt() < 150)) {
        out.add("patient.age must be an integer number of years or null");
      }
      JsonNode sex = patient.get("sex");
      if (sex != null && !sex.isNull() && !(sex.isTextual() && SEXES.contains(sex.textValue()))) {
        out.add("patient.sex must be \"female\", \"male\" or null");
      }
    }
    JsonNode reviewer = gold.get("reviewer");
    if (isObject(reviewer, "reviewer", out)) {
      strings(reviewer.get("licensure"), "reviewer.licensure", out);
      strings(reviewer.get("specialties"), "reviewer.specialties", out);
    }
    for (Field f : Field.values()) {
      if (f.isClinical()) {
        items(gold.get(f.key()), f.key(), out);
      }
    }
    disputedItems(gold.get("disputedItems"), out);
    return out;
  }

  private static void disputedItems(JsonNode list, List<String> out) {
    if (!isArray(list, "disputedItems", out)) {
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      String at = "disputedItems[" + i + "]";
      JsonNode item = list.get(i);
      if (!item.isObject()) {
        out.add(at + " must be an object");
        continue;
      }
      if (!item.path("text").isTextual() || item.get("text").textValue().isBlank()) {
        out.add(at + ".text must be a non-empty string");
      }
      if (!item.path("decision").isTextual() || !DECISIONS.contains(item.get("decision").textValue())) {
        out.add(at + ".decision must be \"UPHELD\" or \"OVERTURNED\"");
      }
      JsonNode guidelines = item.get("reviewerGuidelines");
      if (!isArray(guidelines, at + ".reviewerGuidelines", out)) {
        continue;
      }
      for (int j = 0; j < guidelines.size(); j++) {
        JsonNode g = guidelines.get(j);
        if (!g.isObject() || !g.path("source").isTextual() || !SOURCES.contains(g.get("source").textValue())) {
          out.add(at + ".reviewerGuidelines[" + j + "] must be an object whose source is one of " + SOURCES);
        }
      }
    }
  }

  private static void items(JsonNode list, String path, List<String> out) {
    if (!isArray(list, path, out)) {
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      JsonNode it = list.get(i);
      if (!(it.isTextual() || it.isObject() && it.path("text").isTextual())) {
        out.add(path + "[" + i + "] must be a string or an object with a string text");
      }
    }
  }

  private static void strings(JsonNode list, String path, List<String> out) {
    if (!isArray(list, path, out)) {
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      if (!list.get(i).isTextual()) {
        out.add(path + "[" + i + "] must be a string");
      }
    }
  }

  private static void optionalString(JsonNode gold, String key, List<String> out) {
    JsonNode v = gold.get(key);
    if (v != null && !v.isNull() && !v.isTextual()) {
      out.add(key + " must be a string or null");
    }
  }

  /** Whether the value is an object to look into; absent and null are fine, other types are reported. */
  private static boolean isObject(JsonNode v, String path, List<String> out) {
    if (v == null || v.isNull()) {
      return false;
    }
    if (!v.isObject()) {
      out.add(path + " must be an object");
      return false;
    }
    return true;
  }

  private static boolean isArray(JsonNode v, String path, List<String> out) {
    if (v == null || v.isNull()) {
      return false;
    }
    if (!v.isArray()) {
      out.add(path + " must be a list");
      return false;
    }
    return true;
  }
}
