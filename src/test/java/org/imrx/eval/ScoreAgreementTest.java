package org.imrx.eval;

import static org.imrx.eval.Fixtures.G;
import static org.imrx.eval.Fixtures.M;
import static org.imrx.eval.Fixtures.obj;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imrx.SharedData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java evaluation agrees with {@code ../shared/tools/score.py} on every field, on prediction
 * sets made by damaging the shared gold records at random (seeded) in many ways, and on
 * hand-written edge cases (the only part run with the fast tests). The agreement on real
 * extractions is checked by {@code LetterEvaluationTest}. Skipped where python3 or ../shared is
 * missing.
 */
class ScoreAgreementTest {
  private static final double[] DAMAGE = {0.0, 0.1, 0.3, 0.6, 0.9};
  @TempDir Path tmp;

  @Test
  @Tag("corpus")
  void agreesOnDamagedLetterGold() throws Exception {
    agreeOnDamaged(SharedData.require("corpus/imr-letters/gold"), 1000);
  }

  @Test
  @Tag("corpus")
  void agreesOnDamagedMedicalRecordGold() throws Exception {
    agreeOnDamaged(SharedData.require("corpus/mtsamples/gold"), 2000);
  }

  private void agreeOnDamaged(Path goldDir, long seed) throws Exception {
    ReferenceScorer reference = ReferenceScorer.require();
    GoldStore gold = GoldStore.load(goldDir);
    List<Map.Entry<String, JsonNode>> records = new ArrayList<>();
    gold.keys().forEach(k -> records.add(Map.entry(k, gold.get(k))));
    int compared = 0;
    int between = 0;
    Evaluator evaluator = new Evaluator();
    for (int i = 0; i < DAMAGE.length; i++) {
      Path file = Fixtures.jsonl(tmp.resolve("damaged-" + i + ".jsonl"),
          new Perturber(seed + i, DAMAGE[i], records).predictions());
      EvalResult java = evaluator.evaluate(gold, Predictions.read(file));
      compared += ReferenceScorer.assertAgrees(reference.score(goldDir, file), java, goldDir + " damage " + DAMAGE[i]);
      for (Field f : Field.values()) {
        double f1 = java.counts(f).f1();
        between += f1 > 0 && f1 < 1 ? 1 : 0;
      }
      if (DAMAGE[i] >= 0.6) {
        assertTrue(java.macro(Scope.ALL).f1() < 0.9, "heavy damage should show: " + java.macro(Scope.ALL).f1());
      }
    }
    Path empty = Fixtures.jsonl(tmp.resolve("empty.jsonl"), List.of());
    compared += ReferenceScorer.assertAgrees(reference.score(goldDir, empty), evaluator.evaluate(gold, List.of()), "no predictions");
    assertTrue(between >= 10, "the damaged sets should give F1 values strictly between 0 and 1, gave " + between);
    System.out.println("score.py agreement on " + goldDir + ": " + compared + " values compared over "
        + (DAMAGE.length + 1) + " prediction sets");
  }

  @Test
  void agreesOnHandWrittenEdgeCases() throws Exception {
    ReferenceScorer reference = ReferenceScorer.require();
    ObjectNode a = obj("{'caseNumber': 'A', 'priority': 'Standard', 'dates': {'urDenial': null, 'injury': '2015-03'},"
        + " 'patient': {'age': 27, 'sex': 'female'}, 'reviewer': {'licensure': ['California'], 'specialties': []},"
        + " 'disputedItems': [{'text': 'Lumbar MRI', 'decision': 'UPHELD', 'reviewerGuidelines': [{'source': 'MTUS'}, {'source': 'ODG'}]},"
        + "   {'text': 'Lumbar MRI', 'decision': 'OVERTURNED', 'reviewerGuidelines': []}],"
        + " 'diagnoses': [], 'examFindings': ['tenderness at L4-5', 'negative Spurling test']}");
    Path dir = Fixtures.goldDir(tmp.resolve("gold"), obj(G), obj(M), a);
    List<ObjectNode> predictions = List.of(
        obj("{'caseNumber': 'A', 'source': {'path': 'X1.pdf'}, 'priority': '\\u00a0STANDARD\\u001f', 'dates': {'urDenial': '2016-01-01', 'injury': '2015-03'},"
            + " 'patient': {'age': 27.0, 'sex': true}, 'reviewer': {'licensure': 'California', 'specialties': ['x', 1]},"
            + " 'disputedItems': [{'text': 'MRI lumbar', 'decision': 'upheld', 'reviewerGuidelines': [{'source': 'MTUS'}, {'source': 1}, {'source': null}, 'ODG']},"
            + "   {'text': 'Lumbar MRI', 'decision': 0}, 'Lumbar MRI'],"
            + " 'diagnoses': ['neck pain'], 'examFindings': ['tenderness at L4-L5', 'Spurling test negative', 'positive Spurling test']}"),
        obj("{'source': {'path': '/a/X1.pdf'}, 'caseNumber': 5, 'dates': [], 'reviewer': {'licensure': {'California': 1, 'Texas': 2}},"
            + " 'diagnoses': 'left knee pain', 'disputedItems': [{'text': '', 'decision': 'UPHELD'}, {'decision': 'OVERTURNED', 'text': null}]}"),
        obj("{'source': {'path': 'records/12-Knee-MRI.html.txt'}}"),
        obj("{'source': {'path': 'records/12-Knee-MRI.html'}, 'patient': {'sex': 'male'}}"),
        obj("{'caseNumber': 'A'}"));
    Path file = Fixtures.jsonl(tmp.resolve("edge.jsonl"), predictions);
    ReferenceScorer.assertAgrees(reference.score(dir, file), new Evaluator().evaluate(GoldStore.load(dir), Predictions.read(file)), "edge cases");
  }
}
