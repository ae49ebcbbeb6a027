package org.imrx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.imrx.TestDocs;
import org.imrx.model.CaseJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexSearchCommandTest {
  static ExtractCommandTest.Run run(String... args) {
    return ExtractCommandTest.run(args);
  }

  static void letters(Path docs) throws Exception {
    String letter = TestDocs.resource("/letters/synthetic-letter.txt");
    Files.createDirectories(docs);
    Files.writeString(docs.resolve("a.txt"), letter);
    Files.writeString(docs.resolve("b.txt"), letter.replace("CM19-0123456", "CM19-0654321")
        .replace("Physical therapy 12 sessions for the lumbar spine", "Chiropractic 12 sessions for the lumbar spine")
        .replace("Physical\ntherapy 6 sessions", "Chiropractic 6 sessions")
        .replace("physical therapy 6 sessions is", "chiropractic 6 sessions is"));
  }

  @Test
  void indexesIncrementallyAndDeletes(@TempDir Path tmp) throws Exception {
    Path docs = tmp.resolve("docs");
    letters(docs);
    String index = tmp.resolve("index").toString();
    ExtractCommandTest.Run first = run("index", "--threads", "1", "--index", index, docs.toString());
    assertEquals(ExitCodes.OK, first.code(), first.err());
    assertTrue(first.out().contains("indexed 2 new, 0 replaced, 0 unchanged skipped"), first.out());
    ExtractCommandTest.Run again = run("index", "--threads", "1", "--index", index, docs.toString());
    assertTrue(again.out().contains("indexed 0 new, 0 replaced, 2 unchanged skipped"), again.out());
    Files.writeString(docs.resolve("a.txt"), Files.readString(docs.resolve("a.txt")).replace("lifting a pallet", "lifting a box"));
    ExtractCommandTest.Run changed = run("index", "--threads", "1", "--index", index, docs.toString());
    assertTrue(changed.out().contains("indexed 0 new, 1 replaced, 1 unchanged skipped"), changed.out());
    ExtractCommandTest.Run all = run("search", "--index", index, "--format", "json", "decided:2019");
    JsonNode res = CaseJson.mapper().readTree(all.out());
    assertEquals(2, res.at("/total/cases").asInt());
    assertEquals(4, res.at("/total/items").asInt());
    ExtractCommandTest.Run deleted = run("index", "--index", index, "--delete", "CM19-0654321");
    assertTrue(deleted.out().contains("deleted 1 of 1"), deleted.out());
    res = CaseJson.mapper().readTree(run("search", "--index", index, "--format", "json", "decided:2019").out());
    assertEquals(1, res.at("/total/cases").asInt());
  }

  @Test
  void searchPrintsItemsFacetsAndStatistics(@TempDir Path tmp) throws Exception {
    Path docs = tmp.resolve("docs");
    letters(docs);
    String index = tmp.resolve("index").toString();
    assertEquals(ExitCodes.OK, run("index", "--threads", "1", "--index", index, docs.toString()).code());
    ExtractCommandTest.Run r = run("search", "--index", index, "--format", "json", "--facets",
        "--filter", "category=Rehabilitation", "PT lumbar");
    assertEquals(ExitCodes.OK, r.code(), r.err());
    JsonNode res = CaseJson.mapper().readTree(r.out());
    // Both letters' lumbar rehabilitation items match; physical therapy ranks first.
    assertEquals(2, res.at("/total/items").asInt());
    assertEquals("CM19-0123456", res.at("/results/0/case/caseNumber").asText());
    assertEquals("Physical Therapy/Occupational Therapy (PT/OT)", res.at("/results/0/item/subcategory").asText());
    assertEquals("items", res.at("/facets/category/counts").asText());
    assertEquals("cases", res.at("/facets/specialty/counts").asText());
    assertEquals(2, res.at("/statistics/all/upheld").asInt());
    ExtractCommandTest.Run text = run("search", "--index", index, "--facets", "\"short course\" sciatica");
    assertTrue(text.out().contains("Facets counting cases:"), text.out());
    assertTrue(text.out().contains("rationale: … The guidelines allow a [short course]"), text.out());
    assertTrue(text.out().contains("[sciatica]"), text.out());
  }

  @Test
  void similarNeverReturnsTheQueryLetter(@TempDir Path tmp) throws Exception {
    Path docs = tmp.resolve("docs");
    letters(docs);
    String index = tmp.resolve("index").toString();
    assertEquals(ExitCodes.OK, run("index", "--threads", "1", "--index", index, docs.toString()).code());
    ExtractCommandTest.Run r = run("similar", "--threads", "1", "--index", index, "--format", "json",
        docs.resolve("a.txt").toString());
    assertEquals(ExitCodes.OK, r.code(), r.err());
    JsonNode res = CaseJson.mapper().readTree(r.out());
    assertEquals("CM19-0654321", res.at("/similar/0/case/caseNumber").asText());
    for (JsonNode c : res.get("similar")) {
      assertFalse(c.at("/case/caseNumber").asText().equals("CM19-0123456"));
    }
  }

  @Test
  void aMissingIndexIsAConfigurationErrorAndBadQueriesAUsageError(@TempDir Path tmp) throws Exception {
    ExtractCommandTest.Run r = run("search", "--index", tmp.resolve("nothing").toString(), "MRI");
    assertEquals(ExitCodes.CONFIGURATION, r.code());
    assertTrue(r.err().contains("no index there"), r.err());
    Path docs = tmp.resolve("docs");
    letters(docs);
    String index = tmp.resolve("index").toString();
    run("index", "--threads", "1", "--index", index, docs.toString());
    assertEquals(ExitCodes.USAGE, run("search", "--index", index, "nosuchfield:x").code());
    assertEquals(ExitCodes.USAGE, run("search", "--index", index, "--filter", "color=red", "MRI").code());
    assertEquals(ExitCodes.CONFIGURATION, run("similar", "--index", tmp.resolve("nothing").toString(),
        docs.resolve("a.txt").toString()).code());
  }
}
