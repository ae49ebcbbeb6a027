package org.imrx.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The clinical lists against every gold set, scored as {@code score.py} scores them, so that a
 * change that loses diagnoses, treatments, findings or imaging fails the build. Each floor sits a
 * little under what the extractors reached when it was set; the held-out sets (gold the project
 * wrote before developers saw those documents) have their own floors.
 */
@Tag("corpus")
class ClinicalListsCorpusTest {

  private static Supplier<CorpusRun> corpus(String name) {
    return switch (name) {
      case "shared-letters" -> GoldCorpora::sharedLetters;
      case "shared-records" -> GoldCorpora::sharedRecords;
      // Gold the project wrote, under src/test/resources/gold/: a folder of letters or of records.
      default -> () -> GoldCorpora.projectGold(name);
    };
  }

  @ParameterizedTest(name = "{1} on {0} >= {2}")
  @CsvSource({
      "shared-letters, diagnoses, 0.96",
      "shared-letters, treatments, 0.97",
      "shared-letters, examFindings, 0.89",
      "shared-letters, priorImaging, 0.95",
      "shared-records, diagnoses, 0.79",
      "shared-records, treatments, 0.92",
      "shared-records, examFindings, 0.83",
      "shared-records, priorImaging, 0.90",
      "imaging-letters, priorImaging, 0.95",
      "imaging-records, priorImaging, 0.90",
      "treatments/letters, treatments, 0.90",
      "treatments/records, treatments, 0.65",
      "treatments/dev-letters, treatments, 0.94",
      "treatments/dev-records, treatments, 0.93",
      "dev-diagnoses/letters, diagnoses, 0.97",
      "dev-diagnoses/records, diagnoses, 0.88",
      "dev-treatments/letters, treatments, 0.97",
      "dev-treatments/records, treatments, 0.92",
      "dev-imaging, priorImaging, 0.92",
      "dev-findings, examFindings, 0.80",
      "heldout-letters, diagnoses, 0.89",
      "heldout-letters, treatments, 0.80",
      "heldout-letters, examFindings, 0.86",
      "heldout-letters, priorImaging, 0.95",
      "heldout-records, diagnoses, 0.66",
      "heldout-records, treatments, 0.74",
      "heldout-records, examFindings, 0.71",
      "heldout-records, priorImaging, 0.73"})
  void listReachesItsFloor(String corpus, String field, double floor) {
    CorpusRun run = corpus(corpus).get();
    Counts c = run.result().counts(Field.byKey(field));
    System.out.printf(Locale.ROOT, "%s on %s: P %.3f R %.3f F1 %.3f (support %d)%n", field, corpus,
        c.precision(), c.recall(), c.f1(), c.support());
    assertTrue(c.f1() >= floor, field + " on " + corpus + " fell to " + c.f1() + " " + c);
  }
}
