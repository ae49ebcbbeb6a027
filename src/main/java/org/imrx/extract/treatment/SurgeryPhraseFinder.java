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
 * Surgeries named by their word forms rather than by the lexicon: words ending in "-ectomy",
 * "-otomy", "-plasty", "-desis", "-pexy", "-rrhaphy", and procedure nouns ("repair", "fusion",
 * "replacement", "resection", "placement" ...) that a modifier makes specific ("right thumb
 * arthrodesis", "hernia repair", "resection of tumor", "prior decompression"). A procedure noun that
 * modifies another noun ("resection margin", "surgery clinic") names no surgery. Stateless and
 * thread-safe.
 */
final class SurgeryPhraseFinder {
  private static final List<String> SURGICAL_ENDINGS = List.of("ectomy", "ectomies", "otomy", "otomies",
      "ostomy", "ostomies", "plasty", "plasties", "desis", "pexy", "rrhaphy");
  private static final Pattern PROCEDURE_NOUN = Pattern.compile(
      "(?i)\\b(?:repair|repairs|reconstruction|fusion|replacement|replacements|resection|"
          + "excision|decompression|debridement|placement|implantation|implant|transplant|"
          + "exploration|pinning|amputation|surgery|surgeries|arthroscopy|biopsy|removal)\\b");
  /** Nouns that name a procedure only with a modifier before them. */
  private static final Set<String> NEED_MODIFIER = Set.of("repair", "repairs", "reconstruction",
      "replacement", "replacements", "resection", "excision", "decompression", "debridement",
      "placement", "implantation", "implant", "transplant", "exploration", "pinning", "biopsy", "removal", "surgery", "surgeries", "fusion", "arthroscopy", "amputation");
  private static final Pattern OF_PHRASE = Pattern.compile(
      "(?i)\\s{1,2}(?:of|for)\\s{1,2}(?:(?:the|a|an|his|her)\\s{1,2})?((?:[a-z0-9][\\w/-]*\\s{0,2}){1,4})");
  private static final Pattern PRIOR = Pattern.compile("(?i)\\b(prior|previous|recent)\\s{1,2}$");
  private static final Pattern NOUN_AFTER = Pattern.compile(
      "(?i)\\s{1,2}(?:margins?|specimens?|site|sites|bed|clinic|center|department|consult|consultation|evaluation|referral|scar|scars)\\b");
  /** Words that end the modifiers of a procedure noun, read leftwards. */
  private static final Set<String> NOT_MODIFIER = Set.of(
      "a", "an", "the", "and", "or", "of", "with", "for", "to", "on", "in", "at", "by", "from",
      "as", "is", "was", "were", "be", "been", "has", "have", "had", "his", "her", "their", "its",
      "he", "she", "they", "patient", "underwent", "undergone", "undergo", "status", "post", "s",
      "p", "history", "prior", "previous", "recent", "recently", "past", "included", "includes",
      "including", "include", "after", "since", "before", "following", "followed", "performed",
      "done", "did", "which", "who", "that", "this", "these", "those", "also", "then", "planned",
      "scheduled", "recommended", "requested", "possible", "future", "consider", "candidate",
      "any", "no", "not", "further", "additional", "another", "two", "three", "one", "multiple",
      "several", "him", "receive", "received", "require", "required", "requires", "needs", "need",
      "surgical", "procedure", "procedures", "successful", "uncomplicated", "x", "times", "dr",
      "request", "authorization", "pending", "via", "like", "such", "both", "well", "healed",
      "versus", "vs", "original", "initial", "first", "last", "later", "major", "minor", "date",
      "some", "second", "requiring", "considering", "considered", "discussed", "undergoing", "third",
      "fourth", "fifth", "repeat", "repeated", "postoperative", "preoperative", "operative",
      "given", "giving", "other", "receiving", "having", "getting",
      "old", "new");
  /** Words that keep a side in front of the modifiers ("right thumb arthrodesis"). */
  private static final Set<String> SIDES = Set.of("right", "left", "bilateral");
  private static final int MAX_MODIFIERS = 4;

  /** What a regular expression's word boundary counts as part of a word. */
  private static boolean wordChar(char c) {
    return c == '_' || Character.isLetterOrDigit(c);
  }

  /** A word of three letters or more before a surgical ending ("laminectomy", "arthroplasty"). */
  private static boolean surgicalWord(String text, int start, int end) {
    for (String e : SURGICAL_ENDINGS) {
      if (end - start >= e.length() + 3 && text.regionMatches(true, end - e.length(), e, 0, e.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Surgeries written by their word forms in {@code [start, end)}, with their modifiers. Words are
   * whole runs of ASCII letters, each tested for a surgical ending (cheaper than a regex that
   * backtracks through every suffix).
   */
  List<TreatmentMention> find(String text, int start, int end) {
    List<TreatmentMention> out = new ArrayList<>();
    for (int i = AsciiWords.nextStart(text, start, end); i < end; ) {
      int e = AsciiWords.end(text, i, end);
      int wordStart = i;
      i = AsciiWords.nextStart(text, e, end);
      boolean whole = (wordStart == start || !wordChar(text.charAt(wordStart - 1)))
          && (e == end || !wordChar(text.charAt(e)));
      if (!whole || !surgicalWord(text, wordStart, e)) {
        continue;
      }
      Span head = new Span(wordStart, e);
      Span item = withModifiers(text, head, start, end, true);
      out.add(new TreatmentMention(item, head, "surgery", concept(text, item), null, null, null, null));
    }
    Matcher p = PROCEDURE_NOUN.matcher(text).region(start, end);
    while (p.find()) {
      Span head = new Span(p.start(), p.end());
      Span item = withModifiers(text, head, start, end, false);
      String noun = p.group().toLowerCase(Locale.ROOT);
      if (NOUN_AFTER.matcher(text).region(head.end(), Math.min(end, head.end() + 12)).lookingAt()) {
        continue; // "resection margin", "surgery clinic": a noun that modifies another
      }
      if (item.equals(head) && NEED_MODIFIER.contains(noun)) {
        Matcher prior = PRIOR.matcher(text).region(Math.max(start, head.start() - 12), head.start());
        if (!prior.find() || noun.startsWith("surger")) {
          continue; // the lexicon names the plain ones ("surgery", "fusion")
        }
        item = new Span(prior.start(1), head.end()); // "prior decompression"
      }
      out.add(new TreatmentMention(item, head, "surgery", concept(text, item), null, null, null, null));
    }
    return out;
  }

  /**
   * The head with the modifiers written before it ("C5-6 anterior cervical fusion"), and for a
   * word ending in "-ectomy" or "resection", the "of ..." phrase after it ("resection of tumor").
   */
  static Span withModifiers(String text, Span head, int start, int end, boolean suffixWord) {
    int s = head.start();
    int pos = head.start();
    for (int count = 0; count < MAX_MODIFIERS; count++) {
      int j = pos;
      while (j > start && pos - j < 3 && " -/".indexOf(text.charAt(j - 1)) >= 0) {
        j--;
      }
      if (j == pos || j <= start || !Character.isLetterOrDigit(text.charAt(j - 1))) {
        break;
      }
      int k = j;
      while (k > start && Character.isLetterOrDigit(text.charAt(k - 1))) {
        k--;
      }
      String word = text.substring(k, j).toLowerCase(Locale.ROOT);
      if (SIDES.contains(word)) {
        s = k;
        break;
      }
      if (NOT_MODIFIER.contains(word) || word.chars().allMatch(Character::isDigit)) {
        break;
      }
      s = k;
      pos = k;
    }
    int e = head.end();
    String noun = head.text(text).toLowerCase(Locale.ROOT);
    if (suffixWord && noun.matches(".*(?:ectomy|ectomies)") || noun.startsWith("resection")
        || noun.startsWith("excision") || noun.equals("surgery") || noun.equals("repair")
        || noun.equals("placement") || noun.equals("removal")
        || noun.equals("reconstruction") || noun.equals("decompression")) {
      Matcher of = OF_PHRASE.matcher(text).region(head.end(), Math.min(end, head.end() + 60));
      if (of.lookingAt() && s == head.start()) {
        String tail = of.group(1);
        int cut = tail.length();
        for (String stop : new String[] {" and ", " with ", " on ", " in ", " by ", " at ", " which ", " was ", " were ", " in "}) {
          int at = tail.toLowerCase(Locale.ROOT).indexOf(stop);
          if (at >= 0) {
            cut = Math.min(cut, at);
          }
        }
        e = of.start(1) + tail.substring(0, cut).stripTrailing().length();
      }
    }
    return new Span(s, e);
  }

  /** A surgery's concept: its words, a joint replacement and an arthroplasty being one. */
  static String concept(String text, Span s) {
    return "surgery:" + String.join(" ", PhraseMatcher.words(s.text(text))).replaceAll("\\breplacements?\\b", "arthroplasty");
  }

}
