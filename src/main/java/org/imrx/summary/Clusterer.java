package org.imrx.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import org.imrx.eval.Pairing;
import org.imrx.eval.SoftMatcher;

/**
 * Merges the items of several documents into clusters of the same fact: within a document only
 * identical texts merge (the extractors already list a concept once, and near-identical items of
 * one note, "no spasm in the trapezius" and "no spasm in the paracervical muscles", are distinct
 * findings); across documents the items of each document are paired one to one with the
 * clusters so far by the scorer's soft match, where their attributes also agree. The first item
 * of a cluster (from the newest document) gives its value. Stateless.
 */
final class Clusterer {
  private static final SoftMatcher MATCHER = new SoftMatcher();

  private Clusterer() {}

  /** An item of one document, with its evidence and examination date. */
  record Item<T>(T value, String text, FactEvidence evidence, String date) {}

  /** A cluster under construction. */
  static final class Cluster<T> {
    final T value;
    final String text;
    final List<FactEvidence> evidence = new ArrayList<>();
    final List<Item<T>> items = new ArrayList<>();

    Cluster(Item<T> first) {
      value = first.value();
      text = first.text();
      add(first);
    }

    void add(Item<T> item) {
      items.add(item);
      if (!evidence.contains(item.evidence())) {
        evidence.add(item.evidence());
      }
    }

    /** The newest examination date of its items (ISO strings order as dates), or null. */
    String date() {
      String best = null;
      for (Item<T> i : items) {
        if (i.date() != null && (best == null || i.date().compareTo(best) > 0)) {
          best = i.date();
        }
      }
      return best;
    }

    Attested<T> attested() {
      return new Attested<>(value, date(), evidence);
    }
  }

  /**
   * Clusters the items of each document (a list per document, newest document first).
   *
   * @param agree whether two values may be the same fact beyond their texts (body part, side ...)
   */
  static <T> List<Cluster<T>> cluster(List<List<Item<T>>> perDocument, BiPredicate<T, T> agree) {
    List<Cluster<T>> clusters = new ArrayList<>();
    for (List<Item<T>> doc : perDocument) {
      List<Item<T>> distinct = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      List<List<Item<T>>> same = new ArrayList<>();
      for (Item<T> it : doc) {
        int k = keys.indexOf(key(it.text()));
        if (k >= 0 && agree.test(distinct.get(k).value(), it.value())) {
          same.get(k).add(it);
        } else {
          distinct.add(it);
          keys.add(key(it.text()));
          same.add(new ArrayList<>(List.of(it)));
        }
      }
      List<String> left = clusters.stream().map(c -> c.text).toList();
      List<String> right = distinct.stream().map(Item::text).toList();
      Pairing pairs = Pairing.greedy(left, right, MATCHER,
          (i, j) -> agree.test(clusters.get(i).value, distinct.get(j).value()));
      boolean[] paired = new boolean[distinct.size()];
      for (Pairing.Pair p : pairs.pairs()) {
        paired[p.predicted()] = true;
        same.get(p.predicted()).forEach(clusters.get(p.gold())::add);
      }
      for (int j = 0; j < distinct.size(); j++) {
        if (!paired[j]) {
          Cluster<T> c = new Cluster<>(same.get(j).get(0));
          same.get(j).subList(1, same.get(j).size()).forEach(c::add);
          clusters.add(c);
        }
      }
    }
    return clusters;
  }

  /** Identity of a text within one document: case, spacing and punctuation aside. */
  static String key(String text) {
    return String.join(" ", MATCHER.tokens(text)).toLowerCase(Locale.ROOT);
  }
}
