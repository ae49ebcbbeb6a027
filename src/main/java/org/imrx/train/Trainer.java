package org.imrx.train;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.imrx.ImrxException;

/**
 * Rebuilds one model the project trains and evaluates it. Implementations read their training
 * data from the bundled curated files (or {@code lexicons}, the user's full vocabularies), write
 * under {@code out} (the {@code models/} folder) and report the cross-validated evaluation they
 * reached, by document and with the given seed. Register new ones in {@link Trainers}.
 */
public interface Trainer {
  /** Where and how to train: output folder, full vocabularies (may be null), seed, progress. */
  record Context(Path out, Path lexicons, long seed, PrintStream log) {}

  /** What a run wrote and the evaluation lines it reached (no document text). */
  record Result(String name, List<Path> written, List<String> evaluation) {
    public Result {
      written = List.copyOf(written);
      evaluation = List.copyOf(evaluation);
    }
  }

  /** A short name for {@code imrx train --only NAME}. */
  String name();

  /** One line: what the model is and where it goes. */
  String description();

  Result train(Context context) throws ImrxException;
}
