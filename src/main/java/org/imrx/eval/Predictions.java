package org.imrx.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.imrx.ConfigurationException;
import org.imrx.model.CaseJson;

/**
 * Cases to score, as JSON trees: read from what {@code imrx extract} wrote (jsonl, one case a
 * line; or a {@code .json} file holding one case or an array of them), or converted from cases
 * and error records in memory. Stateless.
 */
public final class Predictions {
  private Predictions() {}

  /**
   * The cases of a file: a {@code .json} file is one JSON value (a case or an array of cases),
   * anything else is jsonl with blank lines skipped.
   *
   * @throws ConfigurationException naming the file (and line) when it cannot be read, is not
   *     valid JSON or holds something other than case objects
   */
  public static List<JsonNode> read(Path file) throws ConfigurationException {
    if (!Files.isRegularFile(file)) {
      throw new ConfigurationException("predictions file " + file + " not found");
    }
    try {
      return file.getFileName().toString().endsWith(".json") ? readJson(file) : readJsonl(file);
    } catch (IOException e) {
      throw new ConfigurationException("predictions file " + file + " cannot be read: " + e.getMessage(), e);
    }
  }

  private static List<JsonNode> readJson(Path file) throws IOException, ConfigurationException {
    JsonNode root;
    try {
      root = JsonValues.MAPPER.readTree(Files.readString(file));
    } catch (JsonProcessingException e) {
      throw new ConfigurationException("predictions file " + file + " is not valid JSON" + where(e), e);
    }
    List<JsonNode> out = new ArrayList<>();
    if (root != null && root.isArray()) {
      root.forEach(out::add);
    } else if (root != null) {
      out.add(root);
    }
    for (int i = 0; i < out.size(); i++) {
      if (!out.get(i).isObject()) {
        throw new ConfigurationException("predictions file " + file + ": value " + (i + 1) + " is not a case object");
      }
    }
    return out;
  }

  private static List<JsonNode> readJsonl(Path file) throws IOException, ConfigurationException {
    List<JsonNode> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode p;
        try {
          p = JsonValues.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
          throw new ConfigurationException("predictions file " + file + ": line " + n + " is not valid JSON", e);
        }
        if (!p.isObject()) {
          throw new ConfigurationException("predictions file " + file + ": line " + n + " is not a case object");
        }
        out.add(p);
      }
    }
    return out;
  }

  /** A case or an error record (what a batch produces) as the tree its JSON output would give. */
  public static JsonNode tree(Object caseOrErrorRecord) {
    return CaseJson.mapper().valueToTree(caseOrErrorRecord);
  }

  static String where(JsonProcessingException e) {
    return e.getLocation() == null ? ""
        : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
  }
}
