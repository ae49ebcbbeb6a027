package org.imrx.serve.web;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A document's text as HTML with passages marked: every passage gets an anchor where it starts
 * ({@code id}, the target of the links to it) and its characters are wrapped in {@code <mark>}
 * elements that name every passage covering them ({@code data-ev}), so overlapping passages
 * stay marked. All text is escaped. Passages outside the text are cut to it. Stateless.
 */
public final class MarkedText {
  private MarkedText() {}

  /** A passage {@code [start, end)} with its anchor id and a label saying what was read there. */
  public record Passage(String id, int start, int end, String label) {}

  public static String html(String text, List<Passage> passages) {
    List<Passage> spans = new ArrayList<>();
    TreeSet<Integer> cuts = new TreeSet<>();
    cuts.add(0);
    cuts.add(text.length());
    for (Passage p : passages) {
      int s = Math.max(0, Math.min(p.start(), text.length()));
      int e = Math.max(s, Math.min(p.end(), text.length()));
      spans.add(new Passage(p.id(), s, e, p.label()));
      cuts.add(s);
      cuts.add(e);
    }
    StringBuilder out = new StringBuilder(text.length() + spans.size() * 80);
    java.util.Set<String> anchored = new java.util.HashSet<>();
    Integer from = cuts.first();
    while (from != null && from < text.length()) {
      int to = cuts.higher(from);
      StringBuilder ids = new StringBuilder();
      StringBuilder labels = new StringBuilder();
      for (Passage p : spans) {
        if (p.start() == from && anchored.add(p.id())) {
          out.append("<span class=\"anchor\" id=\"").append(Html.esc(p.id())).append("\"></span>");
        }
        if (p.start() <= from && p.end() >= to && p.end() > p.start()) {
          ids.append(ids.length() == 0 ? "" : " ").append(p.id());
          if (p.label() != null && labels.indexOf(p.label()) < 0) {
            labels.append(labels.length() == 0 ? "" : "; ").append(p.label());
          }
        }
      }
      String segment = Html.esc(text.substring(from, to));
      if (ids.length() > 0) {
        out.append("<mark data-ev=\"").append(Html.esc(ids)).append("\" title=\"").append(Html.esc(labels))
            .append("\">").append(segment).append("</mark>");
      } else {
        out.append(segment);
      }
      from = to;
    }
    for (Passage p : spans) {
      if (anchored.add(p.id())) {
        out.append("<span class=\"anchor\" id=\"").append(Html.esc(p.id())).append("\"></span>");
      }
    }
    return out.toString();
  }
}
