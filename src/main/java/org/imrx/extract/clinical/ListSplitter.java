package org.imrx.extract.clinical;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrx.lexicon.BodyPart;
import org.imrx.lexicon.BodyPartLexicon;
import org.imrx.lexicon.PhraseMatcher;
import org.imrx.text.Span;

/**
 * Cuts a coordinated list ("lumbar strain, cervical sprain and right knee contusion") into one
 * item per concept, as the annotation guideline does:
 * <ul>
 *   <li>semicolons, commas and "and" separate items; nothing inside parentheses does, nor inside a
 *       span the caller protects (an ICD-10-CM title such as "strain of muscle, fascia and tendon at
 *       neck level");
 *   <li>a fragment without a head word (the caller says what a head is: a condition for
 *       diagnoses) is not an item of its own: a list of body parts after "injury of the back"
 *       shares the prefix ("injury of the back and left ankle" gives "injury of the left ankle"),
 *       body parts or adjectives before "and" share the following head ("right wrist and right
 *       hand sprain" gives "right wrist sprain"; "homicidal and suicidal thoughts" gives
 *       "homicidal thoughts"), and what remains qualifies its neighbour ("radiculopathy,
 *       lumbosacral region" stays one item);
 *   <li>"rule out" inside a list starts a new item.
 * </ul>
 * Each item keeps the span of the text it was read from; an item whose words were shared from a
 * neighbour spans the whole coordination. Built once; immutable and thread-safe.
 */
public final class ListSplitter {
  /** One item: its span in the text and its words, whitespace collapsed. */
  public record Item(Span span, String text) {}

  private enum Joint { START, HARD, COMMA, AND, RULE_OUT }

  private record Fragment(Span span, Joint before) {}

  /** Words that may accompany a body part without naming anything else. */
  private static final Set<String> PLACE_FILLERS = Set.of("the", "a", "an", "of", "to", "in", "at",
      "on", "left", "right", "bilateral", "bilaterally", "both", "lt", "rt", "side", "sided",
      "region", "regions", "area", "areas", "level", "levels", "upper", "lower", "his", "her",
      "their", "acute", "chronic", "recurrent", "intractable", "severe", "mild", "moderate", "persistent");
  private static final Set<String> SIDE_AND_ARTICLE = Set.of("the", "a", "an", "his", "her",
      "their", "left", "right", "bilateral", "both", "lt", "rt");
  private static final Pattern AND = Pattern.compile("(?i)\\G(?:and|&|as well as|plus)(?=\\s)");
  private static final Pattern RULE_OUT = Pattern.compile("(?i)\\G(?:rule[- ]out|r/o)\\b");
  /** Words that open a clause qualifying the item before. */
  private static final Pattern CONNECTOR = Pattern.compile("(?i)\\s*(?:(?:still|now|also|currently)\\s+)?(?:with|without|secondary\\s+to|due\\s+to|"
      + "status\\s+post|s/p|from|involving|associated\\s+with|resulting\\s+in|related\\s+to|"
      + "attributed\\s+to|following|after|consistent\\s+with|compatible\\s+with|suggestive\\s+of)\\b");
  /** Words after which body parts belong to a qualifying clause, not to the item's head. */
  private static final Pattern QUALIFYING = Pattern.compile("(?i)\\b(?:with|without|due to|secondary to|"
      + "from|involving|extending|causing|including)\\b");
  private static final Pattern QUALIFIER = Pattern.compile("(?i)^(?:unspecified|not elsewhere classified|"
      + "nos|initial encounter|subsequent encounter|sequela|with\\b.*|without\\b.*|status post\\b.*|"
      + "s/p\\b.*|secondary to\\b.*|due to\\b.*|[a-z -]* region\\b.*|[a-z]+ level|"
      + "(?:initial|subsequent) encounter\\b.*)$");

  private final Predicate<String> head;
  private final BodyPartLexicon bodyParts;
  private final List<Pattern> protectedPhrases;
  private final Predicate<String> wholePhrase;
  private final List<Pattern> separators;

  /**
   * @param head whether a lower-case word heads an item (a condition, a drug ...)
   * @param bodyParts the body parts fragments are tested against
   * @param protectedPhrases phrases whose commas and "and" separate nothing
   * @param wholePhrase whether a run of fragments is one named concept to keep whole (an
   *     ICD-10-CM title, say); tested on runs of up to four fragments
   * @param separators phrases that separate items as "and" does ("with underlying")
   */
  public ListSplitter(Predicate<String> head, BodyPartLexicon bodyParts, List<Pattern> protectedPhrases,
      Predicate<String> wholePhrase, List<Pattern> separators) {
    this.head = head;
    this.bodyParts = bodyParts;
    this.protectedPhrases = List.copyOf(protectedPhrases);
    this.wholePhrase = wholePhrase;
    this.separators = List.copyOf(separators);
  }

  /** The items of the list in {@code region}, in text order. */
  public List<Item> split(CharSequence text, Span region) {
    List<Fragment> fragments = wholeRuns(text, fragments(text, region));
    List<Kind> kinds = new ArrayList<>();
    for (Fragment f : fragments) {
      kinds.add(kind(text, f.span()));
    }
    List<Item> out = new ArrayList<>();
    // Per item, the prefix a following list of bare body parts shares ({start, end}, or -1s).
    List<int[]> prefixes = new ArrayList<>();
    int n = fragments.size();
    for (int i = 0; i < n; i++) {
      Fragment f = fragments.get(i);
      Span s = f.span();
      Kind kind = kinds.get(i);
      boolean ruledOut = RULE_OUT.matcher(text).region(s.start(), s.end()).lookingAt();
      boolean joined = f.before() != Joint.HARD && f.before() != Joint.RULE_OUT && !ruledOut && !out.isEmpty();
      if (joined && f.before() == Joint.COMMA && connected(text, s)) {
        // "osteoarthritis, left knee with varus deformity", "myelopathy, secondary to stenosis":
        // a clause that qualifies the item before.
        mergeIntoLast(text, out, prefixes, s);
        continue;
      }
      if (kind == Kind.HEADED || ruledOut) {
        out.add(item(text, s));
        prefixes.add(prefix(text, s));
        continue;
      }
      if (kind == Kind.PLACE && joined && last(prefixes)[0] >= 0 && !samePlace(text, out.get(out.size() - 1), s)) {
        int[] p = last(prefixes);
        String own = collapse(text.subSequence(placeStart(text, s), s.end()));
        out.add(new Item(new Span(p[0], s.end()), collapse(text.subSequence(p[0], p[1])) + " " + own));
        prefixes.add(p);
        continue;
      }
      // Bare fragments before a headed one share its head: "cervical, thoracic and lumbar sprain".
      int j = i + 1;
      while (j < n && kinds.get(j) == kind && fragments.get(j).before() == Joint.COMMA) {
        j++;
      }
      boolean adjectives = kind == Kind.OTHER && fewWords(text, s) && !acronym(text, s);
      if (j < n && kinds.get(j) == Kind.HEADED && fragments.get(j).before() == Joint.AND
          && (kind == Kind.PLACE || adjectives && fewWords(text, fragments.get(j).span()))) {
        String suffix = headSuffix(text, fragments.get(j).span(), kind == Kind.PLACE);
        if (suffix != null) {
          Span whole = new Span(s.start(), fragments.get(j).span().end());
          out.add(new Item(whole, collapse(text.subSequence(s.start(), s.end())) + " " + suffix));
          prefixes.add(new int[] {-1, -1});
          continue;
        }
      }
      Fragment next = i + 1 < n ? fragments.get(i + 1) : null;
      if (adjectives && next != null && (next.before() == Joint.COMMA || next.before() == Joint.AND)
          && !QUALIFIER.matcher(collapse(text.subSequence(s.start(), s.end()))).matches()) {
        // Adjectives before the next item ("full-thickness, near-complete tear", "symptomatic
        // facet and sacroiliac joint syndrome"): one item with it.
        fragments.set(i + 1, new Fragment(new Span(s.start(), next.span().end()), f.before()));
        kinds.set(i + 1, kind(text, fragments.get(i + 1).span()));
        continue;
      }
      if (joined) {
        // A qualifier of the item before ("radiculopathy, lumbosacral region").
        mergeIntoLast(text, out, prefixes, s);
        continue;
      }
      out.add(item(text, s));
      prefixes.add(prefix(text, s));
    }
    return out;
  }

  private void mergeIntoLast(CharSequence text, List<Item> out, List<int[]> prefixes, Span s) {
    Item prev = out.remove(out.size() - 1);
    Span merged = new Span(prev.span().start(), s.end());
    String between = collapse(text.subSequence(prev.span().end(), s.end()));
    boolean spaced = Character.isWhitespace(text.charAt(prev.span().end()));
    out.add(new Item(merged, prev.text() + (spaced ? " " : "") + between));
    prefixes.set(prefixes.size() - 1, prefix(text, merged));
  }

  /** Whether a fragment opens, after at most a place, with a word that ties it to what precedes. */
  private boolean connected(CharSequence text, Span s) {
    int i = s.start();
    List<PhraseMatcher.Match<BodyPart>> parts = bodyParts.find(text, s.start(), s.end());
    while (true) {
      Matcher c = CONNECTOR.matcher(text).region(i, s.end());
      if (c.lookingAt()) {
        return true;
      }
      int e = i;
      while (e < s.end() && Character.isWhitespace(text.charAt(e))) {
        e++;
      }
      int b = e;
      while (e < s.end() && (Character.isLetterOrDigit(text.charAt(e)) || text.charAt(e) == '-')) {
        e++;
      }
      if (e == b) {
        return false;
      }
      String w = text.subSequence(b, e).toString().toLowerCase(Locale.ROOT);
      final int wordStart = b;
      boolean place = PLACE_FILLERS.contains(w)
          || parts.stream().anyMatch(m -> m.span().start() <= wordStart && wordStart < m.span().end());
      if (!place) {
        return false;
      }
      i = e;
    }
  }

  private enum Kind { HEADED, PLACE, OTHER }

  private static final Set<String> ARTICLES = Set.of("a", "an", "the");

  /** Whether a place names the body part an item ends on ("of the patella, right knee"). */
  private boolean samePlace(CharSequence text, Item prev, Span place) {
    List<PhraseMatcher.Match<BodyPart>> a = bodyParts.find(prev.text(), 0, prev.text().length());
    List<PhraseMatcher.Match<BodyPart>> b = bodyParts.find(text, place.start(), place.end());
    return !a.isEmpty() && !b.isEmpty()
        && a.get(a.size() - 1).value().name().equals(b.get(b.size() - 1).value().name());
  }

  /** Whether a fragment is a few words, as a run of adjectives is. */
  private static boolean fewWords(CharSequence text, Span s) {
    List<String> words = PhraseMatcher.words(text.subSequence(s.start(), s.end()).toString());
    return words.stream().filter(w -> !ARTICLES.contains(w)).count() <= 3
        && words.stream().noneMatch(w -> Character.isDigit(w.charAt(0)));
  }

  /** An abbreviation in capitals ("MVA") names a thing, not a quality. */
  private static boolean acronym(CharSequence text, Span s) {
    String t = text.subSequence(s.start(), s.end()).toString().strip();
    return t.length() > 1 && t.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  private Kind kind(CharSequence text, Span s) {
    List<String> words = PhraseMatcher.words(text.subSequence(s.start(), s.end()).toString());
    for (String w : words) {
      if (head.test(w)) {
        return Kind.HEADED;
      }
    }
    List<PhraseMatcher.Match<BodyPart>> parts = bodyParts.find(text, s.start(), s.end());
    if (parts.isEmpty()) {
      return Kind.OTHER;
    }
    int covered = 0;
    for (PhraseMatcher.Match<BodyPart> m : parts) {
      covered += PhraseMatcher.words(m.span().text(text)).size();
    }
    int fillers = 0;
    for (String w : words) {
      if (PLACE_FILLERS.contains(w)) {
        fillers++;
      }
    }
    return covered + fillers >= words.size() ? Kind.PLACE : Kind.OTHER;
  }

  /**
   * Where an item ends on a body part ("injury of the back"), the span of its words before that
   * body part and its side or article ("injury of"); {-1, -1} otherwise.
   */
  private int[] prefix(CharSequence text, Span s) {
    int start = s.start();
    List<PhraseMatcher.Match<BodyPart>> parts = bodyParts.find(text, s.start(), s.end());
    if (parts.isEmpty()) {
      return new int[] {-1, -1};
    }
    Span last = parts.get(parts.size() - 1).span();
    String after = text.subSequence(last.end(), s.end()).toString();
    for (String w : PhraseMatcher.words(after)) {
      if (!PLACE_FILLERS.contains(w)) {
        return new int[] {-1, -1};
      }
    }
    int end = placeStart(text, new Span(s.start(), last.end()));
    String before = text.subSequence(start, end).toString();
    if (before.lastIndexOf('(') > before.lastIndexOf(')')) {
      // The body part is inside a bracketed remark ("lesion (peel-back)"), not what the item is of.
      return new int[] {-1, -1};
    }
    boolean headed = PhraseMatcher.words(before).stream().anyMatch(head);
    if (!headed || QUALIFYING.matcher(before).find()) {
      return new int[] {-1, -1};
    }
    int e = end;
    while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return new int[] {start, e};
  }

  /** Where the place words of a span start: its last body part with the side and articles before it. */
  private int placeStart(CharSequence text, Span s) {
    List<PhraseMatcher.Match<BodyPart>> parts = bodyParts.find(text, s.start(), s.end());
    int p = parts.isEmpty() ? s.start() : parts.get(parts.size() - 1).span().start();
    if (p == s.start()) {
      return p;
    }
    // Walk back over the side and article words directly before the body part.
    int i = p;
    while (true) {
      int e = i;
      while (e > s.start() && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      int b = e;
      while (b > s.start() && Character.isLetter(text.charAt(b - 1))) {
        b--;
      }
      if (b == e || !SIDE_AND_ARTICLE.contains(text.subSequence(b, e).toString().toLowerCase(Locale.ROOT))) {
        return i;
      }
      i = b;
    }
  }

  /**
   * The words a preceding bare fragment shares from a headed one: after its body part
   * ("right hand sprain" gives "sprain") or, for an adjective, its last word ("suicidal thoughts"
   * gives "thoughts"). Null where the headed fragment has no such tail.
   */
  private String headSuffix(CharSequence text, Span s, boolean place) {
    String t = collapse(text.subSequence(s.start(), s.end()));
    List<PhraseMatcher.Match<BodyPart>> parts = bodyParts.find(text, s.start(), s.end());
    if (place) {
      if (parts.isEmpty() || parts.get(0).span().start() > firstContentWord(text, s)) {
        return null;
      }
      String tail = collapse(text.subSequence(parts.get(parts.size() - 1).span().end(), s.end()));
      return tail.isEmpty() || !PhraseMatcher.words(tail).stream().anyMatch(head) ? null : tail;
    }
    List<String> words = PhraseMatcher.words(t);
    if (words.isEmpty() || !head.test(words.get(words.size() - 1)) || !parts.isEmpty()) {
      return null;
    }
    int cut = t.lastIndexOf(' ');
    return cut < 0 ? null : t.substring(cut + 1);
  }

  private static int firstContentWord(CharSequence text, Span s) {
    int i = s.start();
    while (i < s.end()) {
      while (i < s.end() && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int b = i;
      while (i < s.end() && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      if (i > b && !SIDE_AND_ARTICLE.contains(text.subSequence(b, i).toString().toLowerCase(Locale.ROOT))) {
        return b;
      }
    }
    return s.end();
  }

  private static int[] last(List<int[]> l) {
    return l.get(l.size() - 1);
  }

  /** Joins runs of fragments that together are one named concept. */
  private List<Fragment> wholeRuns(CharSequence text, List<Fragment> in) {
    List<Fragment> out = new ArrayList<>();
    int i = 0;
    while (i < in.size()) {
      int joined = i;
      for (int j = Math.min(in.size() - 1, i + 3); j > i; j--) {
        if (in.get(j).before() == Joint.HARD || in.get(j).before() == Joint.RULE_OUT) {
          continue;
        }
        boolean hard = false;
        for (int k = i + 1; k <= j; k++) {
          hard |= in.get(k).before() == Joint.HARD || in.get(k).before() == Joint.RULE_OUT;
        }
        if (!hard && wholePhrase.test(text.subSequence(in.get(i).span().start(), in.get(j).span().end()).toString())) {
          joined = j;
          break;
        }
      }
      out.add(new Fragment(new Span(in.get(i).span().start(), in.get(joined).span().end()), in.get(i).before()));
      i = joined + 1;
    }
    return out;
  }

  /** The fragments between separators, trimmed of spaces and stray punctuation. */
  private List<Fragment> fragments(CharSequence text, Span region) {
    List<Span> guarded = new ArrayList<>();
    for (Pattern p : protectedPhrases) {
      Matcher m = p.matcher(text).region(region.start(), region.end());
      while (m.find()) {
        guarded.add(new Span(m.start(), m.end()));
      }
    }
    List<Fragment> out = new ArrayList<>();
    int depth = 0;
    int start = region.start();
    Joint before = Joint.START;
    int i = region.start();
    Matcher and = AND.matcher(text);
    Matcher ruleOut = RULE_OUT.matcher(text);
    while (i < region.end()) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      }
      if (depth > 0 || inside(guarded, i)) {
        i++;
        continue;
      }
      boolean wordStart = i == region.start() || Character.isWhitespace(text.charAt(i - 1));
      if (c == ';') {
        before = cut(text, out, start, i, before, Joint.HARD);
        start = i + 1;
      } else if (c == ',') {
        int j = skipSpace(text, i + 1, region.end());
        if (startsAt(and, text, j) && and.end() <= region.end()) {
          before = cut(text, out, start, i, before, Joint.AND);
          start = and.end();
          i = and.end();
          continue;
        }
        before = cut(text, out, start, i, before, Joint.COMMA);
        start = i + 1;
      } else if (wordStart && i > start && startsAt(and, text, i)) {
        before = cut(text, out, start, i, before, Joint.AND);
        start = and.end();
        i = and.end();
        continue;
      } else if (wordStart && i > start && separatorAt(text, i, region.end()) > i) {
        int e = separatorAt(text, i, region.end());
        before = cut(text, out, start, i, before, Joint.AND);
        start = e;
        i = e;
        continue;
      } else if (wordStart && hasWords(text, start, i) && startsAt(ruleOut, text, i)) {
        before = cut(text, out, start, i, before, Joint.RULE_OUT);
        start = i;
        i = ruleOut.end();
        continue;
      }
      i++;
    }
    cut(text, out, start, region.end(), before, null);
    return out;
  }

  /**
   * Whether the matcher's pattern matches at {@code i}. Anchored rather than {@code find(i)},
   * which would scan to the end of the text at every word of a list.
   */
  private static boolean startsAt(Matcher m, CharSequence text, int i) {
    return m.region(i, text.length()).lookingAt();
  }

  /** Where a caller's separator that starts at {@code i} ends, or -1. */
  private int separatorAt(CharSequence text, int i, int end) {
    for (Pattern p : separators) {
      Matcher m = p.matcher(text).region(i, end);
      if (m.lookingAt()) {
        return m.end();
      }
    }
    return -1;
  }

  private static boolean hasWords(CharSequence text, int start, int end) {
    for (int k = start; k < end; k++) {
      if (Character.isLetterOrDigit(text.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** Adds the fragment {@code [start, end)} if it holds a word; returns the joint of the next one. */
  private static Joint cut(CharSequence text, List<Fragment> out, int start, int end, Joint before, Joint next) {
    int a = start;
    int b = end;
    while (a < b && isTrim(text.charAt(a))) {
      a++;
    }
    while (b > a && isTrim(text.charAt(b - 1))) {
      b--;
    }
    if (hasWords(text, a, b)) {
      out.add(new Fragment(new Span(a, b), out.isEmpty() ? Joint.START : before));
      return next;
    }
    // Nothing here ("X, and Y" or a doubled comma): the next fragment keeps the stronger joint.
    return before == Joint.HARD || before == Joint.RULE_OUT ? before : next;
  }

  private static boolean isTrim(char c) {
    return Character.isWhitespace(c) || c == '"' || c == '\u201c' || c == '\u201d' || c == '.' || c == ':'
        || c == ',' || c == ';';
  }

  private static int skipSpace(CharSequence text, int i, int end) {
    while (i < end && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean inside(List<Span> spans, int i) {
    for (Span s : spans) {
      if (s.start() <= i && i < s.end()) {
        return true;
      }
    }
    return false;
  }

  private static Item item(CharSequence text, Span s) {
    return new Item(s, collapse(text.subSequence(s.start(), s.end())));
  }

  /** Text with runs of whitespace (line breaks included) collapsed to one space. */
  public static String collapse(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
        }
        space = false;
        b.append(c);
      }
    }
    return b.toString();
  }
}
