package org.imrx.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imrx.ConfigurationException;

/**
 * Treatments that are not a named drug ("physical therapy", "TENS unit", "modified duty", the
 * generic "medications") from {@code models/lexicons/treatments.tsv}, and the context words that
 * say whether a treatment was given, planned, requested or decided by utilization review
 * ({@code treatment-cues.tsv}). Loaded once and validated; immutable and thread-safe.
 */
public final class TreatmentLexicon {
  /** The kinds of {@link org.imrx.model.Treatment}, and {@value #NONE} for a phrase that names none. */
  public static final Set<String> KINDS = Set.of("medication", "physical-therapy", "chiropractic",
      "acupuncture", "injection", "surgery", "device", "psych", "work-status", "other", "none");
  /** The kind of a phrase that holds a treatment word but names no treatment ("exercise tolerance"). */
  public static final String NONE = "none";
  /** The modes a cue may give. */
  public static final Set<String> MODES = Set.of("given", "planned", "requested", "authorized",
      "denied", "modified", "negated", "reason", "evaluation");
  /** The scopes a cue may have. */
  public static final Set<String> SCOPES = Set.of("before", "after", "near", "next");

  /**
   * A treatment term: its kind, the concept it names, for a generic medication word the DWC drug
   * classes it stands for (empty for any drug; null for a term that is no generic word), and
   * whether it is ambiguous enough to count only where a context word qualifies it.
   */
  public record Term(String kind, String concept, Set<String> genericClasses, boolean needsCue) {
    public boolean generic() {
      return genericClasses != null;
    }
  }

  /** A context word: the mode it gives and the direction of its scope. */
  public record Cue(String mode, String scope) {}

  private final PhraseMatcher<Term> terms;
  private final PhraseMatcher<List<Cue>> cues;

  private TreatmentLexicon(PhraseMatcher<Term> terms, PhraseMatcher<List<Cue>> cues) {
    this.terms = terms;
    this.cues = cues;
  }

  public static TreatmentLexicon load(Taxonomy taxonomy) throws ConfigurationException {
    Set<String> drugClasses = taxonomy.drugClasses();
    PhraseMatcher.Builder<Term> t = PhraseMatcher.builder();
    for (String[] row : Bundled.tsv("lexicons/treatments.tsv")) {
      if (!KINDS.contains(row[1]) || row[2].isEmpty()) {
        throw new ConfigurationException("models/lexicons/treatments.tsv: '" + row[0]
            + "' needs a kind of " + KINDS + " and a concept");
      }
      Set<String> classes = null;
      if (row.length > 3 && !row[3].isEmpty()) {
        classes = row[3].equals("*") ? Set.of() : Set.of(row[3].split("\\|"));
        for (String c : classes) {
          if (!drugClasses.contains(c)) {
            throw new ConfigurationException("models/lexicons/treatments.tsv: '" + row[0]
                + "' names '" + c + "', which is not a DWC drug class");
          }
        }
      }
      String needs = row.length > 4 ? row[4] : "";
      if (!needs.isEmpty() && !needs.equals("cue")) {
        throw new ConfigurationException("models/lexicons/treatments.tsv: '" + row[0]
            + "' has needs '" + needs + "'; only 'cue' or nothing is allowed");
      }
      t.add(row[0], new Term(row[1], row[2], classes, needs.equals("cue")));
    }
    Map<String, List<Cue>> byPhrase = new LinkedHashMap<>();
    for (String[] row : Bundled.tsv("lexicons/treatment-cues.tsv")) {
      if (!MODES.contains(row[1]) || !SCOPES.contains(row[2])) {
        throw new ConfigurationException("models/lexicons/treatment-cues.tsv: '" + row[0]
            + "' needs a mode of " + MODES + " and a scope of " + SCOPES);
      }
      String key = String.join(" ", PhraseMatcher.words(row[0]));
      List<Cue> list = byPhrase.computeIfAbsent(key, k -> new ArrayList<>());
      for (Cue c : list) {
        if (c.scope().equals(row[2])) {
          throw new ConfigurationException("models/lexicons/treatment-cues.tsv: '" + row[0]
              + "' has two rows with the scope " + row[2]);
        }
      }
      list.add(new Cue(row[1], row[2]));
    }
    PhraseMatcher.Builder<List<Cue>> c = PhraseMatcher.builder();
    byPhrase.forEach((phrase, list) -> c.add(phrase, List.copyOf(list)));
    return new TreatmentLexicon(t.build(), c.build());
  }

  /** Treatment terms in {@code [start, end)}, longest phrase first, left to right. */
  public List<PhraseMatcher.Match<Term>> terms(CharSequence text, int start, int end) {
    return terms.find(text, start, end);
  }

  /** Context words in {@code [start, end)}, longest phrase first, left to right. */
  public List<PhraseMatcher.Match<List<Cue>>> cues(CharSequence text, int start, int end) {
    return cues.find(text, start, end);
  }

  /** The term a whole phrase is, or null. */
  public Term term(String phrase) {
    return terms.lookup(phrase);
  }
}
