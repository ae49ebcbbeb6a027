package org.imrx.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.imrx.text.Span;

/**
 * Finds the phrases of a vocabulary in text, longest match first, on word boundaries and
 * regardless of case ("L/S spine", "Norco", "magnetic resonance imaging"). Words are runs of
 * letters and digits; everything else separates them, so "L-spine", "L spine" and "l/spine"
 * are one phrase. Built once, then immutable and thread-safe.
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

  private final Node<T> root;
  private final int size;

  private PhraseMatcher(Node<T> root, int size) {
    this.root = root;
    this.size = size;
  }

  public int size() {
    return size;
  }

  /** Collects phrases; the first value given to a phrase wins. Not thread-safe. */
  public static final class Builder<T> {
    private final Node<T> root = new Node<>();
    private int size;

    public Builder<T> add(String phrase, T value) {
      List<String> words = words(phrase);
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

    public PhraseMatcher<T> build() {
      return new PhraseMatcher<>(root, size);
    }
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
    List<int[]> tokens = new ArrayList<>();
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
        tokens.add(new int[] {s, i});
      }
    }
    List<String> words = new ArrayList<>(tokens.size());
    for (int[] t : tokens) {
      words.add(text.subSequence(t[0], t[1]).toString().toLowerCase(Locale.ROOT));
    }
    List<Match<T>> out = new ArrayList<>();
    int k = 0;
    while (k < tokens.size()) {
      Node<T> n = root;
      int best = -1;
      T bestValue = null;
      for (int j = k; j < tokens.size(); j++) {
        n = n.next.get(words.get(j));
        if (n == null) {
          break;
        }
        if (n.value != null) {
          best = j;
          bestValue = n.value;
        }
      }
      if (best >= 0) {
        out.add(new Match<>(new Span(tokens.get(k)[0], tokens.get(best)[1]), bestValue));
        k = best + 1;
      } else {
        k++;
      }
    }
    return out;
  }

  public List<Match<T>> find(CharSequence text) {
    return find(text, 0, text.length());
  }

  /** What a whole phrase stands for, or null. */
  public T lookup(String phrase) {
    Node<T> n = root;
    for (String w : words(phrase)) {
      n = n.next.get(w);
      if (n == null) {
        return null;
      }
    }
    return n.value;
  }
}
