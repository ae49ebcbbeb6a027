package org.imrx.extract.diagnosis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.imrx.lexicon.BodyPart;
import org.imrx.lexicon.BodyPartLexicon;
import org.imrx.lexicon.Icd10Lexicon;
import org.imrx.lexicon.Icd10Synonyms;
import org.imrx.lexicon.Laterality;
import org.imrx.lexicon.PhraseMatcher;
import org.imrx.model.Icd10;

/**
 * Codes a diagnosis phrase in ICD-10-CM, preferring precision to recall:
 * <ol>
 *   <li>the curated synonyms, for the whole phrase ("low back pain", "carpal tunnel syndrome");
 *   <li>an official description that says exactly what the phrase says ("contusion of scalp");
 *   <li>the curated site rules, where the phrase is a condition at one body part and nothing else
 *       ("strain of the right knee", "lumbar sprain/strain");
 *   <li>the official descriptions, where one holds every content word of the phrase and few
 *       others ("sprain of ligaments of lumbar spine, subsequent encounter", "contusion of scalp");
 * </ol>
 * and the same again without severity and course words ("acute", "chronic"). A side the phrase
 * states picks the sided code; a phrase without a side gets the unspecified-side code. Null where
 * nothing fits well. Immutable and thread-safe.
 */
public final class Icd10Coder {
  /** Words a phrase may leave out and still be an official title word for word. */
  private static final Set<String> TITLE_STOP = Set.of("of", "the", "and", "a", "an", "to", "at", "in",
      "on", "or", "for", "initial", "encounter", "s");
  /** Words that do not tell codes apart. */
  private static final Set<String> STOP = Set.of("of", "the", "and", "a", "an", "to", "at", "in", "on",
      "or", "by", "for", "is", "as", "unspecified", "site", "initial", "encounter", "nos",
      "part", "parts", "region", "s", "his", "her", "their", "its", "level", "type");
  /** Descriptions of encounters and histories, which code no condition of the worker. */
  private static final java.util.regex.Pattern NOT_A_CONDITION = java.util.regex.Pattern.compile(
      "(?i)^encounter\\b|\\bscreening\\b|\\b(?:family|personal) history\\b");
  private static final Set<String> SIDES = Set.of("right", "left", "bilateral", "bilaterally", "both", "lt", "rt");
  /** Description words a phrase may leave unsaid. */
  private static final Set<String> IMPLIED = Set.of("closed", "current");
  /** What a description says of the default case, which a phrase does not say either. */
  private static final java.util.regex.Pattern DEFAULTS = java.util.regex.Pattern.compile(
      "(?i)\\bnot (?:elsewhere classified|intractable)\\b");
  /** Words of severity and course that codes seldom carry. */
  private static final Set<String> COURSE = Set.of("acute", "chronic", "mild", "moderate", "severe",
      "recurrent", "persistent", "residual", "symptomatic", "industrial", "significant", "ongoing",
      "intermittent", "minor", "slight", "marked", "likely", "possible", "probable", "suspected");
  /** Words that may accompany a condition at a body part without changing its code. */
  private static final Set<String> SITE_FILLERS = Set.of("of", "the", "to", "in", "at", "a", "an", "on",
      "with", "right", "left", "bilateral", "bilaterally", "both", "lt", "rt", "sided", "side", "area",
      "region", "level", "muscle", "muscles", "muscular", "musculature", "paraspinal", "joint", "spine",
      "and", "his", "her", "s");
  private static final double MIN_COVER = 0.75;

  private final Icd10Lexicon codes;
  private final Icd10Synonyms synonyms;
  private final BodyPartLexicon bodyParts;
  private final List<Icd10Lexicon.Entry> entries = new ArrayList<>();
  private final List<Set<String>> entryWords = new ArrayList<>();
  private final List<String> entrySide = new ArrayList<>();
  private final Map<String, int[]> postings;

  public Icd10Coder(Icd10Lexicon codes, Icd10Synonyms synonyms, BodyPartLexicon bodyParts) {
    this.codes = codes;
    this.synonyms = synonyms;
    this.bodyParts = bodyParts;
    Map<String, List<Integer>> index = new HashMap<>();
    for (Icd10Lexicon.Entry e : codes.entries()) {
      if (!e.billable() || NOT_A_CONDITION.matcher(e.description()).find()) {
        continue;
      }
      int id = entries.size();
      entries.add(e);
      Set<String> words = content(DEFAULTS.matcher(e.description()).replaceAll(" "));
      entryWords.add(words);
      entrySide.add(side(e.description()));
      for (String w : words) {
        index.computeIfAbsent(w, k -> new ArrayList<>()).add(id);
      }
    }
    Map<String, int[]> p = new HashMap<>();
    index.forEach((w, ids) -> p.put(w, ids.stream().mapToInt(Integer::intValue).toArray()));
    this.postings = Map.copyOf(p);
  }

  /** The code of a diagnosis phrase, or null where none fits well. */
  public Icd10 code(String phrase) {
    String side = Laterality.of(phrase);
    Icd10 c = attempt(phrase, side);
    if (c != null) {
      return c;
    }
    String plain = withoutCourse(phrase);
    return plain.equals(phrase) ? null : attempt(plain, side);
  }

  /**
   * Whether a phrase is an official description word for word (give or take articles, plurals,
   * "unspecified" and the encounter): such a phrase is one diagnosis even when it holds commas
   * and "and" ("strain of muscle, fascia and tendon at neck level").
   */
  public boolean isTitle(String phrase) {
    Set<String> w = titleWords(phrase);
    if (w.size() < 3) {
      return false;
    }
    Set<String> content = content(phrase);
    for (int id : candidates(content)) {
      Set<String> d = titleWords(entries.get(id).description());
      d.removeAll(IMPLIED);
      Set<String> mine = new LinkedHashSet<>(w);
      mine.removeAll(IMPLIED);
      if (d.equals(mine)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> titleWords(String s) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : PhraseMatcher.words(s)) {
      if (!TITLE_STOP.contains(w)) {
        out.add(normal(w));
      }
    }
    return out;
  }

  private Icd10 attempt(String phrase, String side) {
    Icd10Synonyms.Coded term = synonyms.term(phrase);
    if (term != null) {
      return icd10(term.forSide(side));
    }
    Icd10 exact = lexical(phrase, side, 0);
    if (exact != null) {
      return exact;
    }
    Icd10 site = site(phrase, side);
    if (site != null) {
      return site;
    }
    return lexical(phrase, side, Integer.MAX_VALUE);
  }

  /** The closest description, with at most {@code maxExtra} words the phrase does not say. */
  private Icd10 lexical(String phrase, String side, int maxExtra) {
    Set<String> w = content(phrase);
    if (w.isEmpty()) {
      return null;
    }
    boolean subsequent = w.contains("subsequent");
    int best = -1;
    int bestExtra = Integer.MAX_VALUE;
    for (int id : candidates(w)) {
      String s = entrySide.get(id);
      if (side == null ? s != null && !s.equals("unspecified") : s != null && !s.equals(side)) {
        continue;
      }
      int n = 0;
      for (String x : entryWords.get(id)) {
        if (!w.contains(x) && !IMPLIED.contains(x)) {
          n++;
        }
      }
      if (best < 0 || n < bestExtra || n == bestExtra && better(id, best, subsequent, side)) {
        best = id;
        bestExtra = n;
      }
    }
    if (best < 0 || bestExtra > maxExtra || (double) w.size() / (w.size() + bestExtra) < MIN_COVER) {
      return null;
    }
    Icd10Lexicon.Entry e = entries.get(best);
    return new Icd10(e.code(), e.description());
  }

  /**
   * Between two equally close codes: the one naming the side the text names, the encounter the
   * text implies, then the shorter title.
   */
  private boolean better(int a, int b, boolean subsequent, String side) {
    if (side != null) {
      boolean sa = side.equals(entrySide.get(a));
      boolean sb = side.equals(entrySide.get(b));
      if (sa != sb) {
        return sa;
      }
    }
    char want = subsequent ? 'D' : 'A';
    boolean ea = encounter(entries.get(a).code()) == want;
    boolean eb = encounter(entries.get(b).code()) == want;
    if (ea != eb) {
      return ea;
    }
    return entryWords.get(a).size() < entryWords.get(b).size();
  }

  private static char encounter(String code) {
    return code.length() == 8 ? code.charAt(7) : ' ';
  }

  private Icd10 site(String phrase, String side) {
    List<PhraseMatcher.Match<String>> conditions = synonyms.conditions().find(phrase);
    List<PhraseMatcher.Match<BodyPart>> parts = bodyParts.find(phrase, 0, phrase.length());
    if (conditions.isEmpty() || parts.isEmpty()) {
      return null;
    }
    Set<String> names = new LinkedHashSet<>();
    for (PhraseMatcher.Match<BodyPart> m : parts) {
      names.add(m.value().name());
    }
    if (names.size() != 1) {
      return null;
    }
    // Everything but the condition, the body part and filler words must be absent.
    StringBuilder rest = new StringBuilder(phrase);
    for (PhraseMatcher.Match<String> m : conditions) {
      blank(rest, m.span().start(), m.span().end());
    }
    for (PhraseMatcher.Match<BodyPart> m : parts) {
      blank(rest, m.span().start(), m.span().end());
    }
    for (String w : PhraseMatcher.words(rest.toString())) {
      if (!SITE_FILLERS.contains(w) && !COURSE.contains(w)) {
        return null;
      }
    }
    String part = names.iterator().next();
    for (PhraseMatcher.Match<String> m : conditions) {
      Icd10Synonyms.Coded c = synonyms.site(m.value(), part);
      if (c != null) {
        return icd10(c.forSide(side));
      }
    }
    return null;
  }

  private static void blank(StringBuilder b, int start, int end) {
    for (int i = start; i < end; i++) {
      b.setCharAt(i, ' ');
    }
  }

  private Icd10 icd10(String code) {
    if (code == null) {
      return null;
    }
    return codes.get(code).map(e -> new Icd10(e.code(), e.description())).orElse(null);
  }

  /** Entries whose description holds every word of {@code w}, in the order of their ids. */
  private int[] candidates(Set<String> w) {
    int[] smallest = null;
    int[] second = null;
    for (String word : w) {
      int[] p = postings.get(word);
      if (p == null) {
        return new int[0];
      }
      if (smallest == null || p.length < smallest.length) {
        second = smallest;
        smallest = p;
      } else if (second == null || p.length < second.length) {
        second = p;
      }
    }
    if (smallest == null) {
      return new int[0];
    }
    // Postings are sorted ids: the two rarest words are intersected before whole sets are compared.
    int[] pair = second;
    return java.util.Arrays.stream(smallest)
        .filter(id -> pair == null || java.util.Arrays.binarySearch(pair, id) >= 0)
        .filter(id -> entryWords.get(id).containsAll(w)).toArray();
  }

  /** Content words of a phrase: lower case, singular, without sides and words that tell nothing. */
  static Set<String> content(String s) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : PhraseMatcher.words(s)) {
      if (STOP.contains(w) || SIDES.contains(w)) {
        continue;
      }
      out.add(normal(w));
    }
    return out;
  }

  private static String normal(String w) {
    String x = w.toLowerCase(Locale.ROOT);
    x = switch (x) {
      case "tendonitis" -> "tendinitis";
      case "disk" -> "disc";
      case "disks" -> "discs";
      default -> x;
    };
    if (x.length() > 4 && x.endsWith("s") && !x.endsWith("ss") && !x.endsWith("us") && !x.endsWith("is")) {
      x = x.substring(0, x.length() - 1);
    }
    return x;
  }

  /** The side a description or phrase names: right, left, bilateral, unspecified, or null. */
  private static String side(String s) {
    String l = s.toLowerCase(Locale.ROOT);
    if (l.matches(".*\\bunspecified (?:side|knee|shoulder|hip|ankle|foot|hand|wrist|elbow|arm|leg|"
        + "upper limb|lower limb|upper arm|forearm|thigh|lower leg|finger|thumb|toe|great toe|ear|eye|"
        + "femur|tibia|fibula|radius|ulna|humerus|clavicle|scapula|patella|calcaneus|ankle and foot|"
        + "shoulder joint|knee joint|hip joint|elbow joint|wrist and hand|limb|lesser toe|breast|"
        + "side of body|lung|kidney)\\b.*")) {
      return "unspecified";
    }
    return Laterality.of(s);
  }

  private static String withoutCourse(String phrase) {
    StringBuilder b = new StringBuilder();
    for (String w : phrase.split("\\s+")) {
      if (!COURSE.contains(w.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""))) {
        b.append(b.length() > 0 ? " " : "").append(w);
      }
    }
    return b.toString();
  }
}
