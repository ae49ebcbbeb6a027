package org.imrx.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.imrx.ConfigurationException;

/**
 * Gold records of a directory, one {@code *.json} file per document, validated on load and
 * keyed as {@code score.py} keys them: by {@code caseNumber}, else by the file-name stem.
 * Predictions are paired with them by {@link #keyFor}. Immutable and thread-safe.
 */
public final class GoldStore {
  private static final GoldValidator VALIDATOR = new GoldValidator();
  private final Map<String, JsonNode> records;

  private GoldStore(Map<String, JsonNode> records) {
    this.records = Collections.unmodifiableMap(new LinkedHashMap<>(records));
  }

  /**
   * Loads every {@code *.json} file of {@code dir} (sorted by name).
   *
   * @throws ConfigurationException naming the directory when it is missing or holds no gold
   *     file, or naming the file and the reason when a file is not valid JSON, breaks the
   *     annotation guideline's shapes, or holds a document another file already holds
   */
  public static GoldStore load(Path dir) throws ConfigurationException {
    if (dir == null || !Files.isDirectory(dir)) {
      throw new ConfigurationException("gold directory " + dir + " not found");
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".json"))
          .filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new ConfigurationException("gold directory " + dir + " cannot be read: " + e.getMessage(), e);
    }
    if (files.isEmpty()) {
      throw new ConfigurationException("gold directory " + dir + " holds no .json gold records");
    }
    Map<String, JsonNode> records = new LinkedHashMap<>();
    Map<String, Path> fileOf = new LinkedHashMap<>();
    for (Path f : files) {
      JsonNode g = read(f);
      String name = f.getFileName().toString();
      String key = key(g, name.substring(0, name.length() - ".json".length()));
      Path other = fileOf.putIfAbsent(key, f);
      if (other != null) {
        throw new ConfigurationException("gold files " + other + " and " + f + " are both the record of " + key);
      }
      records.put(key, g);
    }
    return new GoldStore(records);
  }

  /**
   * Gold records already in memory, keyed by file-name stem where they have no case number.
   *
   * @throws IllegalArgumentException when a record breaks the guideline's shapes
   */
  public static GoldStore of(Map<String, JsonNode> recordsByStem) {
    Map<String, JsonNode> records = new LinkedHashMap<>();
    recordsByStem.forEach((stem, g) -> {
      List<String> problems = VALIDATOR.problems(g);
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException("gold record " + stem + ": " + String.join("; ", problems));
      }
      if (records.putIfAbsent(key(g, stem), g) != null) {
        throw new IllegalArgumentException("two gold records of " + key(g, stem));
      }
    });
    return new GoldStore(records);
  }

  private static JsonNode read(Path f) throws ConfigurationException {
    JsonNode g;
    try {
      g = JsonValues.MAPPER.readTree(Files.readString(f));
    } catch (JsonProcessingException e) {
      throw new ConfigurationException("gold file " + f + " is not valid JSON" + Predictions.where(e), e);
    } catch (IOException e) {
      throw new ConfigurationException("gold file " + f + " cannot be read: " + e.getMessage(), e);
    }
    List<String> problems = VALIDATOR.problems(g);
    if (!problems.isEmpty()) {
      throw new ConfigurationException("gold file " + f + ": " + String.join("; ", problems));
    }
    return g;
  }

  private static String key(JsonNode gold, String stem) {
    JsonNode cn = gold.get("caseNumber");
    return cn != null && cn.isTextual() && !cn.textValue().isEmpty() ? cn.textValue() : stem;
  }

  /** The keys of the gold records, in file-name order. */
  public Set<String> keys() {
    return records.keySet();
  }

  public JsonNode get(String key) {
    return records.get(key);
  }

  public int size() {
    return records.size();
  }

  /** The gold records with the given keys only (a fold of a cross-validation, say). */
  public GoldStore subset(Collection<String> keys) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    records.forEach((k, v) -> {
      if (keys.contains(k)) {
        out.put(k, v);
      }
    });
    return new GoldStore(out);
  }

  /**
   * The key of the gold record a prediction belongs to: its {@code caseNumber} where a gold
   * record has it, else the file-name stem of its {@code source.path}; null when neither fits.
   */
  public String keyFor(JsonNode prediction) {
    JsonNode cn = prediction == null ? null : prediction.get("caseNumber");
    if (cn != null && cn.isTextual() && records.containsKey(cn.textValue())) {
      return cn.textValue();
    }
    String stem = stem(JsonValues.text(JsonValues.get(prediction, "source.path")));
    return records.containsKey(stem) ? stem : null;
  }

  /** A path's file name without its last extension, as Python's {@code os.path.splitext} cuts it. */
  static String stem(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    for (int i = 0; i < dot; i++) {
      if (name.charAt(i) != '.') {
        return name.substring(0, dot);
      }
    }
    return name;
  }
}
