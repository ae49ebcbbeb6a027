package org.imrx;

/**
 * A model, lexicon, index or setting that imrx needs is missing or invalid, or a server may not
 * start as asked. Nothing can be processed until the user fixes it.
 */
public class ConfigurationException extends ImrxException {
  public ConfigurationException(String message) {
    super(message);
  }

  public ConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
