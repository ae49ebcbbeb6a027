package org.imrx.extract.letter;

import java.util.ArrayList;
import java.util.List;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrx.model.Guideline;
import org.imrx.model.GuidelineSource;
import org.imrx.text.Span;

/**
 * Parses a guideline paragraph of a determination ("MAXIMUS guideline: ... Decision based on MTUS
 * Chronic Pain Medical Treatment 2016, Section(s): Manual therapy &amp; manipulation.") into one
 * citation per "Decision based on" sentence, with its source, chapter and sections. Sentences
 * without a citation ("The Expert Reviewer did not base their decision on the MTUS.") give none.
 * Stateless and thread-safe.
 */
public final class GuidelineParser {
  private static final Pattern BASED_ON = Pattern.compile("(?i)Decision\\s+based\\s+on\\s+");
  private static final Pattern SECTIONS = Pattern.compile("(?i),?\\s*Section\\(?s?\\)?\\s*:\\s*");
  private static final Pattern ODG = Pattern.compile(
      "(?i)\\bODG\\b|Official\\s+Disability\\s+Guidelines?");
  private static final Pattern NON_MTUS = Pattern.compile("(?i)\\bNon-?\\s?MTUS\\b");
  private static final Pattern MTUS = Pattern.compile("(?i)\\bMTUS\\b|Medical Treatment Utilization Schedule");
  private static final Pattern ACOEM = Pattern.compile("(?i)\\bACOEM\\b");
  /** An MTUS chapter runs to its year: "MTUS Forearm, Wrist, and Hand Complaints 2004". */
  private static final Pattern MTUS_CHAPTER = Pattern.compile(
      "(?i)^MTUS\\s+(?:\\(?ACOEM\\)?\\s+)?(.+?)(?=\\s+(?:19|20)\\d{2}\\b|\\s*,?\\s*Section|\\s+Guidelines\\b|$)");
  /** An ODG chapter follows the guideline's name and ends at a comma, colon or period. */
  private static final Pattern ODG_CHAPTER = Pattern.compile(
      "(?i)(?:Official\\s+Disability\\s+Guidelines?|ODG)(?:\\s*\\(ODG\\))?[,:]?\\s*(?:\\d{4}\\s*,?\\s*)?"
          + "(?:the\\s+)?([A-Z][^,.:]*)");
  private static final Pattern CHAPTER_TAIL = Pattern.compile("(?i)\\s+(?:Chapter|section)\\s*$");

  /** The citations of a guideline paragraph; spans are into {@code text}. */
  public List<Located> parse(String text, Span paragraph) {
    List<Located> out = new ArrayList<>();
    Matcher m = BASED_ON.matcher(text).region(paragraph.start(), paragraph.end());
    List<int[]> starts = new ArrayList<>();
    while (m.find()) {
      starts.add(new int[] {m.start(), m.end()});
    }
    for (int i = 0; i < starts.size(); i++) {
      int from = starts.get(i)[1];
      int to = i + 1 < starts.size() ? starts.get(i + 1)[0] : paragraph.end();
      Span span = trimCitation(text, new Span(from, to));
      if (span.length() == 0) {
        continue;
      }
      String citation = collapse(span.text(text));
      out.add(new Located(guideline(citation), span));
    }
    return out;
  }

  /** A parsed citation and where it was written. */
  public record Located(Guideline guideline, Span span) {}

  private static Span trimCitation(String text, Span s) {
    Span t = s.trim(text);
    int end = t.end();
    while (end > t.start() && (text.charAt(end - 1) == '.' || Character.isWhitespace(text.charAt(end - 1)))) {
      end--;
    }
    return new Span(t.start(), end);
  }

  static Guideline guideline(String citation) {
    GuidelineSource source = source(citation);
    List<String> sections = new ArrayList<>();
    Matcher s = SECTIONS.matcher(citation);
    String head = citation;
    if (s.find()) {
      head = citation.substring(0, s.start());
      sections = splitSections(citation.substring(s.end()));
    }
    return new Guideline(source, citation, chapter(source, head), sections, null);
  }

  static GuidelineSource source(String citation) {
    if (ODG.matcher(citation).find()) {
      return GuidelineSource.ODG;
    }
    boolean nonMtus = NON_MTUS.matcher(citation).find();
    if (!nonMtus && MTUS.matcher(citation).find()) {
      return GuidelineSource.MTUS;
    }
    if (ACOEM.matcher(citation).find()) {
      return GuidelineSource.ACOEM;
    }
    return GuidelineSource.OTHER;
  }

  private static String chapter(GuidelineSource source, String head) {
    Matcher m = switch (source) {
      case MTUS -> MTUS_CHAPTER.matcher(head.strip());
      case ODG -> ODG_CHAPTER.matcher(head.strip());
      default -> null;
    };
    if (m == null || !m.find()) {
      return null;
    }
    // "Low Back (Thoracic and Lumbar" or "Knee and Leg (Durable medical equipment (DME))": the
    // chapter is the name before its parenthetical qualifier.
    String c = m.group(1);
    int paren = c.indexOf('(');
    if (source == GuidelineSource.ODG && paren > 0) {
      c = c.substring(0, paren);
    }
    if (source == GuidelineSource.ODG) {
      // "Shoulder/MR Arthrogram", "Low Back - Lumbar & Thoracic": the chapter, then a topic.
      c = c.split("\\s*/\\s*|\\s+[-\u2013]\\s+", 2)[0];
    }
    c = CHAPTER_TAIL.matcher(c.strip()).replaceAll("").strip();
    boolean named = !c.isEmpty() && Character.isUpperCase(c.charAt(0)) && !c.equalsIgnoreCase("guidelines");
    return named ? c : null;
  }

  /**
   * Sections are separated by commas, but names hold commas too ("TENS, chronic pain
   * (transcutaneous ...)"): a piece starting in lower case belongs to the piece before it.
   */
  private static List<String> splitSections(String s) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (c == ',' && depth <= 0) {
        add(out, cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    add(out, cur.toString());
    return out;
  }

  private static void add(List<String> out, String piece) {
    String p = piece.strip();
    if (p.startsWith("and ")) {
      p = p.substring(4).strip();
    }
    if (p.isEmpty()) {
      return;
    }
    if (!out.isEmpty() && Character.isLowerCase(p.charAt(0))) {
      out.set(out.size() - 1, out.get(out.size() - 1) + ", " + p);
    } else {
      out.add(p);
    }
  }

  private static String collapse(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

}
