package org.imrx.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.Set;
import org.imrx.TestDocs;
import org.imrx.extract.CasePipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The published schema describes what extract writes: cases and error records alike. */
public class CaseSchemaTest {
  static JsonSchema schema;

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in = CaseSchemaTest.class.getResourceAsStream("/case.schema.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  /** Validation messages of one JSON line against the case schema. */
  public static Set<ValidationMessage> validate(String json) throws Exception {
    if (schema == null) {
      load();
    }
    JsonNode node = CaseJson.mapper().readTree(json);
    return schema.validate(node);
  }

  @Test
  void extractedLetterConformsWithAndWithoutText() throws Exception {
    Case c = CasePipeline.load().extract(
        TestDocs.text("synthetic-letter.txt", TestDocs.resource("/letters/synthetic-letter.txt")));
    assertEquals(Set.of(), validate(CaseJson.line(c)));
    assertEquals(Set.of(), validate(CaseJson.line(c.withoutContent())));
  }

  @Test
  void errorRecordConforms() throws Exception {
    ErrorRecord e = new ErrorRecord(new Source("x.pdf", null, null, null),
        new ErrorRecord.Error("corrupt", "x.pdf: cannot be parsed"));
    assertEquals(Set.of(), validate(CaseJson.line(e)));
  }

  @Test
  void schemaRejectsAWrongShape() throws Exception {
    Case c = CasePipeline.load().extract(
        TestDocs.text("synthetic-letter.txt", TestDocs.resource("/letters/synthetic-letter.txt")));
    String bad = CaseJson.line(c).replace("\"injury\":\"2018-07-14\"", "\"injury\":\"July 14\"");
    assertTrue(bad.contains("July 14"));
    assertFalse(validate(bad).isEmpty());
  }

  @Test
  void caseJsonRoundTrips() throws Exception {
    Case c = CasePipeline.load().extract(
        TestDocs.text("synthetic-letter.txt", TestDocs.resource("/letters/synthetic-letter.txt")));
    assertEquals(c, CaseJson.read(CaseJson.line(c)));
  }
}
