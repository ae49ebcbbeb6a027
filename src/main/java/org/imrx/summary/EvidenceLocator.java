package org.imrx.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrx.extract.dates.DateMention;
import org.imrx.extract.dates.RegexDateFinder;
import org.imrx.model.Evidence;

/**
 * Finds where a value attached to an extracted item (a study's date or result, a session count)
 * is written: in the sentence around the item's evidence, nearest the item. A value that cannot be
 * found there is not stated. Searches are bounded to that sentence (at most a few hundred
 * characters). Stateless and thread-safe.
 */
final class EvidenceLocator {
  /** How far a sentence is looked for around an item, each way. */
  static final int REACH = 400;
  private static final Pattern SENTENCE_END = Pattern.compile("[.;](?=\\s|$)|\\n\\s*\\n");
  private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(
      Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"),
      Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"),
      Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"),
      Map.entry("twelve", "12"), Map.entry("sixteen", "16"), Map.entry("eighteen", "18"),
      Map.entry("twenty", "20"));
  private static final Pattern NUMBER = Pattern.compile("(?i)(?<![\\w.])(?:\\d{1,4}|"
      + String.join("|", NUMBER_WORDS.keySet()) + ")(?![\\w]|\\.\\d)");

  private final RegexDateFinder dates = new RegexDateFinder();

  /** The sentence around {@code [start, end)}: from the previous sentence end to the next. */
  static int[] sentenceAround(String text, int start, int end) {
    int from = Math.max(0, start - REACH);
    int a = from;
    Matcher m = SENTENCE_END.matcher(text).region(from, Math.min(start, text.length()));
    while (m.find()) {
      a = m.end();
    }
    int to = Math.min(text.length(), end + REACH);
    int b = to;
    m = SENTENCE_END.matcher(text).region(Math.min(end, to), to);
    if (m.find()) {
      b = m.start();
    }
    return new int[] {a, Math.max(a, b)};
  }

  /** A phrase (case and spacing aside) in the sentence around the anchor, nearest it. */
  Evidence phraseNear(CaseDocument doc, Evidence anchor, String phrase) {
    Pattern p = phrasePattern(phrase);
    if (p == null) {
      return null;
    }
    int[] s = sentenceAround(doc.content(), anchor.start(), anchor.end());
    return nearest(doc, anchor, p, s);
  }

  /** The first occurrence of a phrase (case and spacing aside) anywhere in the document. */
  Evidence phraseAnywhere(CaseDocument doc, String phrase) {
    Pattern p = phrasePattern(phrase);
    if (p == null) {
      return null;
    }
    Matcher m = p.matcher(doc.content());
    return m.find() ? doc.evidence(m.start(), m.end()) : null;
  }

  /** A date equal to {@code iso} in the sentence around the anchor, nearest it. */
  Evidence dateNear(CaseDocument doc, Evidence anchor, String iso) {
    int[] s = sentenceAround(doc.content(), anchor.start(), anchor.end());
    Evidence best = null;
    for (DateMention d : dates.find(doc.content(), s[0], s[1])) {
      if (d.iso().equals(iso)) {
        Evidence e = doc.evidence(d.span().start(), d.span().end());
        if (best == null || distance(anchor, e) < distance(anchor, best)) {
          best = e;
        }
      }
    }
    return best;
  }

  /** A number, in digits or words, in the sentence around the anchor, nearest it. */
  Evidence numberNear(CaseDocument doc, Evidence anchor, int n) {
    String want = Integer.toString(n);
    int[] s = sentenceAround(doc.content(), anchor.start(), anchor.end());
    Matcher m = NUMBER.matcher(doc.content()).region(s[0], s[1]);
    Evidence best = null;
    while (m.find()) {
      String t = m.group().toLowerCase(Locale.ROOT);
      if (want.equals(NUMBER_WORDS.getOrDefault(t, t))) {
        Evidence e = doc.evidence(m.start(), m.end());
        if (best == null || distance(anchor, e) < distance(anchor, best)) {
          best = e;
        }
      }
    }
    return best;
  }

  private static Evidence nearest(CaseDocument doc, Evidence anchor, Pattern p, int[] s) {
    Matcher m = p.matcher(doc.content()).region(s[0], s[1]);
    Evidence best = null;
    while (m.find()) {
      Evidence e = doc.evidence(m.start(), m.end());
      if (best == null || distance(anchor, e) < distance(anchor, best)) {
        best = e;
      }
    }
    return best;
  }

  private static int distance(Evidence a, Evidence b) {
    if (b.start() >= a.start() && b.end() <= a.end()) {
      return 0;
    }
    return b.start() >= a.end() ? b.start() - a.end() : Math.max(0, a.start() - b.end());
  }

  /** The words of a phrase in order, any spacing or punctuation between them; null if empty. */
  static Pattern phrasePattern(String phrase) {
    List<String> parts = new ArrayList<>();
    Matcher m = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]").matcher(phrase);
    while (m.find()) {
      parts.add(Pattern.quote(m.group().toLowerCase(Locale.ROOT)));
    }
    if (parts.isEmpty() || parts.size() > 200) {
      return null;
    }
    return Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + String.join("\\s{0,3}", parts)
        + "(?![\\p{L}\\p{N}])");
  }
}
