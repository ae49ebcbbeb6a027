package org.imrx.lexicon;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.imrx.ConfigurationException;

/**
 * The project's curated map from clinicians' words to ICD-10-CM codes, in three bundled files of
 * {@code models/lexicons/}: {@code icd10cm-synonyms.tsv} (whole diagnoses: "low back pain",
 * "carpal tunnel syndrome"), {@code icd10cm-conditions.tsv} (the words for a condition:
 * "tendonitis" is tendinitis) and {@code icd10cm-site-rules.tsv} (a condition at a body part:
 * strain of the lumbar spine). A code may depend on the side; see {@link Coded}. Every code is
 * checked on load against the ICD-10-CM vocabulary in use, every body part against the body-part
 * lexicon. Immutable and thread-safe.
 */
public final class Icd10Synonyms {
  /** A code for a side-less mention and, where the code depends on it, one per side. */
  public record Coded(String code, String right, String left, String bilateral) {
    /**
     * The code for a side ({@code left}, {@code right}, {@code bilateral} or null). Null where the
     * concept has sided codes but none for that side: guessing the unspecified one would be wrong.
     */
    public String forSide(String laterality) {
      if (laterality == null) {
        return code;
      }
      String sided = switch (laterality) {
        case "right" -> right;
        case "left" -> left;
        case "bilateral" -> bilateral;
        default -> null;
      };
      if (sided != null) {
        return sided;
      }
      boolean hasSides = right != null || left != null || bilateral != null;
      return hasSides ? null : code;
    }
  }

  private static final Set<String> IGNORED = Set.of("a", "an", "the", "left", "right", "bilateral",
      "bilaterally", "both", "lt", "rt", "sided", "s");

  private final Map<String, Coded> terms;
  private final PhraseMatcher<String> conditions;
  private final Map<String, Coded> sites;

  private Icd10Synonyms(Map<String, Coded> terms, PhraseMatcher<String> conditions, Map<String, Coded> sites) {
    this.terms = Map.copyOf(terms);
    this.conditions = conditions;
    this.sites = Map.copyOf(sites);
  }

  public static Icd10Synonyms load(Icd10Lexicon codes, BodyPartLexicon parts) throws ConfigurationException {
    String termFile = "lexicons/icd10cm-synonyms.tsv";
    Map<String, Coded> terms = new HashMap<>();
    List<String[]> rows = Bundled.tsv(termFile);
    for (int i = 0; i < rows.size(); i++) {
      String[] r = rows.get(i);
      terms.putIfAbsent(key(r[0]), coded(codes, termFile, i + 2, r, 1));
    }
    String conditionFile = "lexicons/icd10cm-conditions.tsv";
    PhraseMatcher.Builder<String> conditions = PhraseMatcher.builder();
    Set<String> names = new HashSet<>();
    for (String[] r : Bundled.tsv(conditionFile)) {
      conditions.add(r[0], r[1]);
      names.add(r[1]);
    }
    String siteFile = "lexicons/icd10cm-site-rules.tsv";
    Map<String, Coded> sites = new HashMap<>();
    rows = Bundled.tsv(siteFile);
    for (int i = 0; i < rows.size(); i++) {
      String[] r = rows.get(i);
      if (!names.contains(r[0])) {
        throw new ConfigurationException("models/" + siteFile + ": row " + (i + 2) + " names condition '"
            + r[0] + "', which models/" + conditionFile + " does not define");
      }
      BodyPart part = parts.lookup(r[1]);
      if (part == null || !part.name().equals(r[1])) {
        throw new ConfigurationException("models/" + siteFile + ": row " + (i + 2) + " names body part '"
            + r[1] + "', which is not a canonical name of models/lexicons/body-parts.tsv");
      }
      sites.putIfAbsent(r[0] + "\t" + r[1], coded(codes, siteFile, i + 2, r, 2));
    }
    return new Icd10Synonyms(terms, conditions.build(), sites);
  }

  private static Coded coded(Icd10Lexicon codes, String file, int row, String[] r, int first)
      throws ConfigurationException {
    String[] c = new String[4];
    for (int k = 0; k < 4; k++) {
      String v = first + k < r.length ? r[first + k] : "";
      if (v.isEmpty()) {
        if (k == 0) {
          throw new ConfigurationException("models/" + file + ": row " + row + " has no code");
        }
        continue;
      }
      Icd10Lexicon.Entry e = codes.get(v).orElseThrow(() -> new ConfigurationException("models/" + file
          + ": row " + row + " maps to " + v + ", which " + codes.source() + " does not hold"));
      if (!e.billable()) {
        throw new ConfigurationException("models/" + file + ": row " + row + " maps to " + v
            + ", which is not a billable code");
      }
      c[k] = e.code();
    }
    return new Coded(c[0], c[1], c[2], c[3]);
  }

  /** How phrases are compared: lower-case singular words without sides and articles. */
  public static String key(String phrase) {
    return PhraseMatcher.words(phrase).stream().filter(w -> !IGNORED.contains(w))
        .map(Icd10Synonyms::singular).collect(Collectors.joining(" "));
  }

  private static String singular(String w) {
    return w.length() > 4 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
        ? w.substring(0, w.length() - 1) : w;
  }

  /** The codes of a whole diagnosis phrase, or null. */
  public Coded term(String phrase) {
    return terms.get(key(phrase));
  }

  /** The condition names ("strain", "disc herniation") found in text, by the words that say them. */
  public PhraseMatcher<String> conditions() {
    return conditions;
  }

  /** The codes of a condition at a canonical body part, or null. */
  public Coded site(String condition, String bodyPart) {
    return sites.get(condition + "\t" + bodyPart);
  }
}
