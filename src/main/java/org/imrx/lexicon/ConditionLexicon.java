package org.imrx.lexicon;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.imrx.ConfigurationException;

/**
 * Whether a word names a condition (a diagnosis, symptom or sign: "strain", "pain",
 * "radiculopathy", "tendinitis"), from {@code models/lexicons/condition-words.txt} and the
 * suffixes of medical terms (-itis, -algia, -opathy, -osis, -oma ...). List splitting uses it to
 * tell an item from a qualifier. Loaded once; immutable and thread-safe.
 */
public final class ConditionLexicon {
  private static final Pattern SUFFIX = Pattern.compile(
      "[a-z]{2,}(?:itis|algia|algias|opathy|opathies|osis|oses|oma|omas|emia|plegia|paresis|megaly|ectasis|penia|opia"
          + "|cardia|rrhea|rrhagia|trophy|plasia|celes?|iasis|uria|phasia|thymia|tonia|kinesia)");
  private static final Set<String> NOT_CONDITIONS = Set.of("diagnosis", "prognosis", "osmosis", "hypnosis",
      "coma", "aroma", "diploma", "stoma", "soma");

  private final Set<String> words;

  private ConditionLexicon(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  public static ConditionLexicon load() throws ConfigurationException {
    Set<String> words = new HashSet<>();
    for (String line : Bundled.lines("lexicons/condition-words.txt")) {
      String w = line.toLowerCase(Locale.ROOT);
      if (!w.matches("[a-z0-9'-]+")) {
        throw new ConfigurationException("models/lexicons/condition-words.txt: '" + line
            + "' is not one lower-case word");
      }
      words.add(w);
    }
    return new ConditionLexicon(words);
  }

  /** Whether a lower-case word names a condition. */
  public boolean isCondition(String word) {
    return words.contains(word) || !NOT_CONDITIONS.contains(word) && SUFFIX.matcher(word).matches();
  }
}
