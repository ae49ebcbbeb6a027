package org.imrx.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.imrx.SharedData;

/**
 * The gold sets the corpus tests score against, each extracted once per test JVM and shared by
 * every test that reads it: the shared letters and web-page reports with gold, the project's own
 * documents, and the held-out gold the project wrote about shared documents. A set whose
 * documents or gold are absent skips the calling test with a message.
 */
public final class GoldCorpora {
  private static final Map<Path, CorpusRun> RUNS = new ConcurrentHashMap<>();

  private GoldCorpora() {}

  /** The 72 shared determination letters with gold. */
  public static CorpusRun sharedLetters() {
    Path root = SharedData.require("corpus/imr-letters");
    return of(root.resolve("gold"), root.resolve("pdf"), ".pdf");
  }

  /** The 50 shared web-page reports with gold. */
  public static CorpusRun sharedRecords() {
    Path root = SharedData.require("corpus/mtsamples");
    return of(root.resolve("gold"), root.resolve("html"), ".html");
  }

  /**
   * Gold the project wrote about shared documents ({@code src/test/resources/gold/NAME}): each
   * record's document is the shared letter or web page of the same name.
   */
  public static CorpusRun projectGold(String name) {
    Path gold = SharedData.requireLocal("src/test/resources/gold/" + name);
    Path letters = SharedData.require("corpus/imr-letters/pdf");
    Path pages = SharedData.require("corpus/mtsamples/html");
    return of(gold, stem -> Files.exists(letters.resolve(stem + ".pdf"))
        ? letters.resolve(stem + ".pdf") : pages.resolve(stem + ".html"));
  }

  /** The documents of a gold folder ({@code STEM.json} for {@code docs/STEM + extension}), extracted once. */
  public static CorpusRun of(Path goldDir, Path docs, String extension) {
    return of(goldDir, stem -> docs.resolve(stem + extension));
  }

  /** The documents of a gold folder, each found from its record's file stem, extracted once. */
  public static CorpusRun of(Path goldDir, java.util.function.Function<String, Path> document) {
    return RUNS.computeIfAbsent(goldDir.toAbsolutePath().normalize(), g -> {
      try {
        GoldStore gold = GoldStore.load(g);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(g)) {
          s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
              .forEach(n -> files.add(document.apply(n.substring(0, n.length() - 5))));
        }
        Path jsonl = Files.createTempFile("imrx-gold-", ".jsonl");
        jsonl.toFile().deleteOnExit();
        return CorpusRun.of(gold, files, jsonl);
      } catch (Exception e) {
        throw new IllegalStateException("cannot extract the gold set " + g, e);
      }
    });
  }
}
