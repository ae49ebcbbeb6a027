package org.imrx.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.imrx.ConfigurationException;
import org.imrx.ImrxException;
import org.imrx.train.Trainer;
import org.imrx.train.Trainers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code imrx train}: rebuilds every model the project trains and prints its evaluation. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Rebuild the trained models under models/ from the project's curated training"
        + " data and print the cross-validated evaluation each reached.")
public final class TrainCommand implements Callable<Integer> {
  @ParentCommand ImrxCommand root;
  @Mixin LexiconOptions lexicons;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "models",
      description = "The models folder to write to. Default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(names = "--only", paramLabel = "NAME",
      description = "Train only these models (repeatable): ${COMPLETION-CANDIDATES}.",
      completionCandidates = Names.class)
  List<String> only;

  @Option(names = "--seed", defaultValue = "13",
      description = "Seed of the cross-validation shuffle. Default: ${DEFAULT-VALUE}.")
  long seed;

  /** The registered trainers' names, for the help text. */
  static final class Names extends ArrayList<String> {
    Names() {
      super(Trainers.all().stream().map(Trainer::name).toList());
    }
  }

  @Override
  public Integer call() throws ImrxException {
    List<Trainer> chosen = new ArrayList<>();
    if (only == null || only.isEmpty()) {
      chosen.addAll(Trainers.all());
    } else {
      for (String name : only) {
        chosen.add(Trainers.named(name).orElseThrow(() -> new ConfigurationException(
            "no trained model named '" + name + "'; known: " + new Names())));
      }
    }
    Trainer.Context context = new Trainer.Context(out, lexicons.dir, seed, root.err);
    for (Trainer t : chosen) {
      root.err.println("imrx: training " + t.name() + " (" + t.description() + ")");
      Trainer.Result r = t.train(context);
      root.out.println(r.name() + ": " + (r.written().isEmpty() ? "no model written"
          : "wrote " + String.join(", ", r.written().stream().map(Path::toString).toList())));
      for (String line : r.evaluation()) {
        root.out.println("  " + line);
      }
    }
    return ExitCodes.OK;
  }
}
