package org.imrx;

/**
 * One input document could not be read. A batch records it as an error record and goes on.
 * {@link #type()} is a stable word for the reason, written to the error record.
 */
public class InputException extends ImrxException {
  private final String type;

  public InputException(String type, String message) {
    super(message);
    this.type = type;
  }

  public InputException(String type, String message, Throwable cause) {
    super(message, cause);
    this.type = type;
  }

  public String type() {
    return type;
  }
}
