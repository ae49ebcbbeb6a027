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
    return value == null ? "" : org.imrx.summary.render.Html.escape(value.toString());
  }

  /** A value for a URL's query or path segment. */
  public static String url(String value) {
    return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
