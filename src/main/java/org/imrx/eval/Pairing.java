package org.imrx.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * A one-to-one pairing of gold items with predicted items. {@link #greedy} takes the candidate
 * pairs that {@link SoftMatcher} accepts, best word overlap first, ties broken by gold order
 * then prediction order, and keeps each pair whose two items are both still free, as
 * {@code score.py} does. Immutable.
 *
 * @param pairs the pairs in the order they were accepted
 */
public record Pairing(List<Pair> pairs) {
  /** Gold item {@code gold} paired with predicted item {@code predicted} (indices). */
  public record Pair(int gold, int predicted) {}

  private record Candidate(double overlap, int gold, int predicted) {}

  private static final Comparator<Candidate> BEST_FIRST = Comparator
      .comparingDouble((Candidate c) -> -c.overlap())
      .thenComparingInt(Candidate::gold)
      .thenComparingInt(Candidate::predicted);

  public Pairing {
    pairs = List.copyOf(pairs);
  }

  public static Pairing greedy(List<String> gold, List<String> predicted, SoftMatcher matcher) {
    return greedy(gold, predicted, matcher, (i, j) -> true);
  }

  /**
   * {@link #greedy(List, List, SoftMatcher)} over the candidate pairs that {@code alsoAgree}
   * accepts too (indices into the two lists), for callers that compare more than words.
   */
  public static Pairing greedy(List<String> gold, List<String> predicted, SoftMatcher matcher,
      BiPredicate<Integer, Integer> alsoAgree) {
    List<Set<String>> g = gold.stream().map(matcher::words).toList();
    List<Set<String>> p = predicted.stream().map(matcher::words).toList();
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      for (int j = 0; j < p.size(); j++) {
        if (matcher.matches(g.get(i), p.get(j)) && alsoAgree.test(i, j)) {
          candidates.add(new Candidate(matcher.overlap(g.get(i), p.get(j)), i, j));
        }
      }
    }
    candidates.sort(BEST_FIRST);
    boolean[] goldUsed = new boolean[g.size()];
    boolean[] predUsed = new boolean[p.size()];
    List<Pair> out = new ArrayList<>();
    for (Candidate c : candidates) {
      if (!goldUsed[c.gold()] && !predUsed[c.predicted()]) {
        goldUsed[c.gold()] = true;
        predUsed[c.predicted()] = true;
        out.add(new Pair(c.gold(), c.predicted()));
      }
    }
    return new Pairing(out);
  }

  public int size() {
    return pairs.size();
  }

  /** The predicted item paired with gold item {@code gold}, if any. */
  public OptionalInt predictedFor(int gold) {
    for (Pair p : pairs) {
      if (p.gold() == gold) {
        return OptionalInt.of(p.predicted());
      }
    }
    return OptionalInt.empty();
  }
}
