package org.imrx.extract.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.imrx.lexicon.ExamVocabulary.WordClass;
import org.imrx.text.Span;

/**
 * A finding being built by the splitter: its pieces (word ranges of the text and literal words)
 * and what its words are (a head, a test, a result, a sign, a site). Mutable; built and rendered
 * within one call of the splitter, never shared.
 */
final class Draft {
  final List<Piece> pieces = new ArrayList<>();
  boolean hasHead;
  boolean hasTest;
  boolean hasResult;
  boolean hasSign;
  boolean hasSite;
  boolean informative;
  boolean ownSite;
  boolean ownSubject;
  boolean startsWithResult;
  Draft core;
  int siteFrom = -1;
  /** Made from a member of a list of sites or modifiers. */
  boolean listMember;
  int firstWord = -1;
  int lastWord = -1;

  void add(Piece p, ExamTokens t, int a, int b) {
    pieces.add(p);
    for (int k = a; k < b; k++) {
      hasHead |= t.isHead(k);
      hasTest |= t.cls[k] == WordClass.TEST;
      hasResult |= t.isEvaluator(k);
      hasSign |= t.cls[k] == WordClass.SIGN || t.cls[k] == WordClass.TEST
          || t.cls[k] == WordClass.STATE;
      hasSite |= t.site[k] || t.cls[k] == WordClass.ORGAN;
      informative |= t.isHead(k) || t.isEvaluator(k) || t.cls[k] == WordClass.ORGAN;
    }
    if (firstWord < 0 || a < firstWord) {
      firstWord = a;
    }
    lastWord = Math.max(lastWord, b - 1);
  }

  /** Puts a result that the finding shares with others before its words (or after them). */
  void result(Piece p) {
    result(p, true);
  }

  void result(Piece p, boolean first) {
    if (first) {
      pieces.add(0, p);
      startsWithResult = true;
    } else {
      pieces.add(p);
    }
    hasResult = true;
  }

  void add(Draft other) {
    if (other == null) {
      return;
    }
    pieces.addAll(other.pieces);
    hasHead |= other.hasHead;
    hasTest |= other.hasTest;
    hasResult |= other.hasResult;
    hasSign |= other.hasSign;
    hasSite |= other.hasSite;
    informative |= other.informative;
    if (other.firstWord >= 0 && (firstWord < 0 || other.firstWord < firstWord)) {
      firstWord = other.firstWord;
    }
    lastWord = Math.max(lastWord, other.lastWord);
  }

  FindingText render(String text) {
    if (pieces.stream().anyMatch(p -> p.literal() != null && p.literal().equals("no"))) {
      hasResult = true;
    }
    StringBuilder b = new StringBuilder();
    int start = Integer.MAX_VALUE;
    int end = -1;
    for (Piece p : pieces) {
      String s = p.render(text).strip();
      if (s.isEmpty()) {
        continue;
      }
      if (!b.isEmpty()) {
        b.append(' ');
      }
      b.append(s);
      if (p.literal() == null) {
        start = Math.min(start, p.start());
        end = Math.max(end, p.end());
      }
    }
    String s = EDGE_PUNCTUATION.matcher(SPACES.matcher(b.toString()).replaceAll(" ")).replaceAll("");
    if (end < 0 || s.isEmpty() || demographic(s) || PAIN_SCORE.matcher(s).find()
        || BARE_VERB.matcher(s).matches()) {
      return null;
    }
    return new FindingText(s, new Span(start, end));
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[,;:\\s]+|[,;:\\s]+$");
  private static final Pattern WORD_BREAK = Pattern.compile("[\\s,]+");
  private static final Pattern AGE_FILLER = Pattern.compile("\\d+(-year-old)?|a|an|the|is|and|who|\\d+-year");

  private static final Set<String> DEMOGRAPHIC = Set.of("year-old", "years", "year", "old",
      "male", "female", "man", "woman", "gentleman", "lady", "boy", "girl", "caucasian",
      "hispanic", "african-american", "white", "black", "asian", "right-handed", "left-handed",
      "right-hand", "left-hand", "dominant", "handed", "y/o");

  /** "ambulated", "moves": a verb of the examinee alone says nothing found. */
  private static final Pattern BARE_VERB = Pattern.compile(
      "(?i)(?:ambulat\\w*|walk\\w*|moves?|sits?|stands?|appears?|looks?|able|unable|exhibits?|presents?)"
      + "(?:\\s+(?:to|with|in))?");

  /** "pain at a 2/10": a rating the worker gives, not a finding. */
  private static final Pattern PAIN_SCORE = Pattern.compile(
      "(?i)\\b\\d+(?:\\.\\d)?\\s*(?:/|out\\s+of)\\s*10\\b|\\bVAS\\b");

  private static boolean demographic(String s) {
    for (String w : WORD_BREAK.split(s.toLowerCase())) {
      if (!w.isEmpty() && !DEMOGRAPHIC.contains(w) && !AGE_FILLER.matcher(w).matches()) {
        return false;
      }
    }
    return true;
  }
}
