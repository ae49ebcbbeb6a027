package org.imrx.serve.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Escaping for the pages: every text from a document, a case, a query or a file name goes through
 * {@link #esc} (element content and quoted attribute values alike); query values through
 * {@link #url}. Control characters other than tab and newline become spaces.
 */
public final class Html {
  private Html() {}

  public static String esc(Object value) {
    if (value == null) {
      return "";
    }
    String s = value.toString();
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c < 0x20 && c != '\n' && c != '\t' || c == 0x7f ? ' ' : c);
      }
    }
    return out.toString();
  }

  /** A value for a URL's query or path segment. */
  public static String url(String value) {
    return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
