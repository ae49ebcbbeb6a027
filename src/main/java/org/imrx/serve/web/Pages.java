package org.imrx.serve.web;

/**
 * The frame every page shares: head, skip link, navigation, main landmark. Pages load only this
 * server's style sheet and script (the Content-Security-Policy allows nothing else). Stateless.
 */
public final class Pages {
  private Pages() {}

  /** A whole page; {@code body} is HTML already escaped by its page. */
  public static String page(String title, String active, String body) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>" + Html.esc(title) + " · imrx</title>"
        + "<link rel=\"stylesheet\" href=\"/static/app.css\">"
        + "<script src=\"/static/app.js\" defer></script></head>\n<body>\n"
        + "<a class=\"skip\" href=\"#main\">Skip to content</a>\n"
        + "<header class=\"top\"><nav aria-label=\"Main\"><span class=\"brand\">imrx</span>"
        + nav("/", "Search", active) + nav("/upload", "Upload a case", active)
        + "</nav></header>\n<main id=\"main\" tabindex=\"-1\">\n" + body + "\n</main>\n</body></html>\n";
  }

  private static String nav(String href, String label, String active) {
    return "<a href=\"" + href + "\"" + (label.equals(active) ? " aria-current=\"page\"" : "") + ">"
        + label + "</a>";
  }

  /** An error page: the status and the message (which names no document content). */
  public static String error(int status, String message) {
    return page("Error " + status, "", "<h1>Error " + status + "</h1><p role=\"alert\">" + Html.esc(message)
        + "</p><p><a href=\"/\">Back to search</a></p>");
  }
}
