package org.imrx.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Splits documents into k folds by document id, for training and evaluating a model on
 * documents it has not seen: all items of one document fall in the same fold. The split
 * depends only on the set of ids, k and the seed (ids are sorted, then shuffled with a
 * {@link Random} of that seed and dealt round robin), so it is the same on every run and
 * whatever order the documents come in. Immutable and thread-safe.
 */
public final class CrossValidation {
  /** One fold: the ids to train on and the ids to test on. */
  public record Fold(int index, Set<String> train, Set<String> test) {
    public Fold {
      train = Collections.unmodifiableSet(new TreeSet<>(train));
      test = Collections.unmodifiableSet(new TreeSet<>(test));
    }

    /** The items whose document is in the training part. */
    public <T> List<T> train(Collection<T> items, Function<T, String> id) {
      return items.stream().filter(x -> train.contains(id.apply(x))).toList();
    }

    /** The items whose document is in the test part. */
    public <T> List<T> test(Collection<T> items, Function<T, String> id) {
      return items.stream().filter(x -> test.contains(id.apply(x))).toList();
    }
  }

  private final int k;
  private final long seed;

  /** @throws IllegalArgumentException when {@code k < 2} */
  public CrossValidation(int k, long seed) {
    if (k < 2) {
      throw new IllegalArgumentException("cross-validation needs at least 2 folds, not " + k);
    }
    this.k = k;
    this.seed = seed;
  }

  /**
   * The k folds of a set of document ids (duplicates collapse); fold sizes differ by at most
   * one.
   *
   * @throws IllegalArgumentException when there are fewer distinct documents than folds
   */
  public List<Fold> folds(Collection<String> ids) {
    List<String> docs = new ArrayList<>(new TreeSet<>(ids));
    if (docs.size() < k) {
      throw new IllegalArgumentException(k + " folds need at least " + k + " documents, not " + docs.size());
    }
    Collections.shuffle(docs, new Random(seed));
    Map<Integer, List<String>> byFold = new TreeMap<>();
    for (int i = 0; i < docs.size(); i++) {
      byFold.computeIfAbsent(i % k, x -> new ArrayList<>()).add(docs.get(i));
    }
    List<Fold> out = new ArrayList<>();
    for (int f = 0; f < k; f++) {
      List<String> test = byFold.get(f);
      List<String> train = new ArrayList<>(docs);
      train.removeAll(new java.util.HashSet<>(test));
      out.add(new Fold(f, new TreeSet<>(train), new TreeSet<>(test)));
    }
    return out;
  }

  /** The folds of the documents of a collection of items, read through {@code id}. */
  public <T> List<Fold> folds(Collection<T> items, Function<T, String> id) {
    return folds(items.stream().map(id).toList());
  }
}
