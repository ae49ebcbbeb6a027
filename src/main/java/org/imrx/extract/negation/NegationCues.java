package org.imrx.extract.negation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.imrx.ConfigurationException;
import org.imrx.lexicon.Bundled;
import org.imrx.text.Span;

/**
 * The negation cue vocabulary ({@code models/lexicons/negation-triggers.tsv}): phrases with their
 * {@link CueKind}s, found in text longest first so that a pseudo-cue ("no change") hides the cue
 * it contains ("no"). Also tokenises text the way the detector counts words. Built once;
 * immutable and thread-safe.
 */
public final class NegationCues {
  /** A word, a "(-)"/"(+)" sign, or a sentence stop ({@code stop} true) of the text. */
  record Token(int start, int end, String word, boolean stop) {}

  /** A cue found in text: its tokens {@code [first, last]} and what it does. */
  record Cue(int first, int last, Span span, Set<CueKind> kinds) {
    boolean is(CueKind k) {
      return kinds.contains(k);
    }
  }

  private static final class Node {
    final Map<String, Node> next = new HashMap<>();
    EnumSet<CueKind> kinds;
  }

  private final Node root;

  private NegationCues(Node root) {
    this.root = root;
  }

  /** The bundled cue list. */
  public static NegationCues load() throws ConfigurationException {
    Map<String, EnumSet<CueKind>> rows = new HashMap<>();
    for (String[] row : Bundled.tsv("lexicons/negation-triggers.tsv")) {
      CueKind kind;
      try {
        kind = CueKind.valueOf(row[1].toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new ConfigurationException("models/lexicons/negation-triggers.tsv: '" + row[0]
            + "' has unknown kind '" + row[1] + "'");
      }
      rows.computeIfAbsent(row[0], k -> EnumSet.noneOf(CueKind.class)).add(kind);
    }
    return of(rows);
  }

  /** A cue list from phrases and their kinds (for callers that curate their own). */
  public static NegationCues of(Map<String, ? extends Set<CueKind>> phrases) throws ConfigurationException {
    Node root = new Node();
    for (Map.Entry<String, ? extends Set<CueKind>> e : phrases.entrySet()) {
      List<Token> words = tokens(e.getKey(), 0, e.getKey().length());
      if (words.isEmpty() || e.getValue().isEmpty()) {
        throw new ConfigurationException("negation cue '" + e.getKey() + "' has no words or no kind");
      }
      Node n = root;
      for (Token t : words) {
        n = n.next.computeIfAbsent(t.word(), k -> new Node());
      }
      if (n.kinds == null) {
        n.kinds = EnumSet.noneOf(CueKind.class);
      }
      n.kinds.addAll(e.getValue());
    }
    return new NegationCues(root);
  }

  /** Cues among the tokens, left to right, each the longest phrase starting where it starts. */
  List<Cue> find(List<Token> tokens) {
    List<Cue> out = new ArrayList<>();
    int k = 0;
    while (k < tokens.size()) {
      Node n = root;
      int best = -1;
      EnumSet<CueKind> kinds = null;
      for (int j = k; j < tokens.size() && !tokens.get(j).stop(); j++) {
        n = n.next.get(tokens.get(j).word());
        if (n == null) {
          break;
        }
        if (n.kinds != null) {
          best = j;
          kinds = n.kinds;
        }
      }
      if (best >= 0) {
        out.add(new Cue(k, best, new Span(tokens.get(k).start(), tokens.get(best).end()), kinds));
        k = best + 1;
      } else {
        k++;
      }
    }
    return out;
  }

  /**
   * Words (runs of letters and digits, lower-cased), the signs "(-)" and "(+)", and sentence stops
   * (";", "?", "!", and "." that ends a word) in {@code [start, end)}.
   */
  static List<Token> tokens(CharSequence s, int start, int end) {
    List<Token> out = new ArrayList<>();
    int i = start;
    while (i < end) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int b = i;
        while (i < end && (Character.isLetterOrDigit(s.charAt(i))
            || (s.charAt(i) == '.' && i + 1 < end && Character.isDigit(s.charAt(i + 1))
                && Character.isDigit(s.charAt(i - 1))))) {
          i++;
        }
        out.add(new Token(b, i, s.subSequence(b, i).toString().toLowerCase(Locale.ROOT), false));
      } else if (c == '(' && i + 2 < end && (s.charAt(i + 1) == '-' || s.charAt(i + 1) == '+')
          && s.charAt(i + 2) == ')') {
        out.add(new Token(i, i + 3, s.subSequence(i, i + 3).toString(), false));
        i += 3;
      } else {
        if (c == ';' || c == '?' || c == '!' || (c == '.' && (i + 1 >= end
            || Character.isWhitespace(s.charAt(i + 1))))) {
          out.add(new Token(i, i + 1, String.valueOf(c), true));
        }
        i++;
      }
    }
    return out;
  }
}
