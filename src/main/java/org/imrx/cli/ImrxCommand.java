package org.imrx.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command; it holds the output streams every subcommand writes to. */
@Command(name = "imrx", mixinStandardHelpOptions = true, version = "imrx 0.1.0",
    description = "Workers' compensation records and IMR determinations as structured, searchable cases.",
    subcommands = {ExtractCommand.class, EvalCommand.class, IndexCommand.class, SearchCommand.class,
        SimilarCommand.class, SummarizeCommand.class, ServeCommand.class, TrainCommand.class,
        BenchCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:all went well", "1:some inputs failed (their error records say why)",
        "2:usage error", "3:configuration or data error (model, lexicon, index, bind)",
        "4:internal error"})
public final class ImrxCommand implements Callable<Integer> {
  final PrintStream out;
  final PrintStream err;
  @Spec CommandSpec spec;

  ImrxCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(err);
    return ExitCodes.USAGE;
  }
}
