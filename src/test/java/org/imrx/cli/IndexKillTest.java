package org.imrx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.imrx.TestDocs;
import org.imrx.index.BlockJoin;
import org.imrx.index.IndexFields;
import org.imrx.index.IndexSetup;
import org.imrx.index.OpenIndex;
import org.imrx.lexicon.Lexicons;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a real {@code imrx index} process mid-run, then checks the index and finishes the job. */
@Tag("slow")
class IndexKillTest {
  static final int LETTERS = 80;

  @Test
  void aKilledIndexRunLeavesAConsistentIndexAndARerunFinishes(@TempDir Path tmp) throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    String letter = TestDocs.resource("/letters/synthetic-letter.txt");
    for (int i = 0; i < LETTERS; i++) {
      Files.writeString(docs.resolve(String.format("l%03d.txt", i)),
          letter.replace("CM19-0123456", String.format("CM19-%07d", i)));
    }
    Path index = tmp.resolve("index");
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "index", "--threads", "1",
        "--commit-every", "2", "--index", index.toString(), docs.toString()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
    IndexSetup setup = IndexSetup.load(Lexicons.load(null));
    int seen = 0;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (p.isAlive() && System.nanoTime() < deadline && seen < 6) {
      Thread.sleep(20);
      try (OpenIndex open = OpenIndex.open(index, setup)) {
        seen = open.caseCount();
      } catch (org.imrx.ConfigurationException notYet) {
        // No commit yet.
      }
    }
    boolean killedMidRun = p.isAlive();
    p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    assumeTrue(killedMidRun, "the child finished before it could be killed");

    int committed;
    try (OpenIndex open = OpenIndex.open(index, setup)) {
      committed = open.caseCount();
      assertTrue(committed >= 6 && committed < LETTERS, "committed " + committed);
      assertEquals(2L * committed, open.searcher().count(BlockJoin.ITEMS), "every committed case has both items");
    }
    ExtractCommandTest.Run rerun = ExtractCommandTest.run("index", "--threads", "1", "--index", index.toString(),
        docs.toString());
    assertEquals(ExitCodes.OK, rerun.code(), rerun.err());
    assertTrue(rerun.out().contains((LETTERS - committed) + " new, 0 replaced, " + committed + " unchanged skipped"),
        rerun.out());
    try (OpenIndex open = OpenIndex.open(index, setup)) {
      assertEquals(LETTERS, open.caseCount());
      assertEquals(2L * LETTERS, open.searcher().count(BlockJoin.ITEMS));
      for (int i = 0; i < LETTERS; i += 7) {
        assertEquals(1, open.searcher().count(BlockJoin.onCases(
            new TermQuery(new Term(IndexFields.ID, String.format("CM19-%07d", i))))));
      }
    }
  }
}
