package org.imrx.eval;

import static org.imrx.eval.Fixtures.G;
import static org.imrx.eval.Fixtures.M;
import static org.imrx.eval.Fixtures.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** test_score.py's hand-computed cases, and more. */
class EvaluatorTest {
  private final Evaluator evaluator = new Evaluator();

  private static GoldStore gold(ObjectNode... records) {
    Map<String, JsonNode> m = new java.util.LinkedHashMap<>();
    for (ObjectNode g : records) {
      m.put(g.hasNonNull("caseNumber") ? g.get("caseNumber").textValue() : g.get("document").textValue(), g);
    }
    return GoldStore.of(m);
  }

  private EvalResult run(ObjectNode g, JsonNode... predictions) {
    return evaluator.evaluate(gold(g), List.of(predictions));
  }

  private static ObjectNode edit(String base, java.util.function.Consumer<ObjectNode> change) {
    ObjectNode p = obj(base);
    change.accept(p);
    return p;
  }

  @Test
  void perfectPredictionScoresOneEverywhereDefined() {
    EvalResult r = run(obj(G), obj(G));
    for (Field f : Field.values()) {
      Counts c = r.counts(f);
      assertTrue(Double.isNaN(c.f1()) || c.f1() == 1.0, f + " " + c);
    }
    assertEquals(new Counts(2, 0, 0), r.counts(Field.DISPUTED_ITEMS));
    assertEquals(new Counts(2, 0, 0), r.counts(Field.GUIDELINE_SOURCES));
    assertTrue(Double.isNaN(r.counts(Field.PRIORITY).f1()), "gold states no priority: not scored");
  }

  @Test
  void duplicatesInANameListDoNotInflateRecall() {
    ObjectNode p = edit(G, x -> ((ObjectNode) x.get("reviewer")).putArray("licensure")
        .add("California").add("California").add("California"));
    assertEquals(new Counts(1, 2, 1), run(obj(G), p).counts(Field.LICENSURE));
  }

  @Test
  void anUnmatchedGoldItemIsAWrongDecisionAndNothingPredictedIsZero() {
    ObjectNode p = edit(G, x -> {
      ((com.fasterxml.jackson.databind.node.ArrayNode) x.get("disputedItems")).remove(1);
      x.putArray("treatments");
    });
    EvalResult r = run(obj(G), p);
    assertEquals(2.0 / 3.0, r.counts(Field.DECISION).f1(), 1e-9);
    assertEquals(0.0, r.counts(Field.TREATMENTS).f1());
    assertEquals(new Counts(1, 0, 1), r.counts(Field.GUIDELINE_SOURCES), "the missing item's source is missed");
  }

  @Test
  void aWrongShapeIsWrongNotACrash() {
    ObjectNode p = edit(G, x -> ((ObjectNode) x.get("dates")).putObject("injury").put("value", "2016-10-16"));
    assertEquals(0.0, run(obj(G), p).counts(Field.DATE_INJURY).f1());
    ObjectNode q = edit(G, x -> {
      x.put("diagnoses", 0);
      x.putObject("disputedItems").put("text", "MRI of the lumbar spine");
      x.put("reviewer", "California");
    });
    EvalResult r = run(obj(G), q);
    assertEquals(new Counts(0, 0, 2), r.counts(Field.DIAGNOSES));
    assertEquals(new Counts(0, 0, 2), r.counts(Field.DISPUTED_ITEMS));
    assertEquals(new Counts(0, 0, 2), r.counts(Field.LICENSURE));
  }

  @Test
  void aSecondPredictionOfADocumentIsIgnoredAndCounted() {
    ObjectNode worse = edit(G, x -> x.put("caseNumber", "X1").putArray("diagnoses"));
    EvalResult r = run(obj(G), obj(G), worse);
    assertEquals(1, r.documents().duplicates());
    assertEquals(1.0, r.counts(Field.DIAGNOSES).f1(), "the first prediction is the one scored");
  }

  @Test
  void medicalRecordGoldIsPairedByFileStemAndScoresOnlyItsFields() {
    ObjectNode q = obj("{'source': {'path': '/x/12-Knee-MRI.html'}, 'patient': {'sex': 'male'},"
        + " 'diagnoses': [{'text': 'tear of the medial meniscus'}], 'priorImaging': [{'text': 'MRI of the right knee'}]}");
    EvalResult r = run(obj(M), q);
    assertEquals(1.0, r.counts(Field.PATIENT_SEX).f1());
    assertEquals(1.0, r.counts(Field.DIAGNOSES).f1());
    assertEquals(1.0, r.counts(Field.PRIOR_IMAGING).f1());
    assertTrue(Double.isNaN(r.counts(Field.CASE_NUMBER).f1()));
    assertEquals(Counts.ZERO, r.counts(Field.DATE_INJURY), "null in gold and prediction: nothing to count");
    assertEquals(Counts.ZERO, r.counts(Field.TREATMENTS), "empty in gold and prediction: undefined, not 0");
  }

  @Test
  void nullAgainstAValueIsAFalsePositiveOnly() {
    ObjectNode g = obj("{'caseNumber': 'A', 'dates': {'urDenial': null}}");
    EvalResult r = run(g, obj("{'caseNumber': 'A', 'dates': {'urDenial': '2016-01-02'}}"));
    Counts c = r.counts(Field.DATE_UR_DENIAL);
    assertEquals(new Counts(0, 1, 0), c);
    assertEquals(0.0, c.precision());
    assertTrue(Double.isNaN(c.recall()));
    assertEquals(0.0, c.f1());
  }

  @Test
  void aFieldTheGoldRecordLacksIsNotScored() {
    ObjectNode g = obj("{'caseNumber': 'A', 'dates': {'injury': '2015-03-01'}}");
    EvalResult r = run(g, obj("{'caseNumber': 'A', 'priority': 'Standard', 'dates': {'assigned': '2016-01-01'}, 'diagnoses': ['x']}"));
    assertEquals(Counts.ZERO, r.counts(Field.PRIORITY));
    assertEquals(Counts.ZERO, r.counts(Field.DATE_ASSIGNED));
    assertEquals(Counts.ZERO, r.counts(Field.DIAGNOSES));
    assertEquals(new Counts(0, 0, 1), r.counts(Field.DATE_INJURY));
  }

  @Test
  void scalarsAreNormalisedBeforeComparison() {
    ObjectNode g = obj("{'caseNumber': 'A', 'priority': 'Standard', 'patient': {'age': 27, 'sex': 'female'}}");
    EvalResult r = run(g, obj("{'caseNumber': 'A', 'priority': '  STANDARD\\n', 'patient': {'age': 27.0, 'sex': 'Female'}}"));
    assertEquals(new Counts(1, 0, 0), r.counts(Field.PRIORITY));
    assertEquals(new Counts(1, 0, 0), r.counts(Field.PATIENT_AGE), "27.0 is 27");
    assertEquals(new Counts(1, 0, 0), r.counts(Field.PATIENT_SEX));
    EvalResult s = run(g, obj("{'caseNumber': 'A', 'patient': {'age': '27'}}"));
    assertEquals(new Counts(0, 1, 1), s.counts(Field.PATIENT_AGE), "the string '27' is not the number 27");
  }

  @Test
  void emptyGoldListAgainstItemsIsAllFalsePositives() {
    ObjectNode g = obj("{'caseNumber': 'A', 'priorImaging': []}");
    Counts c = run(g, obj("{'caseNumber': 'A', 'priorImaging': ['MRI of the knee', {'text': 'CT head'}, {'text': 5}, 7]}"))
        .counts(Field.PRIOR_IMAGING);
    assertEquals(new Counts(0, 2, 0), c, "items without a string text are not items");
    assertEquals(0.0, c.f1());
  }

  @Test
  void aStringWhereAListBelongsIsReadAsItsCharactersAsTheReferenceDoes() {
    ObjectNode g = obj("{'caseNumber': 'A', 'reviewer': {'licensure': ['California']}}");
    assertEquals(new Counts(0, 10, 1),
        run(g, obj("{'caseNumber': 'A', 'reviewer': {'licensure': 'California'}}")).counts(Field.LICENSURE));
  }

  @Test
  void decisionsIgnoreCaseAndSourcesAreSets() {
    ObjectNode g = obj("{'caseNumber': 'A', 'disputedItems': [{'text': 'Lumbar MRI', 'decision': 'UPHELD',"
        + " 'reviewerGuidelines': [{'source': 'MTUS'}, {'source': 'ODG'}, {'source': 'MTUS'}]}]}");
    ObjectNode p = obj("{'caseNumber': 'A', 'disputedItems': [{'text': 'MRI of the lumbar spine', 'decision': 'upheld',"
        + " 'reviewerGuidelines': [{'source': 'MTUS'}, {'source': 'OTHER'}, {'source': 'OTHER'}, 'ODG']}]}");
    EvalResult r = run(g, p);
    assertEquals(new Counts(1, 0, 0), r.counts(Field.DISPUTED_ITEMS));
    assertEquals(new Counts(1, 0, 0), r.counts(Field.DECISION));
    assertEquals(new Counts(1, 1, 1), r.counts(Field.GUIDELINE_SOURCES));
  }

  @Test
  void aWrongDecisionOnAPairedItemIsMissedNotSpurious() {
    ObjectNode g = obj("{'caseNumber': 'A', 'disputedItems': [{'text': 'Lumbar MRI', 'decision': 'UPHELD'}]}");
    EvalResult r = run(g, obj("{'caseNumber': 'A', 'disputedItems': [{'text': 'Lumbar MRI', 'decision': 'OVERTURNED'}]}"));
    Counts c = r.counts(Field.DECISION);
    assertEquals(new Counts(0, 0, 1), c);
    assertTrue(Double.isNaN(c.precision()));
    assertEquals(0.0, c.f1());
  }

  @Test
  void caseNumberPairsBeforeTheFileStemAndStrangersAreCounted() {
    GoldStore store = gold(obj("{'caseNumber': 'A', 'priority': 'Standard'}"), obj("{'caseNumber': 'B', 'priority': 'Expedited'}"));
    ObjectNode p = obj("{'caseNumber': 'A', 'source': {'path': 'letters/B.pdf'}, 'priority': 'Standard'}");
    ObjectNode stranger = obj("{'caseNumber': 'Z', 'source': {'path': 'letters/Z.pdf'}}");
    ObjectNode error = obj("{'source': {'path': 'letters/B.pdf'}, 'error': {'type': 'corrupt', 'message': 'B.pdf: corrupt'}}");
    EvalResult r = evaluator.evaluate(store, List.of(p, stranger, error));
    assertEquals(new DocumentCounts(2, 2, List.of(), 0, 1), r.documents());
    assertEquals(new Counts(1, 0, 1), r.counts(Field.PRIORITY), "B's error record is paired and scores as empty");
  }

  @Test
  void goldWithoutPredictionIsMissingAndScoredAgainstNothing() {
    EvalResult r = evaluator.evaluate(gold(obj(G)), List.of());
    assertEquals(List.of("X1"), r.documents().missing());
    assertEquals(new Counts(0, 0, 2), r.counts(Field.DECISION));
    assertEquals(0.0, r.counts(Field.CASE_NUMBER).f1());
  }

  @Test
  void documentCountsAddUpOverDocuments() {
    ObjectNode a = obj("{'caseNumber': 'A', 'diagnoses': ['neck pain', 'low back pain']}");
    ObjectNode b = obj("{'caseNumber': 'B', 'diagnoses': ['left shoulder strain']}");
    EvalResult r = evaluator.evaluate(gold(a, b), List.of(
        obj("{'caseNumber': 'A', 'diagnoses': ['pain in the neck', 'headache']}"),
        obj("{'caseNumber': 'B', 'diagnoses': ['right shoulder strain']}")));
    assertEquals(new Counts(1, 2, 2), r.counts(Field.DIAGNOSES));
  }
}
