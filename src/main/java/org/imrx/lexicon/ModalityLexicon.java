package org.imrx.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.imrx.ConfigurationException;
import org.imrx.text.Span;

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

  /** Words this long are matched with one typo ("ultrsound", "myleogram"). */
  private static final int FUZZY_MIN = 8;

  private final PhraseMatcher<Term> matcher;
  /** One-word study terms of at least {@link #FUZZY_MIN} letters, lower case. */
  private final Map<String, Term> longWords;

  private ModalityLexicon(PhraseMatcher<Term> matcher, Map<String, Term> longWords) {
    this.matcher = matcher;
    this.longWords = longWords;
  }

  /** Loads the bundled lexicon, resolving its body parts through {@code bodyParts}. */
  public static ModalityLexicon load(BodyPartLexicon bodyParts) throws ConfigurationException {
    String file = "models/lexicons/modalities.tsv";
    PhraseMatcher.Builder<Term> b = PhraseMatcher.builder();
    Map<String, Term> longWords = new LinkedHashMap<>();
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
      Term term = new Term(study && !modality.equals(GENERIC) ? modality : null,
          row[2].isEmpty() ? null : row[2], part, upper, view, study);
      b.add(row[0], term);
      List<String> words = PhraseMatcher.words(row[0]);
      if (study && !upper && !view && words.size() == 1 && words.get(0).length() >= FUZZY_MIN
          && words.get(0).chars().allMatch(Character::isLetter)) {
        longWords.putIfAbsent(words.get(0), term);
      }
    }
    PhraseMatcher<Term> m = b.build();
    if (m.size() == 0) {
      throw new ConfigurationException(file + " has no terms");
    }
    return new ModalityLexicon(m, Map.copyOf(longWords));
  }

  /**
   * Phrases that name an imaging study in {@code [start, end)}, left to right: phrases naming no
   * study are dropped, as are capitals-only terms written otherwise ("Mr." is no MR study).
   */
  public List<PhraseMatcher.Match<Term>> find(CharSequence text, int start, int end) {
    List<PhraseMatcher.Match<Term>> found = matcher.find(text, start, end);
    List<PhraseMatcher.Match<Term>> out = new ArrayList<>();
    for (PhraseMatcher.Match<Term> m : found) {
      Term t = m.value();
      if (!t.study()) {
        continue;
      }
      if (t.upperOnly() && !firstWordUpper(text, m.span().start(), m.span().end())
          && !lowerCt(text, m.span())) {
        continue;
      }
      if (t.upperOnly() && isTitle(text, m.span().end())) {
        continue;
      }
      out.add(m);
    }
    return misspelled(text, start, end, found, out);
  }

  /**
   * A study word written with one typo (a letter dropped, added, changed or two swapped:
   * "ultrsound", "myleogram"), where no term covers it: one-word terms of eight letters or more
   * only, sharing their first two letters, so that short words do not drift into others.
   */
  private List<PhraseMatcher.Match<Term>> misspelled(CharSequence text, int start, int end,
      List<PhraseMatcher.Match<Term>> found, List<PhraseMatcher.Match<Term>> out) {
    List<PhraseMatcher.Match<Term>> extra = new ArrayList<>();
    int covered = 0;
    int i = start;
    while (i < end) {
      while (i < end && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int s = i;
      boolean letters = true;
      while (i < end && Character.isLetterOrDigit(text.charAt(i))) {
        letters &= Character.isLetter(text.charAt(i));
        i++;
      }
      if (!letters || i - s < FUZZY_MIN - 1) {
        continue;
      }
      while (covered < found.size() && found.get(covered).span().end() <= s) {
        covered++;
      }
      if (covered < found.size() && found.get(covered).span().start() < i) {
        continue;
      }
      String w = text.subSequence(s, i).toString().toLowerCase(Locale.ROOT);
      for (Map.Entry<String, Term> e : longWords.entrySet()) {
        String t = e.getKey();
        if (t.regionMatches(0, w, 0, 2) && oneEditApart(w, t)) {
          extra.add(new PhraseMatcher.Match<>(new Span(s, i), e.getValue()));
          break;
        }
      }
    }
    if (extra.isEmpty()) {
      return out;
    }
    List<PhraseMatcher.Match<Term>> all = new ArrayList<>(out);
    all.addAll(extra);
    all.sort(Comparator.comparingInt(m -> m.span().start()));
    return all;
  }

  /** Whether a and b differ by one insertion, deletion, substitution or swap of neighbours. */
  static boolean oneEditApart(String a, String b) {
    if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int p = 0;
    while (p < a.length() && p < b.length() && a.charAt(p) == b.charAt(p)) {
      p++;
    }
    if (a.length() == b.length()) {
      if (a.regionMatches(p + 1, b, p + 1, a.length() - p - 1)) {
        return true;
      }
      return p + 1 < a.length() && a.charAt(p) == b.charAt(p + 1) && a.charAt(p + 1) == b.charAt(p)
          && a.regionMatches(p + 2, b, p + 2, a.length() - p - 2);
    }
    String longer = a.length() > b.length() ? a : b;
    String shorter = a.length() > b.length() ? b : a;
    return longer.regionMatches(p + 1, shorter, p, shorter.length() - p);
  }

  /**
   * "ct abdomen", "ct scan": a lower-case CT followed by a word, on an EXAM line or in a sentence,
   * is the study ("ct" is no English word); other capitals-only terms stay capitals-only.
   */
  private static boolean lowerCt(CharSequence text, Span span) {
    int s = span.start();
    if (span.end() - s < 2 || Character.toLowerCase(text.charAt(s)) != 'c'
        || Character.toLowerCase(text.charAt(s + 1)) != 't'
        || (span.end() - s > 2 && Character.isLetterOrDigit(text.charAt(s + 2)))) {
      return false;
    }
    int e = span.end();
    return e - s > 2 || (e + 1 < text.length() && text.charAt(e) == ' '
        && Character.isLetter(text.charAt(e + 1)));
  }

  private static boolean firstWordUpper(CharSequence text, int start, int end) {
    for (int i = start; i < end && Character.isLetterOrDigit(text.charAt(i)); i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** "MR. SMITH" in a capitalised heading is a title, not a study; nor is "MR#". */
  private static boolean isTitle(CharSequence text, int end) {
    // "MR#: 0000000" is a medical record number.
    return (end < text.length() && text.charAt(end) == '#') || (end + 2 < text.length()
        && text.charAt(end) == '.' && text.charAt(end + 1) == ' '
        && Character.isUpperCase(text.charAt(end + 2)));
  }
}
