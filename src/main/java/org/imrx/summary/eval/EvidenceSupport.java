package org.imrx.summary.eval;

import org.imrx.eval.SoftMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imrx.extract.dates.DateMention;
import org.imrx.extract.dates.RegexDateFinder;
import org.imrx.summary.CaseDocument;
import org.imrx.summary.CaseFile;
import org.imrx.summary.Draft;
import org.imrx.summary.DraftFact;
import org.imrx.summary.FactEvidence;
import org.imrx.summary.FactType;
import org.imrx.summary.UrOutcomes;

/**
 * Checks that a drafted fact is supported by its evidence: some passage it points to, inside its
 * document's text, states it. Dates must be the same date once normalised, ages and counts the
 * same numbers, a sex a word of that sex, an outcome a word of that outcome; any other fact's
 * content words must all be in the passage (plurals folded; a negated fact needs a negation in
 * the passage). Stateless and thread-safe.
 */
public final class EvidenceSupport {
  private static final SoftMatcher MATCHER = new SoftMatcher();
  private static final Set<String> NEGATION = Set.of("no", "not", "without", "denies", "denied",
      "deny", "none", "absent", "never", "negative", "non");
  private static final Set<String> FEMALE = Set.of("female", "woman", "lady", "girl", "she", "her",
      "herself", "f", "women", "females", "rhf", "lhf");
  private static final Set<String> MALE = Set.of("male", "man", "gentleman", "boy", "he", "his",
      "him", "himself", "m", "men", "gentlemen", "males", "rhm", "lhm");
  private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(Map.entry("one", "1"),
      Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"),
      Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"),
      Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"),
      Map.entry("sixteen", "16"), Map.entry("eighteen", "18"), Map.entry("twenty", "20"));
  // Bare years count: a timeline event dated "2006" is supported by "from 2006".
  private final RegexDateFinder dates = new RegexDateFinder(true);

  /** The facts of a draft that no passage of theirs supports. */
  public List<DraftFact> unsupported(Draft draft, CaseFile file) {
    List<DraftFact> out = new ArrayList<>();
    for (DraftFact f : draft.facts()) {
      if (!supported(f, file)) {
        out.add(f);
      }
    }
    return out;
  }

  public boolean supported(DraftFact f, CaseFile file) {
    for (FactEvidence e : f.evidence()) {
      CaseDocument doc = file.documents().stream().filter(d -> d.id().equals(e.document())).findFirst()
          .orElse(null);
      if (doc == null || e.end() > doc.content().length()
          || !doc.value().source().path().equals(e.path())) {
        continue;
      }
      if (supports(f, doc.content().substring(e.start(), e.end()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a passage states the fact. */
  public boolean supports(DraftFact f, String passage) {
    FactType type = FactType.of(f.type());
    return switch (type) {
      case INJURY_DATE, EXAM_DATE, IMAGING_DATE, UR_DATE -> sameDate(f.value(), passage);
      case AGE -> numbers(passage).contains(f.value());
      case SEX -> sex(f.value(), passage);
      case UR_OUTCOME -> f.value() != null && UrOutcomes.stated(f.value(), passage);
      case TREATMENT_COUNT -> f.value() != null
          && numbers(passage).containsAll(List.of(f.value().split(" ")));
      default -> words(f.text(), passage);
    };
  }

  private boolean sameDate(String iso, String passage) {
    if (iso == null) {
      return false;
    }
    for (DateMention d : dates.find(passage)) {
      if (d.iso().equals(iso)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> numbers(String passage) {
    Set<String> out = new HashSet<>();
    for (String t : MATCHER.tokens(passage)) {
      out.add(NUMBER_WORDS.getOrDefault(t, t));
    }
    return out;
  }

  private static boolean sex(String value, String passage) {
    Set<String> words = Set.copyOf(MATCHER.tokens(passage));
    Set<String> want = "female".equals(value) ? FEMALE : "male".equals(value) ? MALE : Set.of();
    for (String w : words) {
      if (want.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean words(String fact, String passage) {
    Set<String> have = new HashSet<>();
    boolean passageNegated = false;
    for (String w : MATCHER.tokens(passage)) {
      have.add(fold(w));
      passageNegated |= NEGATION.contains(w);
    }
    boolean any = false;
    for (String w : MATCHER.words(fact)) {
      if (NEGATION.contains(w)) {
        if (!passageNegated) {
          return false;
        }
        continue;
      }
      any = true;
      if (!have.contains(fold(w))) {
        return false;
      }
    }
    if (!any) {
      // A fact of stop words only ("is") is supported only where the passage has them all.
      List<String> tokens = MATCHER.tokens(fact);
      return !tokens.isEmpty() && tokens.stream().allMatch(t -> have.contains(fold(t)));
    }
    return true;
  }

  /** A word without its plural ending: "muscles" and "muscle" agree. */
  private static String fold(String w) {
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
