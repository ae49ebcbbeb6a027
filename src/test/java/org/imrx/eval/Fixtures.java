package org.imrx.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Small JSON fixtures written inline, with single quotes for readability. */
final class Fixtures {
  static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .build();

  private static final ObjectMapper ASCII = JsonMapper.builder()
      .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII).build();

  /** The gold record of test_score.py's cases. */
  static final String G = "{'caseNumber': 'X1', 'dates': {'injury': '2016-10-16'},"
      + " 'patient': {'age': 27, 'sex': 'female'},"
      + " 'reviewer': {'licensure': ['California', 'Texas'], 'specialties': ['Family Practice']},"
      + " 'disputedItems': [{'text': 'MRI of the lumbar spine', 'decision': 'UPHELD', 'reviewerGuidelines': [{'source': 'MTUS'}]},"
      + "   {'text': 'Norco 10/325mg #120', 'decision': 'OVERTURNED', 'reviewerGuidelines': [{'source': 'ODG'}]}],"
      + " 'diagnoses': ['left knee pain', 'lumbar strain'], 'treatments': ['Norco 10/325mg'],"
      + " 'examFindings': ['negative straight leg raise', 'tenderness at L4-5'], 'priorImaging': ['MRI of the lumbar spine']}";

  /** test_score.py's medical-record gold record. */
  static final String M = "{'document': '12-Knee-MRI', 'documentType': 'medical-record', 'dates': {'injury': null},"
      + " 'patient': {'age': null, 'sex': 'male'}, 'diagnoses': ['medial meniscus tear'], 'treatments': [],"
      + " 'examFindings': [], 'priorImaging': ['MRI right knee']}";

  private Fixtures() {}

  static ObjectNode obj(String json) {
    try {
      return (ObjectNode) JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** Writes gold records into {@code dir}, each named after its case number or document. */
  static Path goldDir(Path dir, JsonNode... records) {
    try {
      Files.createDirectories(dir);
      for (JsonNode g : records) {
        String name = g.hasNonNull("caseNumber") ? g.get("caseNumber").textValue() : g.get("document").textValue();
        Files.writeString(dir.resolve(name + ".json"), g.toString());
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes predictions as jsonl (ASCII: whatever encoding Python reads it with). */
  static Path jsonl(Path file, List<? extends JsonNode> predictions) {
    try {
      StringBuilder sb = new StringBuilder();
      for (JsonNode p : predictions) {
        sb.append(ASCII.writeValueAsString(p)).append('\n');
      }
      Files.writeString(file, sb);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
