package org.imrx.lexicon;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.imrx.ConfigurationException;
import org.imrx.SharedData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Load time and retained heap of the drug lexicon, bundled and with the full DrugBank file. */
@Tag("slow")
class DrugLexiconLoadTest {
  @Test
  void loadTimeAndHeap() throws ConfigurationException, InterruptedException {
    Path csv = SharedData.require("lexicons/" + Lexicons.DRUGBANK);
    Taxonomy taxonomy = Taxonomy.load();
    DosingLexicon dosing = DosingLexicon.load();
    DrugLexicon.loadBundled(taxonomy, dosing); // class loading and JIT warm-up out of the figures
    for (Path source : new Path[] {null, csv}) {
      long heapBefore = usedHeap();
      long t0 = System.nanoTime();
      DrugLexicon lexicon = DrugLexicon.load(taxonomy, dosing, source);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      long retained = usedHeap() - heapBefore;
      System.out.printf("drug lexicon %s: %d phrases, load %d ms, retained heap %.1f MB%n",
          source == null ? "bundled" : "with DrugBank", lexicon.size(), ms, retained / 1e6);
      assertTrue(lexicon.size() > 1000);
    }
  }

  private static long usedHeap() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
