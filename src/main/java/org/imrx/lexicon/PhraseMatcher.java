package org.imrx.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.imrx.text.Span;

/**
 * Finds the phrases of a vocabulary in text, longest match first, on word boundaries and
 * regardless of case ("L/S spine", "Norco", "magnetic resonance imaging"). Words are runs of
 * letters and digits; everything else separates them, so "L-spine", "L spine" and "l/spine"
 * are one phrase. A matcher may be given skippable words (salts such as "hydrochloride"): they
 * never start a phrase but are passed over inside one, at most {@value #MAX_SKIPPED} in a row, so
 * "hydrocodone bitartrate/acetaminophen" matches "hydrocodone/acetaminophen". A match never ends on
 * a skipped word. Built once, then immutable and thread-safe.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseMatcher<T> {
  /** A phrase found in the text, with what it stands for. */
  public record Match<T>(Span span, T value) {}

  private static final class Node<T> {
    final Map<String, Node<T>> next = new HashMap<>();
    T value;
  }

  /** How many skippable words in a row a phrase may pass over. */
  public static final int MAX_SKIPPED = 3;

  private final Node<T> root;
  private final int size;
  private final Set<String> skippable;
  private final WordFilter firstWords;

  private PhraseMatcher(Node<T> root, int size, Set<String> skippable) {
    this.root = root;
    this.firstWords = new WordFilter(root.next.keySet());
    this.size = size;
    this.skippable = skippable;
  }

  public int size() {
    return size;
  }

  /** Collects phrases; the first value given to a phrase wins. Not thread-safe. */
  public static final class Builder<T> {
    private final Node<T> root = new Node<>();
    private int size;
    private Set<String> skippable = Set.of();

    /**
     * Words passed over inside a phrase (lower case, as {@link #words} gives them); call before
     * adding phrases.
     */
    public Builder<T> skipping(Set<String> words) {
      if (size > 0) {
        throw new IllegalStateException("skippable words must be set before phrases are added");
      }
      this.skippable = Set.copyOf(words);
      return this;
    }

    public Builder<T> add(String phrase, T value) {
      List<String> words = withoutSkippable(words(phrase), skippable);
      if (words.isEmpty()) {
        return this;
      }
      Node<T> n = root;
      for (String w : words) {
        n = n.next.computeIfAbsent(w, k -> new Node<>());
      }
      if (n.value == null) {
        n.value = value;
        size++;
      }
      return this;
    }

    /** The matcher of the phrases added so far; the builder is not to be used after this. */
    public PhraseMatcher<T> build() {
      return new PhraseMatcher<>(root, size, skippable);
    }
  }

  private static List<String> withoutSkippable(List<String> words, Set<String> skippable) {
    if (skippable.isEmpty() || words.size() < 2) {
      return words;
    }
    List<String> out = new ArrayList<>(words.size());
    out.add(words.get(0));
    for (int i = 1; i < words.size(); i++) {
      if (!skippable.contains(words.get(i))) {
        out.add(words.get(i));
      }
    }
    return out;
  }

  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** Lower-cased words of a phrase, as the matcher sees them. */
  public static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
        i++;
      }
      if (i > start) {
        out.add(s.substring(start, i).toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** Non-overlapping longest matches in {@code [start, end)}, left to right. */
  public List<Match<T>> find(CharSequence text, int start, int end) {
    int[] bounds = new int[16];
    int count = 0;
    int i = start;
    while (i < end) {
      while (i < end && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < end && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      if (i > s) {
        if (2 * count + 2 > bounds.length) {
          bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
        }
        bounds[2 * count] = s;
        bounds[2 * count + 1] = i;
        count++;
      }
    }
    // Words are lower-cased only when the trie is asked for them: most start no phrase.
    String[] words = new String[count];
    List<Match<T>> out = new ArrayList<>();
    int k = 0;
    while (k < count) {
      if (!firstWords.mayContain(text, bounds[2 * k], bounds[2 * k + 1])) {
        k++;
        continue;
      }
      Node<T> n = root;
      int best = -1;
      T bestValue = null;
      int skipped = 0;
      for (int j = k; j < count; j++) {
        String w = word(text, bounds, words, j);
        if (j > k && skippable.contains(w)) {
          if (++skipped > MAX_SKIPPED) {
            break;
          }
          continue;
        }
        skipped = 0;
        n = n.next.get(w);
        if (n == null) {
          break;
        }
        if (n.value != null) {
          best = j;
          bestValue = n.value;
        }
      }
      if (best >= 0) {
        out.add(new Match<>(new Span(bounds[2 * k], bounds[2 * best + 1]), bestValue));
        k = best + 1;
      } else {
        k++;
      }
    }
    return out;
  }

  private static String word(CharSequence text, int[] bounds, String[] words, int j) {
    if (words[j] == null) {
      words[j] = text.subSequence(bounds[2 * j], bounds[2 * j + 1]).toString().toLowerCase(Locale.ROOT);
    }
    return words[j];
  }

  public List<Match<T>> find(CharSequence text) {
    return find(text, 0, text.length());
  }

  /** What a whole phrase stands for, or null. */
  public T lookup(String phrase) {
    Node<T> n = root;
    for (String w : withoutSkippable(words(phrase), skippable)) {
      n = n.next.get(w);
      if (n == null) {
        return null;
      }
    }
    return n.value;
  }
}
