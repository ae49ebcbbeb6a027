package org.imrx.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sections of an IMR determination letter by its fixed headings: {@code header} (case number and
 * dates), {@code method} (how the determination was made), {@code credentials}, {@code summary}
 * (the clinical case summary, without its opening boilerplate sentence) and {@code issues} (IMR
 * issues, decisions and rationales). Stateless and thread-safe.
 */
public final class LetterSectioner implements Sectioner {
  private record Heading(String name, Pattern pattern) {}

  private static final List<Heading> HEADINGS = List.of(
      new Heading("method", Pattern.compile("(?im)^[ \\t]*HOW THE (?:IMR )?FINAL DETERMINATION WAS MADE[ \\t]*$")),
      new Heading("credentials", Pattern.compile(
          "(?im)^[ \\t]*The Expert Reviewer has the following credentials:?[ \\t]*$")),
      new Heading("summary", Pattern.compile("(?m)^[ \\t]*CLINICAL CASE SUMMARY:?[ \\t]*$")),
      new Heading("issues", Pattern.compile(
          "(?im)^[ \\t]*IMR ISSUES,? DECISIONS,? AND RATIONALES?:?[ \\t]*$")));
  private static final Pattern SUMMARY_BOILERPLATE = Pattern.compile(
      "(?is)\\A\\s*The expert reviewer developed the following clinical case summary.{0,120}?"
          + "(?:medical records|case file)[^:\\n]{0,40}:");
  private static final Pattern ISSUES_BOILERPLATE = Pattern.compile(
      "(?is)\\A\\s*The Final Determination was based on decisions for the disputed"
          + " items/services set forth below:");

  @Override
  public List<Section> sections(String text) {
    List<Span> heads = new ArrayList<>();
    List<String> names = new ArrayList<>();
    int from = 0;
    for (Heading h : HEADINGS) {
      Matcher m = h.pattern().matcher(text);
      if (m.find(from)) {
        heads.add(new Span(m.start(), m.end()).trim(text));
        names.add(h.name());
        from = m.end();
      }
    }
    List<Section> out = new ArrayList<>();
    int firstHead = heads.isEmpty() ? text.length() : heads.get(0).start();
    if (firstHead > 0) {
      out.add(new Section("header", new Span(0, 0), new Span(0, firstHead)));
    }
    for (int i = 0; i < heads.size(); i++) {
      int end = i + 1 < heads.size() ? heads.get(i + 1).start() : text.length();
      int bodyStart = heads.get(i).end();
      Pattern boilerplate = switch (names.get(i)) {
        case "summary" -> SUMMARY_BOILERPLATE;
        case "issues" -> ISSUES_BOILERPLATE;
        default -> null;
      };
      if (boilerplate != null) {
        Matcher m = boilerplate.matcher(text).region(bodyStart, end);
        if (m.lookingAt()) {
          bodyStart = m.end();
        }
      }
      out.add(new Section(names.get(i), heads.get(i), new Span(bodyStart, end).trim(text)));
    }
    return out;
  }
}
