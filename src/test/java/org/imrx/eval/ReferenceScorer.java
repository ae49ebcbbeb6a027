package org.imrx.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.imrx.SharedData;

/**
 * The workplace's reference scorer, {@code ../shared/tools/score.py}, run through
 * {@code python3}; the calling test is skipped where either is missing.
 */
final class ReferenceScorer {
  private final Path script;

  private ReferenceScorer(Path script) {
    this.script = script;
  }

  /** The scorer; skips the calling test when python3 or ../shared/tools/score.py is missing. */
  static ReferenceScorer require() {
    Path script = SharedData.require("tools/score.py");
    boolean python;
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      python = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      python = false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      python = false;
    }
    assumeTrue(python, "skipping: python3 not found, cannot run the reference scorer");
    return new ReferenceScorer(script);
  }

  /** {@code score.py GOLD PREDICTIONS --json}. */
  JsonNode score(Path gold, Path predictions) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder("python3", script.toString(), gold.toString(), predictions.toString(), "--json")
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("PYTHONUTF8", "1");
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "score.py did not finish");
    assertEquals(0, p.exitValue(), "score.py failed on " + predictions);
    return Fixtures.JSON.readTree(new String(out, StandardCharsets.UTF_8));
  }

  /**
   * Asserts that the Java result agrees with the reference on every field (precision, recall,
   * F1 to three decimals and more, NaN where it has NaN; support exactly) and on the document
   * counts. Returns how many field values were compared.
   */
  static int assertAgrees(JsonNode reference, EvalResult result, String label) {
    Set<String> keys = new HashSet<>();
    int compared = 0;
    for (Iterator<String> it = reference.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (key.equals("_docs")) {
        continue;
      }
      keys.add(key);
      Field f = Field.byKey(key);
      assertTrue(f != null, label + ": score.py reports a field unknown here: " + key);
      JsonNode ref = reference.get(key);
      Counts c = result.counts(f);
      same(ref.get("p").doubleValue(), c.precision(), label + " " + key + " precision");
      same(ref.get("r").doubleValue(), c.recall(), label + " " + key + " recall");
      same(ref.get("f1").doubleValue(), c.f1(), label + " " + key + " F1");
      assertEquals(ref.get("support").intValue(), c.support(), label + " " + key + " support");
      compared += 4;
    }
    assertEquals(Field.values().length, keys.size(), label + ": fields reported by score.py");
    JsonNode docs = reference.get("_docs");
    DocumentCounts d = result.documents();
    assertEquals(docs.get("gold").intValue(), d.gold(), label + " gold documents");
    assertEquals(docs.get("paired").intValue(), d.paired(), label + " paired");
    assertEquals(docs.get("duplicates").intValue(), d.duplicates(), label + " duplicates");
    Set<String> missing = new HashSet<>();
    docs.get("missing").forEach(m -> missing.add(m.textValue()));
    assertEquals(missing, new HashSet<>(d.missing()), label + " missing");
    return compared;
  }

  private static void same(double expected, double actual, String what) {
    if (Double.isNaN(expected)) {
      assertTrue(Double.isNaN(actual), what + ": expected undefined, was " + actual);
    } else {
      assertEquals(expected, actual, 5e-4, what);
      assertEquals(Math.round(expected * 1000), Math.round(actual * 1000), what + " to three decimals");
    }
  }
}
