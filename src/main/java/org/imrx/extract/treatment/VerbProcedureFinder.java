package org.imrx.extract.treatment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrx.lexicon.PhraseMatcher;
import org.imrx.text.Span;

/**
 * Procedures written as verbs, which no noun lexicon names: what was operated on and the verb
 * ("the lesion was excised", "had polyps removed", "we aspirated the knee", "attempted to remove
 * the wire"), the item being that
 * stretch as written. Only verbs of a procedure count, and objects that are a procedure's own
 * material ("the sutures were removed", "the needle was withdrawn") do not. Bounded regular
 * expressions; stateless and thread-safe.
 */
final class VerbProcedureFinder {
  /** How the concepts of verb-written procedures start. */
  static final String CONCEPT = "verb:";
  private static final String VERB = "excised|resected|removed|aspirated|drained|debrided|amputated|"
      + "cauterized|ablated|lanced|incised\\s{1,2}and\\s{1,2}drained|transfused|"
      + "repaired|replaced|fused|reconstructed|decompressed|biopsied";
  private static final String WORD = "[A-Za-z][A-Za-z'-]{1,24}";
  /**
   * The words every pattern below needs one of, as a word of its own (the first word of
   * "incised and drained"): a text without any is not searched further.
   */
  private static final Set<String> VERB_WORDS = Set.of("excised", "resected", "removed", "aspirated",
      "drained", "debrided", "amputated", "cauterized", "ablated", "lanced", "incised", "transfused",
      "repaired", "replaced", "fused", "reconstructed", "decompressed", "biopsied", "attempted");
  private static final int SHORTEST_VERB_WORD = 5;
  private static final int LONGEST_VERB_WORD = 13;
  /**
   * The longest stretch {@link #PASSIVE} and {@link #CAUSATIVE} can match before their verb (three
   * words of 25 letters and the words between), with a margin.
   */
  private static final int MAX_BEFORE_VERB = 128;
  /** "The lesion was excised", "Her gallbladder was removed". */
  private static final Pattern PASSIVE = Pattern.compile(
      "(?i)\\b((?:" + WORD + "\\s{1,2}){0,2}" + WORD + ")\\s{1,2}(?:was|were|has\\s{1,2}been|had\\s{1,2}been)"
          + "\\s{1,2}(?:then\\s{1,2}|also\\s{1,2}|successfully\\s{1,2}|surgically\\s{1,2})?(" + VERB + ")\\b");
  /** "had polyps removed", "underwent ... ", "had her gallbladder removed". */
  private static final Pattern CAUSATIVE = Pattern.compile(
      "(?i)\\b(?:had|has\\s{1,2}had|have\\s{1,2}had|having)\\s{1,2}(?:(?:a|an|the|his|her|their|multiple|several|some|two|three)\\s{1,2})?"
          + "((?:" + WORD + "\\s{1,2}){0,2}" + WORD + ")\\s{1,2}(" + VERB + ")\\b");
  /** "we aspirated the knee", "Dr. X excised the mass". */
  private static final Pattern ACTIVE = Pattern.compile(
      "(?i)\\b(?:I|we|he|she|Dr\\.?\\s{1,2}[A-Z][A-Za-z]{0,20})\\s{1,2}(?:then\\s{1,2}|also\\s{1,2})?"
          + "(excised|resected|removed|aspirated|drained|debrided|lanced|biopsied)"
          + "\\s{1,2}(?:the|a|an|his|her|their)\\s{1,2}((?:" + WORD + "\\s{1,2}){0,2}" + WORD + ")"
          + "|\\b(attempted\\s{1,2}to\\s{1,2}(?:remove|excise|drain|aspirate))\\s{1,2}(?:the|a|an|his|her|their)\\s{1,2}((?:" + WORD + "\\s{1,2}){0,2}" + WORD + ")");
  private static final Pattern A_WORD = Pattern.compile("[A-Za-z][A-Za-z'-]*");
  /** Words that cannot start or be the object: articles, pronouns, the material of a procedure. */
  private static final Set<String> NOT_OBJECT = Set.of("the", "a", "an", "his", "her", "their", "its",
      "it", "this", "that", "these", "those", "which", "who", "what", "there", "and", "or", "was", "were",
      "sutures", "suture", "staples", "staple", "drain", "drains", "dressing", "dressings", "tourniquet",
      "needle", "needles", "catheter", "foley", "iv", "drapes", "drape", "retractor", "retractors",
      "instruments", "clamp", "clamps", "wound", "incision", "skin", "tissue", "fluid", "blood",
      "contrast", "dye", "specimen", "specimens", "patient", "he", "she", "they", "pain", "symptoms",
      "fracture", "dislocation", "hernia", "bleeding", "hemostasis", "bone", "trial", "stylet", "guidewire",
      "then", "all", "any", "each", "both", "cast", "splint", "packing",
      "not", "never", "be", "been", "being", "also", "successfully", "had", "has", "have", "joint",
      "site", "area", "medication", "medications", "steroid", "cortisone", "marcaine", "lidocaine",
      "cement", "excess", "remaining", "portion", "sample", "samples", "left", "right", "bilateral",
      "bilaterally", "side", "sides", "same", "solution", "collar", "ring", "rings", "brace", "boot",
      "sling", "tube", "tubes", "line", "lines", "port", "stitches", "gauze", "clot", "clots",
      "debris", "fragments", "fragment", "osteophytes", "adhesions", "scar");
  /** A word that ends the object looking back ("... and the cyst was excised"). */
  private static final Set<String> OBJECT_STOP = Set.of("the", "a", "an", "his", "her", "their", "its",
      "and", "or", "then", "which", "that", "this", "these", "those", "was", "were", "had", "has",
      "also", "after", "before", "when", "once", "where", "with", "of", "to", "in", "on", "at", "by",
      "from", "for", "is", "are", "be", "been", "he", "she", "it", "they", "we", "i", "patient");

  /** Procedures written as verbs in {@code [start, end)}, left to right. */
  List<TreatmentMention> find(String text, int start, int end) {
    List<TreatmentMention> out = new ArrayList<>();
    if (nextVerb(text, start, end) < 0) {
      return out;
    }
    for (Pattern p : new Pattern[] {PASSIVE, CAUSATIVE}) {
      int pos = start;
      int verb;
      while (pos < end && (verb = nextVerb(text, pos, end)) >= 0) {
        Matcher m = p.matcher(text).region(searchStart(text, pos, verb), end);
        if (!m.find()) {
          break;
        }
        Span object = object(text, m.start(1), m.end(1));
        if (object != null) {
          add(text, new Span(object.start(), m.end(2)), m.group(2), out);
        }
        pos = m.end();
      }
    }
    Matcher a = ACTIVE.matcher(text).region(start, end);
    while (a.find()) {
      int g = a.group(1) != null ? 1 : 3;
      Span object = object(text, a.start(g + 1), a.end(g + 1));
      if (object != null && object.start() == a.start(g + 1)) {
        add(text, new Span(a.start(g), object.end()), a.group(g), out);
      }
    }
    out.sort((x, y) -> Integer.compare(x.span().start(), y.span().start()));
    return out;
  }

  /**
   * Where the next of the verb words starts in {@code [from, end)}, or -1. Words are runs of ASCII
   * letters, as the patterns' case-insensitive verbs are; a run cut by {@code from} counts as a
   * word, so no place a pattern could match is passed.
   */
  static int nextVerb(String text, int from, int end) {
    for (int i = AsciiWords.nextStart(text, from, end); i < end; ) {
      int e = AsciiWords.end(text, i, end);
      int n = e - i;
      if (n >= SHORTEST_VERB_WORD && n <= LONGEST_VERB_WORD
          && VERB_WORDS.contains(text.substring(i, e).toLowerCase(Locale.ROOT))) {
        return i;
      }
      i = AsciiWords.nextStart(text, e, end);
    }
    return -1;
  }

  /**
   * Where to look for the next match of a pattern ending on a verb, given the next verb from
   * {@code pos}: no match starts further than {@link #MAX_BEFORE_VERB} before its verb, so the
   * words before that are skipped. The start is moved back to just after a space (or to
   * {@code pos}) so the pattern's opening word boundary reads as it would in the whole range.
   */
  private static int searchStart(String text, int pos, int verb) {
    int from = Math.max(pos, verb - MAX_BEFORE_VERB);
    while (from > pos && !Character.isWhitespace(text.charAt(from - 1))) {
      from--;
    }
    return from;
  }

  private static void add(String text, Span item, String verb, List<TreatmentMention> out) {
    String v = verb.toLowerCase(Locale.ROOT);
    String kind = v.equals("transfused") ? "other" : "surgery";
    out.add(new TreatmentMention(item, item, kind,
        CONCEPT + String.join(" ", PhraseMatcher.words(item.text(text))), null, null, null, null));
  }

  /**
   * The object's words that name what was operated on: from the last stop word back, none of
   * them a procedure's own material; null where nothing is left.
   */
  private static Span object(String text, int from, int to) {
    List<Span> words = new ArrayList<>();
    Matcher w = A_WORD.matcher(text).region(from, to);
    while (w.find()) {
      words.add(new Span(w.start(), w.end()));
    }
    int first = 0;
    for (int i = 0; i < words.size(); i++) {
      if (OBJECT_STOP.contains(words.get(i).text(text).toLowerCase(Locale.ROOT))) {
        first = i + 1;
      }
    }
    if (first >= words.size()) {
      return null;
    }
    for (int i = first; i < words.size(); i++) {
      if (NOT_OBJECT.contains(words.get(i).text(text).toLowerCase(Locale.ROOT))) {
        return null;
      }
    }
    return new Span(words.get(first).start(), words.get(words.size() - 1).end());
  }
}
