package org.imrx.eval;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads values out of case and gold JSON the way {@code score.py} does, so that the two agree
 * also on predictions of the wrong shape: a missing key and a JSON null are both "absent", a
 * string where a list is expected is its characters, an object its keys. Stateless.
 */
final class JsonValues {
  // Python's whitespace: Unicode White_Space plus the separators U+001C..U+001F.
  private static final Pattern SPACES = Pattern.compile("[\\s\\x1c-\\x1f]+", Pattern.UNICODE_CHARACTER_CLASS);

  /**
   * Parses JSON as Python's {@code json} module does: NaN and Infinity accepted, anything after
   * the value refused, a repeated key keeps its last value. Immutable, shared.
   */
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  /** A value of the wrong shape (object or list) where a scalar is expected: equals no gold value. */
  record Shape(String json) {}

  private JsonValues() {}

  /** The value at a dotted path, or null when a step is missing, null or not an object. */
  static JsonNode get(JsonNode node, String path) {
    JsonNode d = node;
    for (String k : path.split("\\.")) {
      if (d == null || !d.isObject()) {
        return null;
      }
      d = d.get(k);
    }
    return d == null || d.isNull() ? null : d;
  }

  /**
   * The elements of a value used as a list: a list's elements, a string's characters, an
   * object's keys; nothing for an absent or false-like value (where the reference scorer would
   * fail on a number, nothing too).
   */
  static List<JsonNode> elements(JsonNode v) {
    List<JsonNode> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    if (v.isArray()) {
      v.forEach(out::add);
    } else if (v.isTextual()) {
      v.textValue().codePoints().forEach(c -> out.add(TextNode.valueOf(Character.toString(c))));
    } else if (v.isObject()) {
      for (Iterator<String> it = v.fieldNames(); it.hasNext(); ) {
        out.add(TextNode.valueOf(it.next()));
      }
    }
    return out;
  }

  /** The texts of list items: strings, and the string {@code text} of objects. */
  static List<String> texts(JsonNode v) {
    List<String> out = new ArrayList<>();
    for (JsonNode it : elements(v)) {
      if (it.isTextual()) {
        out.add(it.textValue());
      } else if (it.isObject() && it.path("text").isTextual()) {
        out.add(it.get("text").textValue());
      }
    }
    return out;
  }

  /** The objects among a list's elements. */
  static List<JsonNode> objects(JsonNode v) {
    return elements(v).stream().filter(JsonNode::isObject).toList();
  }

  /**
   * A scalar normalised for comparison, or null when absent: strings trimmed, spaces collapsed,
   * lower-cased; numbers (and booleans, as 1 and 0) compared by value, so 27 equals 27.0;
   * objects and lists become a {@link Shape}.
   */
  static Object scalar(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    }
    if (v.isTextual()) {
      return normalise(v.textValue());
    }
    if (v.isBoolean()) {
      return v.booleanValue() ? BigDecimal.ONE : BigDecimal.ZERO;
    }
    if (v.isNumber() && Double.isFinite(v.doubleValue())) {
      BigDecimal d = v.decimalValue().stripTrailingZeros();
      return d.signum() == 0 ? BigDecimal.ZERO : d;
    }
    return new Shape(v.toString());
  }

  static String normalise(String s) {
    String collapsed = SPACES.matcher(s).replaceAll(" ");
    int from = collapsed.startsWith(" ") ? 1 : 0;
    int to = collapsed.length() > from && collapsed.endsWith(" ") ? collapsed.length() - 1 : collapsed.length();
    return collapsed.substring(from, to).toLowerCase(Locale.ROOT);
  }

  /** A string item's text; what the reference scorer reads as "" for anything else. */
  static String text(JsonNode v) {
    return v != null && v.isTextual() ? v.textValue() : "";
  }

  /**
   * A decision upper-cased for comparison; "" where absent or false-like; null (equal to
   * nothing) for a value of another type.
   */
  static String decision(JsonNode v) {
    if (v == null || v.isNull()) {
      return "";
    }
    if (v.isTextual()) {
      return v.textValue().toUpperCase(Locale.ROOT);
    }
    return falsy(v) ? "" : null;
  }

  /** A guideline source as a set member: strings by their text, other values by type and value. */
  static String source(JsonNode v) {
    if (v == null || v.isNull()) {
      return "null";
    }
    if (v.isTextual()) {
      return "s:" + v.textValue();
    }
    if (v.isNumber() || v.isBoolean()) {
      return "n:" + scalar(v);
    }
    return "j:" + v;
  }

  private static boolean falsy(JsonNode v) {
    if (v.isBoolean()) {
      return !v.booleanValue();
    }
    if (v.isNumber()) {
      return v.doubleValue() == 0;
    }
    if (v.isTextual()) {
      return v.textValue().isEmpty();
    }
    return v.isContainerNode() && v.isEmpty();
  }
}
