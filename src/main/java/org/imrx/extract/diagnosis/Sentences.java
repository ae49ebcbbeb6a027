package org.imrx.extract.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.imrx.text.Span;

/**
 * Sentence ends for the short stretches a diagnosis list lives in: a period, question or
 * exclamation mark followed by a space and a capital (or the end), or a blank line; not after a
 * title or an initial ("Dr.", "J."), nor inside a number ("2.5"). Cheaper and more predictable on
 * clinical shorthand than a general sentence model. Stateless and thread-safe.
 */
final class Sentences {
  private static final Set<String> ABBREVIATIONS = Set.of("dr", "mr", "mrs", "ms", "st", "vs", "approx",
      "e.g", "i.e", "no", "fig", "jr", "sr", "inc", "etc", "p.o", "b.i.d", "t.i.d", "q.i.d", "q.d", "p.r.n");

  private Sentences() {}

  /** The end of the sentence that starts at or before {@code from}, at most {@code limit} on. */
  static int end(CharSequence text, int from, int limit) {
    int max = Math.min(text.length(), limit);
    for (int i = from; i < max; i++) {
      char c = text.charAt(i);
      if (c == '\n' && blankLineAt(text, i, max)) {
        return i;
      }
      if ((c == '.' || c == '?' || c == '!') && boundary(text, i, max)) {
        return i;
      }
    }
    return max;
  }

  /** The sentences of a span, trimmed, in order. */
  static List<Span> of(CharSequence text, Span span) {
    List<Span> out = new ArrayList<>();
    int start = span.start();
    while (start < span.end()) {
      int e = end(text, start, span.end());
      Span s = new Span(start, e).trim(text);
      if (s.length() > 0) {
        out.add(s);
      }
      start = e + 1;
    }
    return out;
  }

  private static boolean blankLineAt(CharSequence text, int i, int max) {
    for (int j = i + 1; j < max; j++) {
      char c = text.charAt(j);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return false;
  }

  private static boolean boundary(CharSequence text, int i, int max) {
    if (i + 1 < max && !Character.isWhitespace(text.charAt(i + 1))) {
      return false;
    }
    int j = i + 1;
    while (j < max && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    if (j < max && !(Character.isUpperCase(text.charAt(j)) || Character.isDigit(text.charAt(j))
        || text.charAt(j) == '"' || text.charAt(j) == '(')) {
      return false;
    }
    if (text.charAt(i) != '.') {
      return true;
    }
    int b = i;
    while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
      b--;
    }
    String word = text.subSequence(b, i).toString().toLowerCase();
    if (ABBREVIATIONS.contains(word)) {
      return false;
    }
    // An initial ("J. Smith"), but not a word that ends a sentence in a capital letter ("... at L5.").
    return !(word.length() == 1 && Character.isUpperCase(text.charAt(b))
        && (b == 0 || Character.isWhitespace(text.charAt(b - 1))) && j < max
        && Character.isUpperCase(text.charAt(j)) && !lineEndBetween(text, i, j));
  }

  private static boolean lineEndBetween(CharSequence text, int a, int b) {
    for (int k = a; k < b; k++) {
      if (text.charAt(k) == '\n') {
        return true;
      }
    }
    return false;
  }
}
