package org.imrx.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvalReportTest {
  private static final EvalResult RESULT = new EvalResult(Map.of(
      Field.CASE_NUMBER, new Counts(1, 0, 0),
      Field.PRIORITY, new Counts(0, 1, 1),
      Field.DIAGNOSES, new Counts(2, 2, 0),
      Field.TREATMENTS, new Counts(0, 0, 3)),
      new DocumentCounts(2, 1, List.of("B"), 0, 0));

  @Test
  void microPoolsCountsOverFields() {
    Average s = RESULT.micro(Scope.STRUCTURED);
    assertEquals(new Counts(1, 1, 1), s.counts());
    assertEquals(0.5, s.f1(), 1e-12);
    Average c = RESULT.micro(Scope.CLINICAL);
    assertEquals(new Counts(2, 2, 3), c.counts());
    assertEquals(0.5, c.precision(), 1e-12);
    assertEquals(0.4, c.recall(), 1e-12);
    assertEquals(4.0 / 9.0, c.f1(), 1e-12);
    assertEquals(new Counts(3, 3, 4), RESULT.micro(Scope.ALL).counts());
  }

  @Test
  void macroAveragesSkipUndefinedValues() {
    Average s = RESULT.macro(Scope.STRUCTURED);
    assertEquals(2, s.fields());
    assertEquals(0.5, s.f1(), 1e-12);
    assertEquals(0.5, s.precision(), 1e-12);
    assertEquals(0.5, s.recall(), 1e-12);
    Average c = RESULT.macro(Scope.CLINICAL);
    assertEquals((2.0 / 3.0 + 0.0) / 2, c.f1(), 1e-12);
    assertEquals(0.5, c.precision(), 1e-12, "treatments has no precision: skipped");
    assertEquals(0.5, c.recall(), 1e-12);
    assertEquals((1.0 + 0.0 + 2.0 / 3.0 + 0.0) / 4, RESULT.macro(Scope.ALL).f1(), 1e-12);
    assertTrue(Double.isNaN(new EvalResult(Map.of(), RESULT.documents()).macro(Scope.ALL).f1()));
  }

  @Test
  void tableListsScoredFieldsAndAverages() {
    String t = new EvalReport().text(RESULT);
    assertTrue(t.startsWith("gold documents: 2, paired predictions: 1, missing: 1, duplicates: 0"), t);
    assertTrue(t.contains("missing: B"), t);
    assertTrue(t.lines().anyMatch(l -> l.matches("caseNumber\\s+1\\.000\\s+1\\.000\\s+1\\.000\\s+1\\s+1\\s+0\\s+0")), t);
    assertTrue(t.lines().anyMatch(l -> l.matches("treatments\\s+-\\s+0\\.000\\s+0\\.000\\s+3\\s+0\\s+0\\s+3")), t);
    assertFalse(t.contains("dates.injury"), "nothing to score: left out");
    assertTrue(t.lines().anyMatch(l -> l.matches("micro clinical\\s+0\\.500\\s+0\\.400\\s+0\\.444\\s+5\\s+2\\s+2\\s+3")), t);
    assertTrue(t.lines().anyMatch(l -> l.matches("macro structured \\(2 fields\\)\\s+0\\.500\\s+0\\.500\\s+0\\.500")), t);
  }

  @Test
  void jsonHasTheReferenceKeysWithNullForUndefined() {
    JsonNode j = new EvalReport().json(RESULT);
    for (Field f : Field.values()) {
      assertTrue(j.has(f.key()), f.key());
    }
    assertTrue(j.get("treatments").get("p").isNull());
    assertEquals(0.0, j.get("treatments").get("f1").doubleValue());
    assertEquals(3, j.get("treatments").get("support").intValue());
    assertTrue(j.get("dates.injury").get("f1").isNull());
    assertEquals("B", j.get("_docs").get("missing").get(0).textValue());
    assertEquals(0.5, j.get("_micro").get("structured").get("f1").doubleValue(), 1e-12);
    assertEquals(2, j.get("_macro").get("structured").get("fields").intValue());
  }
}
