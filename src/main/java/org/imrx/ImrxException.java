package org.imrx;

/**
 * Base of the checked exceptions imrx throws. The command line maps each subclass to an exit
 * code in one place ({@code org.imrx.cli.ExitCodes}). Messages name files and reasons, never
 * document content.
 */
public abstract class ImrxException extends Exception {
  protected ImrxException(String message) {
    super(message);
  }

  protected ImrxException(String message, Throwable cause) {
    super(message, cause);
  }
}
