package org.imrx.extract.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrx.text.Section;
import org.imrx.text.Span;

/**
 * Where a medical record states diagnoses: the entries of its IMPRESSION / ASSESSMENT /
 * DIAGNOSES / CONCLUSIONS sections (numbered items, else lines; of each entry its first sentence
 * and any further one that is a bare noun phrase), and the conditions of its past medical
 * history. The reason for an examination is returned apart, to be read only where the record
 * states no diagnosis. Sections are told by their headings, so the finder does not depend on how
 * a sectioner names them. Stateless and thread-safe.
 */
final class RecordListFinder {
  private static final Pattern DIAGNOSES = Pattern.compile(
      "IMPRESSION|ASSESSMENT|DIAGNOS|CONCLUSION|PROBLEM LIST|^PROBLEMS?$|^A/P$|^A&P$");
  private static final Pattern PAST = Pattern.compile(
      "PAST MEDICAL|MEDICAL HISTORY|^PMH$|^PAST HISTORY$|MEDICAL CONDITION|^PAST MEDICAL/SURGICAL");
  private static final Pattern NOT_PAST = Pattern.compile("SURGICAL HISTORY|FAMILY|SOCIAL|REVIEW");
  private static final Pattern REASON = Pattern.compile(
      "REASON|INDICATION|^CLINICAL(?: HISTORY| INFORMATION| INDICATION)?$|^HISTORY$|^CHIEF COMPLAINTS?$|^CC$");
  /**
   * An entry marker: "1.", "2)", "#3", "-", "*" at the start of a line, or "2)" within one
   * ("1) Gout, 2) Diplopia").
   */
  private static final Pattern ENTRY = Pattern.compile(
      "(?m)^[ \\t]*(?:\\d{1,2}[.)]|#\\d{1,2}|[-*\u2022])[ \\t]*|(?<=[\\s,;.])\\d{1,2}\\)[ \\t]*(?=[A-Za-z])");
  /** A verb that makes a sentence narrative rather than a bare diagnosis. */
  private static final Pattern FINITE = Pattern.compile(
      "(?i)\\b(?:is|are|was|were|will|would|has|have|had|did|does|do|should|may|can|could|"
          + "shows?|showed|revealed?|demonstrates?|noted|recommend(?:ed)?|continue|tolerated)\\b");
  private static final int MAX_REASON = 300;

  /** What the record states, and the reasons for examination kept for a fallback. */
  record Found(List<ListRegion> stated, List<ListRegion> reasons) {}

  private RecordListFinder() {}

  static Found find(CharSequence text, List<Section> sections, List<String> headings) {
    List<ListRegion> stated = new ArrayList<>();
    List<ListRegion> reasons = new ArrayList<>();
    for (int i = 0; i < sections.size(); i++) {
      Section s = sections.get(i);
      String h = headings.get(i).toUpperCase(Locale.ROOT).replaceAll("[:\\s]+$", "").strip();
      if (DIAGNOSES.matcher(h).find()) {
        for (Span entry : entries(text, s.body())) {
          stated.addAll(sentences(text, entry, ListRegion.Kind.DIAGNOSES));
        }
      } else if (PAST.matcher(h).find() && !NOT_PAST.matcher(h).find()) {
        for (Span entry : entries(text, s.body())) {
          for (Span sentence : Sentences.of(text, entry)) {
            stated.add(new ListRegion(sentence, ListRegion.Kind.PAST_HISTORY));
          }
        }
      } else if (REASON.matcher(h).find() && s.body().length() <= MAX_REASON) {
        List<Span> first = Sentences.of(text, s.body());
        if (!first.isEmpty()) {
          reasons.add(new ListRegion(first.get(0), ListRegion.Kind.REASON));
        }
      }
    }
    return new Found(stated, reasons);
  }

  /** The numbered (or bulleted) entries of a section body; else its lines. */
  static List<Span> entries(CharSequence text, Span body) {
    List<Span> out = new ArrayList<>();
    Matcher m = ENTRY.matcher(text).region(body.start(), body.end());
    List<int[]> marks = new ArrayList<>();
    while (m.find()) {
      marks.add(new int[] {m.start(), m.end()});
    }
    if (!marks.isEmpty()) {
      if (marks.get(0)[0] > body.start()) {
        out.add(new Span(body.start(), marks.get(0)[0]).trim(text));
      }
      for (int k = 0; k < marks.size(); k++) {
        int end = k + 1 < marks.size() ? marks.get(k + 1)[0] : body.end();
        out.add(new Span(marks.get(k)[1], end).trim(text));
      }
    } else {
      // Without markers, a line is an entry where it ends a statement or is short; longer lines
      // that run on are the wrapping of one paragraph.
      int start = body.start();
      for (int k = body.start(); k <= body.end(); k++) {
        if (k == body.end() || text.charAt(k) == '\n' && endsEntry(text, start, k)) {
          Span line = new Span(start, k).trim(text);
          if (line.length() > 0) {
            out.add(line);
          }
          start = k + 1;
        }
      }
    }
    out.removeIf(s -> s.length() == 0);
    return out;
  }

  private static boolean endsEntry(CharSequence text, int start, int end) {
    Span line = new Span(start, end).trim(text);
    if (line.length() == 0) {
      return true;
    }
    char last = text.charAt(line.end() - 1);
    return last == '.' || last == ';' || last == ':' || last == ')' || line.length() < 50;
  }

  /** An entry's first sentence, and any later one that is a bare phrase, not narrative. */
  private static List<ListRegion> sentences(CharSequence text, Span entry, ListRegion.Kind kind) {
    List<ListRegion> out = new ArrayList<>();
    List<Span> all = Sentences.of(text, entry);
    for (int k = 0; k < all.size(); k++) {
      Span s = all.get(k);
      if (k == 0 || !FINITE.matcher(text.subSequence(s.start(), s.end())).find()) {
        out.add(new ListRegion(s, kind));
      }
    }
    return out;
  }
}
