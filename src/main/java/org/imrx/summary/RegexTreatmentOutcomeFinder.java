package org.imrx.summary;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrx.model.Evidence;

/**
 * How a treatment went, where the sentence that names it says so: "vast improvement in pain",
 * "without relief", "did not help", "50% improvement". Only a sentence that names this one
 * treatment and no other is read, and the phrase is quoted as written, so that an outcome is
 * never carried over to the wrong treatment nor paraphrased. Stateless and thread-safe.
 */
final class RegexTreatmentOutcomeFinder {
  private static final String CUE = "(?:with(?:out)?|no|not|minimal|some|significant|vast|good|"
      + "mild|moderate|temporary|partial|little|great|excellent|slight|marked|\\d{1,3}\\s?%)";
  private static final Pattern OUTCOME = Pattern.compile("(?i)\\b" + CUE
      + "\\s+(?:[a-z-]{1,20}\\s+){0,3}?(?:improvement|relief|benefit)\\b"
      + "(?:\\s+(?:in|of)\\s+(?:[a-z-]{1,20}\\s+){0,2}?(?:pain|symptoms|function(?:ing)?))?"
      + "|\\b(?:did not|didn't|does not|failed to)\\s+(?:help|improve|provide\\s+(?:any\\s+)?relief)\\b"
      + "|\\b(?:pain|symptoms)\\s+(?:improved|decreased|resolved|worsened)\\b");

  /**
   * The outcome phrase for the treatment at {@code item}, or null: searched in the sentence
   * around it, which must name none of {@code others} (the document's other treatments).
   */
  Evidence find(CaseDocument doc, Evidence item, List<Evidence> others) {
    String text = doc.content();
    int[] s = EvidenceLocator.sentenceAround(text, item.start(), item.end());
    for (Evidence o : others) {
      if (o.start() < s[1] && o.end() > s[0] && !(o.start() == item.start() && o.end() == item.end())) {
        return null;
      }
    }
    Matcher m = OUTCOME.matcher(text).region(s[0], s[1]);
    while (m.find()) {
      if (m.start() < item.end() && m.end() > item.start()) {
        continue;
      }
      return doc.evidence(m.start(), m.end());
    }
    return null;
  }
}
