package org.imrx.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sections of a medical record by its headings: an upper-case label ending in a colon at the start
 * of a line ("PHYSICAL EXAMINATION:", "IMPRESSION:") or alone on its line, or a title-case label
 * with a colon of the kinds records use ("Diagnoses:", "Work Status:"). Each heading is named
 * by what it introduces: {@code history}, {@code complaint}, {@code exam}, {@code imaging},
 * {@code diagnoses}, {@code plan}, {@code medications}, {@code work-status}, {@code procedure},
 * {@code allergies}, {@code review-of-systems}, {@code past-history}, {@code findings}, {@code other}.
 * Stateless and thread-safe.
 */
public final class RecordSectioner implements Sectioner {
  private static final Pattern HEADING = Pattern.compile(
      "(?m)^[ \\t]*(?:\\d{1,2}[.)]\\s+)?([A-Z][A-Z0-9 /&,()'-]{2,60}?)[ \\t]*(?::|$)"
          + "|(?m)^[ \\t]*((?:History of Present Illness|Chief Complaints?|Physical Exam(?:ination)?|"
          + "Exam(?:ination)?|Objective(?: Findings)?|Subjective(?: Complaints)?|Impression|"
          + "Assessment(?: and Plan)?|Diagnos[ie]s|Plan|Treatment Plan|Recommendations?|"
          + "Medications?|Current Medications|Work Status|Diagnostic Studies|Imaging|Findings|"
          + "Procedure|Past Medical History|Past Surgical History|Allergies|Review of Systems|"
          + "Mechanism of Injury|History))[ \\t]*:"
          + "|(?m)^[ \\t]*([SOAP]|A/P)[ \\t]*:(?=[ \\t]*\\S)");
  /** The single-letter headings of a SOAP note. */
  private static final Map<String, String> SOAP = Map.of(
      "S", "complaint", "O", "exam", "A", "diagnoses", "P", "plan", "A/P", "diagnoses");
  /** Keyword (upper case) to section name, the first that a heading contains wins. */
  private static final List<Map.Entry<String, String>> NAMES = List.of(
      Map.entry("REVIEW OF SYSTEMS", "review-of-systems"),
      Map.entry("ROS", "review-of-systems"),
      Map.entry("PAST MEDICAL", "past-history"),
      Map.entry("PAST SURGICAL", "past-history"),
      Map.entry("SURGICAL HISTORY", "past-history"),
      Map.entry("FAMILY HISTORY", "past-history"),
      Map.entry("SOCIAL HISTORY", "past-history"),
      Map.entry("ALLERG", "allergies"),
      Map.entry("MEDICATION", "medications"),
      Map.entry("WORK STATUS", "work-status"),
      Map.entry("DISABILITY STATUS", "work-status"),
      Map.entry("CHIEF COMPLAINT", "complaint"),
      Map.entry("SUBJECTIVE", "complaint"),
      Map.entry("PRESENT ILLNESS", "history"),
      Map.entry("HPI", "history"),
      Map.entry("MECHANISM", "history"),
      Map.entry("HISTORY", "history"),
      Map.entry("PHYSICAL EXAM", "exam"),
      Map.entry("EXAMINATION", "exam"),
      Map.entry("EXAM", "exam"),
      Map.entry("OBJECTIVE", "exam"),
      Map.entry("VITAL", "exam"),
      Map.entry("DIAGNOSTIC STUD", "imaging"),
      Map.entry("IMAGING", "imaging"),
      Map.entry("RADIOLOG", "imaging"),
      Map.entry("X-RAY", "imaging"),
      Map.entry("MRI", "imaging"),
      Map.entry("FINDINGS", "findings"),
      Map.entry("IMPRESSION", "diagnoses"),
      Map.entry("ASSESSMENT", "diagnoses"),
      Map.entry("DIAGNOS", "diagnoses"),
      Map.entry("PLAN", "plan"),
      Map.entry("RECOMMENDATION", "plan"),
      Map.entry("DISPOSITION", "plan"),
      Map.entry("REQUEST", "plan"),
      Map.entry("PROCEDURE", "procedure"),
      Map.entry("OPERATION", "procedure"),
      Map.entry("TECHNIQUE", "procedure"));

  @Override
  public List<Section> sections(String text) {
    List<Span> heads = new ArrayList<>();
    List<String> names = new ArrayList<>();
    Matcher m = HEADING.matcher(text);
    while (m.find()) {
      int g = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
      String label = m.group(g).strip();
      if (g == 3 || (g == 1 && SOAP.containsKey(label) && text.startsWith(":", m.end(g)))) {
        heads.add(new Span(m.start(g), m.end()));
        names.add(SOAP.get(label));
        continue;
      }
      if (g == 1 && !label.matches(".*[A-Z]{3}.*")) {
        continue;
      }
      if (g == 1 && m.group().strip().endsWith(label) && !text.startsWith(":", m.end(g))
          && label.split("\\s+").length > 6) {
        continue;
      }
      heads.add(new Span(m.start(g), m.end()));
      names.add(name(label));
    }
    List<Section> out = new ArrayList<>();
    for (int i = 0; i < heads.size(); i++) {
      int end = i + 1 < heads.size() ? heads.get(i + 1).start() : text.length();
      Span body = new Span(heads.get(i).end(), Math.max(heads.get(i).end(), end)).trim(text);
      out.add(new Section(names.get(i), heads.get(i), body));
    }
    return out;
  }

  static String name(String heading) {
    String h = heading.toUpperCase(Locale.ROOT);
    for (Map.Entry<String, String> e : NAMES) {
      if (h.contains(e.getKey())) {
        return e.getValue();
      }
    }
    return "other";
  }
}
