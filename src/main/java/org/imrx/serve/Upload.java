package org.imrx.serve;

/**
 * One uploaded file, held in memory: its name as the client gave it, reduced to a plain file
 * name (no directories, no control characters, at most 200 characters), and its bytes. The name
 * stands for the document's path in everything extracted from it.
 */
public record Upload(String name, byte[] bytes) {
  private static final int MAX_NAME = 200;

  /** A plain file name for a client's name, or {@code fallback} where nothing is left of it. */
  public static String safeName(String clientName, String fallback) {
    if (clientName == null) {
      return fallback;
    }
    String n = clientName;
    int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
    n = n.substring(slash + 1);
    StringBuilder out = new StringBuilder();
    n.codePoints().filter(c -> !Character.isISOControl(c) && c != '"')
        .limit(MAX_NAME).forEach(out::appendCodePoint);
    String s = out.toString().strip();
    return s.isEmpty() || s.equals(".") || s.equals("..") ? fallback : s;
  }
}
