package org.imrx.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.imrx.ImrxException;
import org.imrx.extract.BatchExtractor;
import org.imrx.extract.BatchResult;
import org.imrx.index.CaseIndexer;
import org.imrx.index.IndexSetup;
import org.imrx.lexicon.Lexicons;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code imrx index}: extract documents into a Lucene index of cases, or delete cases from it. */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = {"Extract documents (determination letters and medical records) and add them to"
        + " the case index, incrementally: a file indexed before with the same content is skipped,"
        + " a changed one replaced. The index is committed as it goes, so an interrupted run leaves"
        + " it consistent; run the same command again to finish.",
        "With --delete, the parameters are case ids (case numbers, or a source's SHA-256) to remove."})
public final class IndexCommand implements Callable<Integer> {
  @ParentCommand ImrxCommand root;
  @Mixin ExtractionOptions extraction;

  @Option(names = "--index", paramLabel = "DIR", required = true, description = "The index directory (created if missing).")
  Path index;

  @Option(names = "--delete", description = "Delete the cases with the ids given instead of indexing files.")
  boolean delete;

  @Option(names = "--commit-every", paramLabel = "N", defaultValue = "100",
      description = "Commit after every N cases (default: ${DEFAULT-VALUE}).")
  int commitEvery;

  @Parameters(paramLabel = "FILE|DIR|ID", arity = "1..*",
      description = "Documents or directories of them; with --delete, case ids.")
  List<String> inputs;

  @Override
  public Integer call() throws ImrxException, IOException {
    Lexicons lexicons = extraction.lexicons();
    IndexSetup setup = IndexSetup.load(lexicons);
    if (delete) {
      try (CaseIndexer indexer = CaseIndexer.open(index, setup, commitEvery, 64)) {
        int found = indexer.delete(new LinkedHashSet<>(inputs));
        root.out.printf(Locale.ROOT, "deleted %d of %d case ids%n", found, inputs.size());
        return ExitCodes.OK;
      }
    }
    List<Path> files = BatchExtractor.expand(inputs.stream().map(Path::of).toList());
    if (files.isEmpty()) {
      throw new CommandLine.ParameterException(new CommandLine(this), "no files to index");
    }
    int[] counts = new int[3]; // added, replaced, skipped
    int failed;
    try (CaseIndexer indexer = CaseIndexer.open(index, setup, commitEvery, 64)) {
      List<Path> todo = new ArrayList<>();
      List<Boolean> known = new ArrayList<>();
      for (Path f : new LinkedHashSet<>(files)) {
        String key = key(f);
        String sha = sha256(f);
        if (sha != null && indexer.isCurrent(key, sha)) {
          counts[2]++;
        } else {
          todo.add(f);
          known.add(indexer.has(key));
        }
      }
      int[] next = {0};
      failed = extraction.run(lexicons, todo, root.err, r -> {
        boolean replacing = known.get(next[0]++);
        if (r instanceof BatchResult.Extracted e) {
          try {
            indexer.put(e.value(), key(Path.of(r.path())));
          } catch (IOException x) {
            throw new UncheckedIOException(x);
          }
          counts[replacing ? 1 : 0]++;
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    root.out.printf(Locale.ROOT, "indexed %d new, %d replaced, %d unchanged skipped, %d failed%n",
        counts[0], counts[1], counts[2], failed);
    return failed > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
  }

  /** The key a file is indexed under: its absolute, normalised path. */
  static String key(Path f) {
    return f.toAbsolutePath().normalize().toString();
  }

  /** The SHA-256 of a file's bytes, or null when it cannot be read (extraction will say why). */
  static String sha256(Path f) {
    try (InputStream in = Files.newInputStream(f)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      return null;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
