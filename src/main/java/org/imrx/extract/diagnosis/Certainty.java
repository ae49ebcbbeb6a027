package org.imrx.extract.diagnosis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The certainty a diagnosis is stated with, read from the words before it: {@code possible}
 * ("possible", "probable", "likely", "suspected", "questionable", "suggestive of", "compatible
 * with"), {@code rule-out} ("rule out", "r/o", "evaluate for"), {@code history-of} ("history of", "h/o", "remote
 * history of"), else {@code confirmed}. "History of" is dropped from the text, as the annotation
 * guideline does; the other hedges stay. Stateless and thread-safe.
 */
final class Certainty {
  static final String CONFIRMED = "confirmed";
  static final String POSSIBLE = "possible";
  static final String RULE_OUT = "rule-out";
  static final String HISTORY_OF = "history-of";

  /** A diagnosis text without the words that only say it is past, and how far they reached. */
  record Read(String certainty, int dropped) {}

  /** The words that say a diagnosis is past ("history of", "remote h/o"), as they open a text. */
  static final Pattern HISTORY = Pattern.compile(
      "(?i)^(?:(?:a|an|the)\\s+)?(?:(?:remote|prior|previous|past|known|significant|positive|distant|long|"
          + "longstanding|long-standing|(?:\\d+|one|two|three|four|five|six|several|many)[- ](?:years?|months?|weeks?))"
          + "[- ])?"
          + "(?:(?:medical\\s+)?history\\s+of|h/o|hx\\s+of)\\s+(?:(?:a|an|the)\\s+)?");
  private static final Pattern RULE = Pattern.compile("(?i)^(?:rule[- ]out|r/o|to\\s+rule\\s+out|ruling\\s+out|"
      + "(?:to\\s+)?(?:evaluate|assess|check)\\s+for|evaluation\\s+for)\\b");
  private static final Pattern HEDGE = Pattern.compile("(?i)(?:^|\\b)(?:possible|possibly|probable|probably|"
      + "likely|suspected|suspect|suspicious\\s+for|questionable|presumed|presumptive|suggestive\\s+of|"
      + "suggesting|suggested|compatible\\s+with|consistent\\s+with|may\\s+represent|versus|vs\\.?|"
      + "cannot\\s+be\\s+excluded|not\\s+excluded|\\?)(?=\\s|$)");

  private Certainty() {}

  /** Reads the certainty of a diagnosis text. */
  static Read of(String text) {
    Matcher h = HISTORY.matcher(text);
    if (h.find()) {
      return new Read(HISTORY_OF, h.end());
    }
    if (RULE.matcher(text).find()) {
      return new Read(RULE_OUT, 0);
    }
    Matcher m = HEDGE.matcher(text);
    if (m.find()) {
      return new Read(POSSIBLE, 0);
    }
    return new Read(CONFIRMED, 0);
  }
}
