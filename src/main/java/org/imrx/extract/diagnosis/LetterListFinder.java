package org.imrx.extract.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrx.text.Span;

/**
 * Where a determination's clinical case summary lists the diagnoses: after the phrases its
 * reviewers use ("has been treated for", "is undergoing treatment for", "diagnoses include",
 * "the current diagnoses are documented as", "was diagnosed with/as having"), up to the end of the
 * sentence. Where no such phrase is there, what the pain or complaint is "attributed to", and
 * failing that, the condition the claim names ("filed a claim for shoulder pain"), which the
 * guideline takes as the diagnosis. Stateless and thread-safe.
 */
final class LetterListFinder {
  private static final int MAX_LIST = 600;
  private static final List<Pattern> CUES = List.of(
      Pattern.compile("(?i)\\b(?:treated|treatments?|care)\\s+for\\s*:?\\s*(?:the\\s+)?"
          + "(?:(?:diagnos[ie]s|conditions?)\\s+of\\s*:?\\s*)?"),
      Pattern.compile("(?i)\\bdiagnos[ie]s(?:,?\\s+and[-/ ]or\\s+impressions,?)?\\s+"
          + "(?:(?:were|was|are|is|has\\s+been|have\\s+been)\\s+)?"
          + "(?:(?:noted|documented|listed|reported|stated)\\s+)?"
          + "(?:to\\s+)?(?:includ(?:e|es|ed|ing)|consist(?:s|ed)?\\s+of|are|were|is|was|as|of)\\b"
          + "(?:\\s+(?:documented|noted|listed)\\s+(?:as|is))?\\s*:?\\s*"),
      Pattern.compile("(?i)\\bdiagnos[ie]s\\s+(?:is|are|was|were)\\s+(?:documented|noted|listed|reported)"
          + "(?:\\s+(?:as|is|to\\s+be))?\\s*:?\\s*"),
      Pattern.compile("(?i)\\bdiagnosed\\s+(?:as\\s+having|with(?:\\s+having)?|as)\\s*:?\\s*"),
      Pattern.compile("(?i)\\b(?:given|has|had|with)\\s+(?:a\\s+|the\\s+)?diagnos[ie]s\\s+"
          + "(?:of|that\\s+includes?|including)\\s*:?\\s*"));
  private static final Pattern ATTRIBUTED = Pattern.compile(
      "(?i)\\b(?:pain|issues|symptoms|complaints)\\s+(?:\\w+\\s+){0,2}?(?:attributed|secondary|due)\\s+to\\s+");
  private static final Pattern CLAIM = Pattern.compile(
      "(?i)\\bclaim\\s+for\\s+(?:chronic\\s+)?");
  private static final Pattern CLAIM_END = Pattern.compile(
      "(?i)\\s+(?:reportedly\\s+)?(?:associated|sustained|stemming|allegedly|arising|resulting)\\b"
          + "|\\s+(?:reportedly\\s+)?(?:due|secondary)\\s+to\\b|\\s+(?:reportedly\\s+)?(?:from|after)\\b");

  private LetterListFinder() {}

  static List<ListRegion> find(CharSequence text, Span summary) {
    List<ListRegion> out = cued(text, summary);
    if (!out.isEmpty()) {
      return out;
    }
    Matcher m = ATTRIBUTED.matcher(text).region(summary.start(), summary.end());
    while (m.find()) {
      out.add(new ListRegion(new Span(m.end(), Sentences.end(text, m.end(), Math.min(summary.end(),
          m.end() + MAX_LIST))), ListRegion.Kind.CUE));
    }
    if (!out.isEmpty()) {
      return out;
    }
    Matcher c = CLAIM.matcher(text).region(summary.start(), summary.end());
    if (c.find()) {
      int end = Sentences.end(text, c.end(), Math.min(summary.end(), c.end() + MAX_LIST));
      Matcher e = CLAIM_END.matcher(text).region(c.end(), end);
      if (e.find()) {
        end = e.start();
      }
      out.add(new ListRegion(new Span(c.end(), end), ListRegion.Kind.CUE));
    }
    return out;
  }

  private static List<ListRegion> cued(CharSequence text, Span summary) {
    List<int[]> found = new ArrayList<>();
    for (Pattern p : CUES) {
      Matcher m = p.matcher(text).region(summary.start(), summary.end());
      while (m.find()) {
        found.add(new int[] {m.start(), m.end()});
      }
    }
    found.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
    List<ListRegion> out = new ArrayList<>();
    int covered = -1;
    for (int[] f : found) {
      if (f[0] < covered) {
        continue;
      }
      int end = Sentences.end(text, f[1], Math.min(summary.end(), f[1] + MAX_LIST));
      if (end > f[1]) {
        out.add(new ListRegion(new Span(f[1], end), ListRegion.Kind.CUE));
      }
      covered = end;
    }
    return out;
  }
}
