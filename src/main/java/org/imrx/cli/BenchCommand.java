package org.imrx.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code imrx bench}: placeholder until the evaluator lands in this change. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Score cases against gold records.")
public final class BenchCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return ExitCodes.INTERNAL;
  }
}
