package org.imrx.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code imrx bench}: benchmarks that print figures. Never run as tests. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmarks that print figures (run them under the heap you want to measure,"
        + " e.g. java -Xmx512m -jar imrx.jar bench extract DIR).",
    subcommands = {BenchExtractCommand.class, BenchQualityCommand.class, BenchIndexCommand.class,
        BenchServeCommand.class})
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
