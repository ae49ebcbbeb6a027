package org.imrx.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.imrx.ConfigurationException;

/**
 * Imaging studies in clinicians' words ("MRI", "X-rays", "plain films", "CAT scan", "sonogram",
 * "MR arthrogram") mapped to imrx's modality names and DICOM modality codes, from
 * {@code models/lexicons/modalities.tsv}. Longest phrase wins, so "ultrasound guidance" (no study)
 * hides the "ultrasound" inside it. Loaded once; immutable and thread-safe.
 */
public final class ModalityLexicon {
  /** The modality names a study can have, as imrx writes them. */
  public static final Set<String> MODALITIES = Set.of("MRI", "CT", "X-ray", "ultrasound",
      "bone scan", "myelogram", "arthrogram", "DEXA", "mammogram", "nuclear medicine", "PET",
      "angiogram");
  private static final String GENERIC = "imaging";
  private static final String NO_STUDY = "-";

  /**
   * What a phrase stands for: its modality (null for a study named without one, "imaging
   * studies"), DICOM code, the body part the phrase itself names ("CXR": chest), and whether it
   * counts only in capitals or only as a counted projection ("three views").
   */
  public record Term(String modality, String dicom, BodyPart bodyPart, boolean upperOnly,
      boolean view, boolean study) {}

  private final PhraseMatcher<Term> matcher;

  private ModalityLexicon(PhraseMatcher<Term> matcher) {
    this.matcher = matcher;
  }

  /** Loads the bundled lexicon, resolving its body parts through {@code bodyParts}. */
  public static ModalityLexicon load(BodyPartLexicon bodyParts) throws ConfigurationException {
    String file = "models/lexicons/modalities.tsv";
    PhraseMatcher.Builder<Term> b = PhraseMatcher.builder();
    for (String[] row : Bundled.tsv("lexicons/modalities.tsv")) {
      String modality = row[1];
      boolean study = !modality.equals(NO_STUDY);
      if (study && !modality.equals(GENERIC) && !MODALITIES.contains(modality)) {
        throw new ConfigurationException(file + ": '" + row[0] + "' has unknown modality '"
            + modality + "'; expected one of " + MODALITIES + ", imaging or -");
      }
      BodyPart part = null;
      if (!row[3].isEmpty()) {
        part = bodyParts.lookup(row[3]);
        if (part == null) {
          throw new ConfigurationException(file + ": body part '" + row[3] + "' of '" + row[0]
              + "' is not in models/lexicons/body-parts.tsv");
        }
      }
      boolean upper = false;
      boolean view = false;
      for (String flag : row[4].split(",")) {
        switch (flag.strip()) {
          case "" -> { }
          case "upper" -> upper = true;
          case "view" -> view = true;
          default -> throw new ConfigurationException(file + ": '" + row[0]
              + "' has unknown flag '" + flag.strip() + "'");
        }
      }
      b.add(row[0], new Term(study && !modality.equals(GENERIC) ? modality : null,
          row[2].isEmpty() ? null : row[2], part, upper, view, study));
    }
    PhraseMatcher<Term> m = b.build();
    if (m.size() == 0) {
      throw new ConfigurationException(file + " has no terms");
    }
    return new ModalityLexicon(m);
  }

  /**
   * Phrases that name an imaging study in {@code [start, end)}, left to right: phrases naming no
   * study are dropped, as are capitals-only terms written otherwise ("Mr." is no MR study).
   */
  public List<PhraseMatcher.Match<Term>> find(CharSequence text, int start, int end) {
    List<PhraseMatcher.Match<Term>> out = new ArrayList<>();
    for (PhraseMatcher.Match<Term> m : matcher.find(text, start, end)) {
      Term t = m.value();
      if (!t.study()) {
        continue;
      }
      if (t.upperOnly() && !firstWordUpper(text, m.span().start(), m.span().end())) {
        continue;
      }
      if (t.upperOnly() && isTitle(text, m.span().end())) {
        continue;
      }
      out.add(m);
    }
    return out;
  }

  private static boolean firstWordUpper(CharSequence text, int start, int end) {
    for (int i = start; i < end && Character.isLetterOrDigit(text.charAt(i)); i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** "MR. SMITH" in a capitalised heading is a title, not a study. */
  private static boolean isTitle(CharSequence text, int end) {
    return end + 2 < text.length() && text.charAt(end) == '.' && text.charAt(end + 1) == ' '
        && Character.isUpperCase(text.charAt(end + 2));
  }
}
