package org.imrx.cli;

import org.imrx.ConfigurationException;
import org.imrx.InputException;

/** The one place exit codes are decided (see the README's table). */
public final class ExitCodes {
  public static final int OK = 0;
  /** Some inputs failed; their error records say why. */
  public static final int SOME_FAILED = 1;
  public static final int USAGE = 2;
  /** A model, lexicon, index or setting is missing or invalid; a refused bind. */
  public static final int CONFIGURATION = 3;
  public static final int INTERNAL = 4;

  private ExitCodes() {}

  /** The exit code for an exception that ended a command. */
  public static int of(Throwable e) {
    if (e instanceof ConfigurationException) {
      return CONFIGURATION;
    }
    if (e instanceof InputException) {
      return SOME_FAILED;
    }
    if (e instanceof picocli.CommandLine.ParameterException) {
      return USAGE;
    }
    return INTERNAL;
  }
}
