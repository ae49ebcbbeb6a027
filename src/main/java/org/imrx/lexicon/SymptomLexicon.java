package org.imrx.lexicon;

import java.util.List;
import org.imrx.ConfigurationException;

/**
 * The words of what a worker reports ("pain", "numbness", "headaches", "giving way") with their
 * kind ({@code pain}, {@code sensory}, {@code motor}, {@code constitutional},
 * {@code psychological}, {@code other}), from {@code models/lexicons/symptoms.tsv}. Loaded once;
 * immutable and thread-safe.
 */
public final class SymptomLexicon {
  private final PhraseMatcher<String> matcher;

  private SymptomLexicon(PhraseMatcher<String> matcher) {
    this.matcher = matcher;
  }

  public static SymptomLexicon load() throws ConfigurationException {
    PhraseMatcher.Builder<String> b = PhraseMatcher.builder();
    for (String[] row : Bundled.tsv("lexicons/symptoms.tsv")) {
      if (row[1].isEmpty()) {
        throw new ConfigurationException("models/lexicons/symptoms.tsv: '" + row[0] + "' has no kind");
      }
      b.add(row[0], row[1]);
    }
    return new SymptomLexicon(b.build());
  }

  /** Symptom words in {@code [start, end)}, longest first, left to right. */
  public List<PhraseMatcher.Match<String>> find(CharSequence text, int start, int end) {
    return matcher.find(text, start, end);
  }

  /** Whether a phrase names a symptom anywhere in it. */
  public boolean names(CharSequence text) {
    return !matcher.find(text, 0, text.length()).isEmpty();
  }
}
