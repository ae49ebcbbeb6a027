package org.imrx.serve.web;

import java.util.List;
import java.util.Locale;
import org.imrx.serve.PrecedentSearch.Breakdown;

/**
 * Outcome charts drawn as inline SVG (no script, nothing loaded): one horizontal bar per key,
 * upheld and overturned stacked, with the counts written beside it; a table with the same
 * figures follows each chart for screen readers and for copying. Stateless.
 */
public final class Charts {
  private static final int WIDTH = 580;
  private static final int LABEL = 180;
  private static final int BAR = 240;
  private static final int ROW = 22;
  private static final int MAX_ROWS = 12;

  private Charts() {}

  /** A chart of upheld and overturned counts per key; empty when there is nothing to draw. */
  public static String outcomes(String id, String title, List<Breakdown> rows) {
    List<Breakdown> shown = rows.stream().filter(b -> b.upheld() + b.overturned() > 0).limit(MAX_ROWS).toList();
    if (shown.isEmpty()) {
      return "";
    }
    long max = shown.stream().mapToLong(b -> b.upheld() + b.overturned()).max().orElse(1);
    int height = shown.size() * ROW + 30;
    StringBuilder svg = new StringBuilder();
    svg.append("<figure class=\"chart\"><figcaption>").append(Html.esc(title)).append("</figcaption><svg id=\"").append(id).append("\" role=\"img\" aria-labelledby=\"")
        .append(id).append("-t\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height).append("\">")
        .append("<title id=\"").append(id).append("-t\">").append(Html.esc(title)).append("</title>");
    for (int i = 0; i < shown.size(); i++) {
      Breakdown b = shown.get(i);
      int y = i * ROW + 4;
      long total = b.upheld() + b.overturned();
      int wu = (int) Math.round(BAR * (double) b.upheld() / max);
      int wo = (int) Math.round(BAR * (double) b.overturned() / max);
      svg.append("<text x=\"").append(LABEL - 6).append("\" y=\"").append(y + 14)
          .append("\" text-anchor=\"end\" class=\"lbl\">").append(Html.esc(shorten(b.key()))).append("</text>");
      svg.append("<rect class=\"upheld\" x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"")
          .append(wu).append("\" height=\"16\"><title>").append(Html.esc(b.key())).append(": ")
          .append(b.upheld()).append(" upheld</title></rect>");
      svg.append("<rect class=\"overturned\" x=\"").append(LABEL + wu).append("\" y=\"").append(y)
          .append("\" width=\"").append(wo).append("\" height=\"16\"><title>").append(Html.esc(b.key()))
          .append(": ").append(b.overturned()).append(" overturned</title></rect>");
      svg.append("<text x=\"").append(LABEL + wu + wo + 6).append("\" y=\"").append(y + 14)
          .append("\" class=\"num\">").append(b.overturned()).append(" of ").append(total)
          .append(" overturned</text>");
    }
    int ly = shown.size() * ROW + 12;
    svg.append("<rect class=\"upheld\" x=\"").append(LABEL).append("\" y=\"").append(ly)
        .append("\" width=\"12\" height=\"12\"/><text x=\"").append(LABEL + 16).append("\" y=\"").append(ly + 11)
        .append("\" class=\"num\">Upheld</text><rect class=\"overturned\" x=\"").append(LABEL + 80)
        .append("\" y=\"").append(ly).append("\" width=\"12\" height=\"12\"/><text x=\"").append(LABEL + 96)
        .append("\" y=\"").append(ly + 11).append("\" class=\"num\">Overturned</text></svg>");
    svg.append("<details><summary>As a table</summary><table><thead><tr><th scope=\"col\">")
        .append("Value</th><th scope=\"col\">Upheld</th><th scope=\"col\">Overturned</th>")
        .append("<th scope=\"col\">Overturned share</th></tr></thead><tbody>");
    for (Breakdown b : rows) {
      long total = b.upheld() + b.overturned();
      svg.append("<tr><th scope=\"row\">").append(Html.esc(b.key())).append("</th><td>").append(b.upheld())
          .append("</td><td>").append(b.overturned()).append("</td><td>").append(percent(b.overturned(), total))
          .append("</td></tr>");
    }
    return svg.append("</tbody></table></details></figure>").toString();
  }

  public static String percent(long part, long total) {
    return total == 0 ? "–" : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / total);
  }

  private static String shorten(String s) {
    return s.length() <= 28 ? s : s.substring(0, 27) + "…";
  }
}
