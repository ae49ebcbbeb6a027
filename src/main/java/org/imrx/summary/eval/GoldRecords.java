package org.imrx.summary.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.imrx.ConfigurationException;
import org.imrx.model.Case;
import org.imrx.model.CaseJson;

/**
 * Gold records of a directory, keyed as the reference scorer keys them: by {@code caseNumber},
 * else by the file-name stem; a case finds its gold by its case number, else by the stem of its
 * source path. Immutable once loaded.
 */
public final class GoldRecords {
  private final Map<String, JsonNode> byKey;

  private GoldRecords(Map<String, JsonNode> byKey) {
    this.byKey = byKey;
  }

  public static GoldRecords load(Path dir) throws ConfigurationException {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        JsonNode g = CaseJson.mapper().readTree(f.toFile());
        String stem = f.getFileName().toString().replaceFirst("\\.json$", "");
        String key = g.hasNonNull("caseNumber") ? g.get("caseNumber").asText() : stem;
        out.put(key, g);
      }
    } catch (IOException e) {
      throw new ConfigurationException("gold directory " + dir + " not readable: " + e.getMessage());
    }
    if (out.isEmpty()) {
      throw new ConfigurationException("no gold records (*.json) in " + dir);
    }
    return new GoldRecords(out);
  }

  public int size() {
    return byKey.size();
  }

  /** The gold record of a document, or null. */
  public JsonNode find(Case c) {
    if (c.caseNumber() != null && byKey.containsKey(c.caseNumber())) {
      return byKey.get(c.caseNumber());
    }
    String name = Path.of(c.source().path()).getFileName().toString();
    int dot = name.lastIndexOf('.');
    return byKey.get(dot > 0 ? name.substring(0, dot) : name);
  }

  /** The gold record of the first document of a case file that has one, or null. */
  public JsonNode find(List<Case> cases) {
    for (Case c : cases) {
      JsonNode g = find(c);
      if (g != null) {
        return g;
      }
    }
    return null;
  }
}
