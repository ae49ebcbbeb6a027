package org.imrx.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point: runs the {@code imrx} command and exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
        StandardCharsets.UTF_8);
    System.exit(run(args, out, System.err));
  }

  /** Runs a command line with the given streams; returns the exit code. Used by tests too. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    ImrxCommand root = new ImrxCommand(out, err);
    CommandLine cl = new CommandLine(root);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler((e, line, parsed) -> {
      int code = ExitCodes.of(e);
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      err.println("imrx: " + (code == ExitCodes.INTERNAL ? "internal error: " + e.getClass().getName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) : message));
      return code;
    });
    cl.setParameterExceptionHandler((e, a) -> {
      err.println("imrx: " + e.getMessage());
      e.getCommandLine().usage(err);
      return ExitCodes.USAGE;
    });
    return cl.execute(args);
  }
}
