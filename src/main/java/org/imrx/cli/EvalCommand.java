package org.imrx.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code imrx eval}: placeholder until the evaluator lands in this change. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Score cases against gold records.")
public final class EvalCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return ExitCodes.INTERNAL;
  }
}
