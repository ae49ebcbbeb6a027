package org.imrx.lexicon;

import java.util.List;
import java.util.Locale;
import org.imrx.ConfigurationException;

/**
 * The words examiners write for what they examine and find ("tenderness", "range of motion",
 * "Spurling", "positive"), each with its {@link WordClass}, from
 * {@code models/lexicons/exam-vocabulary.tsv}. Loaded once; immutable and thread-safe.
 */
public final class ExamVocabulary {
  /** What an exam word is; see the file's header. */
  public enum WordClass { SIGN, MEASURE, VITAL, ORGAN, TEST, STATE, EVALUATOR }

  private final PhraseMatcher<WordClass> matcher;

  private ExamVocabulary(PhraseMatcher<WordClass> matcher) {
    this.matcher = matcher;
  }

  public static ExamVocabulary load() throws ConfigurationException {
    PhraseMatcher.Builder<WordClass> b = PhraseMatcher.builder();
    for (String[] row : Bundled.tsv("lexicons/exam-vocabulary.tsv")) {
      try {
        b.add(row[0], WordClass.valueOf(row[1].toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new ConfigurationException("models/lexicons/exam-vocabulary.tsv: '" + row[0]
            + "' has unknown class '" + row[1] + "'");
      }
    }
    return new ExamVocabulary(b.build());
  }

  /** Exam words in {@code [start, end)}, longest phrase first, left to right. */
  public List<PhraseMatcher.Match<WordClass>> find(CharSequence text, int start, int end) {
    return matcher.find(text, start, end);
  }

  /** The class of a whole phrase, or null. */
  public WordClass lookup(String phrase) {
    return matcher.lookup(phrase);
  }
}
