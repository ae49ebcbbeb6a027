package org.imrx.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.imrx.eval.SoftMatcher;
import org.imrx.text.Span;

/**
 * Finds where a gold list item is stated: gold records hold strings, often normalised ("no
 * spasms" for "without spasms", a site read from the heading before it), not offsets. An item
 * aligns to the window of tokens inside one sentence that starts and ends on one of its content
 * words, that {@link SoftMatcher} accepts as the same item (so the window would score as the
 * item), and that holds at least half of the item's content words; the window with the best
 * word overlap wins, then the shorter, then the first at or after the previous item's window
 * (gold lists follow the text). Windows of one document do not overlap: an item whose best
 * window is taken falls back to its next best. Items without such a window are left out and
 * counted. Stateless and thread-safe.
 */
public final class GoldAligner {
  /** A window may hold this many tokens more than twice the item's words. */
  private static final int SLACK = 4;
  private final SoftMatcher matcher = new SoftMatcher();

  /** The tokens of one sentence (spans of the document's text). */
  public record Sentence(List<Span> tokens) {
    public Sentence {
      tokens = List.copyOf(tokens);
    }
  }

  /** An item's window: sentence index and token range {@code [first, end)}. */
  public record Window(int sentence, int first, int end) {}

  /** The windows found (one per aligned item, in item order) and how many items had none. */
  public record Alignment(List<Window> windows, int items, int unaligned) {
    public Alignment {
      windows = List.copyOf(windows);
    }

    public int aligned() {
      return items - unaligned;
    }
  }

  private record Candidate(int sentence, int first, int end, double overlap, int length) {
    boolean overlaps(Window w) {
      return w.sentence() == sentence && first < w.end() && w.first() < end;
    }
  }

  public Alignment align(String text, List<Sentence> sentences, List<String> items) {
    List<List<Set<String>>> words = new ArrayList<>();
    for (Sentence s : sentences) {
      List<Set<String>> ws = new ArrayList<>();
      for (Span t : s.tokens()) {
        ws.add(matcher.words(t.text(text)));
      }
      words.add(ws);
    }
    List<Window> out = new ArrayList<>();
    int unaligned = 0;
    int cursorSentence = 0;
    int cursorToken = 0;
    for (String item : items) {
      Set<String> want = matcher.words(item);
      Candidate best = null;
      for (Candidate c : candidates(text, sentences, words, want)) {
        if (out.stream().anyMatch(c::overlaps)) {
          continue;
        }
        if (best == null || better(c, best, cursorSentence, cursorToken)) {
          best = c;
        }
      }
      if (best == null) {
        unaligned++;
        continue;
      }
      out.add(new Window(best.sentence(), best.first(), best.end()));
      cursorSentence = best.sentence();
      cursorToken = best.end();
    }
    return new Alignment(out, items.size(), unaligned);
  }

  private static boolean better(Candidate c, Candidate best, int cursorSentence, int cursorToken) {
    if (c.overlap() != best.overlap()) {
      return c.overlap() > best.overlap();
    }
    if (c.length() != best.length()) {
      return c.length() < best.length();
    }
    boolean after = c.sentence() > cursorSentence
        || (c.sentence() == cursorSentence && c.first() >= cursorToken);
    boolean bestAfter = best.sentence() > cursorSentence
        || (best.sentence() == cursorSentence && best.first() >= cursorToken);
    return after && !bestAfter;
  }

  private List<Candidate> candidates(String text, List<Sentence> sentences,
      List<List<Set<String>>> words, Set<String> want) {
    List<Candidate> out = new ArrayList<>();
    if (want.isEmpty()) {
      return out;
    }
    int maxLength = 2 * want.size() + SLACK;
    for (int s = 0; s < sentences.size(); s++) {
      List<Set<String>> ws = words.get(s);
      List<Span> tokens = sentences.get(s).tokens();
      for (int i = 0; i < ws.size(); i++) {
        if (!shares(ws.get(i), want)) {
          continue;
        }
        for (int j = i; j < ws.size() && j - i < maxLength; j++) {
          if (!shares(ws.get(j), want)) {
            continue;
          }
          Set<String> got = new java.util.LinkedHashSet<>();
          for (int k = i; k <= j; k++) {
            got.addAll(ws.get(k));
          }
          long covered = want.stream().filter(got::contains).count();
          if (2 * covered < want.size()) {
            continue;
          }
          String window = text.substring(tokens.get(i).start(), tokens.get(j).end());
          if (matcher.matches(matcher.words(window), want)) {
            out.add(new Candidate(s, i, j + 1, matcher.overlap(got, want), j + 1 - i));
          }
        }
      }
    }
    return out;
  }

  private static boolean shares(Set<String> token, Set<String> want) {
    for (String w : token) {
      if (want.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
