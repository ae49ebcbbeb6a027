package org.imrx.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Accuracy of the categories assigned to disputed items against hand labels: of the category,
 * of the sub-category (right only with its category), and the confusions behind the errors, most
 * frequent first. Immutable.
 */
public record CategoryAccuracy(int labelled, int paired, int categoryRight, int subcategoryRight,
    List<Confusion> confusions) {

  /** A gold label and the label given instead, with how often. */
  public record Confusion(String gold, String predicted, int count) {}

  public static CategoryAccuracy of(int labelled, List<ItemPairing.Pair> pairs) {
    int cat = 0;
    int sub = 0;
    Map<List<String>, Integer> errors = new TreeMap<>(Comparator.comparing(Object::toString));
    for (ItemPairing.Pair p : pairs) {
      String gc = p.label().category();
      String gs = p.label().subcategory();
      boolean c = Objects.equals(gc, p.item().category());
      boolean s = c && Objects.equals(gs, p.item().subcategory());
      cat += c ? 1 : 0;
      sub += s ? 1 : 0;
      if (!s) {
        errors.merge(List.of(gc + " / " + gs, p.item().category() + " / " + p.item().subcategory()),
            1, Integer::sum);
      }
    }
    List<Confusion> conf = new ArrayList<>();
    errors.forEach((k, v) -> conf.add(new Confusion(k.get(0), k.get(1), v)));
    conf.sort(Comparator.comparingInt(Confusion::count).reversed());
    return new CategoryAccuracy(labelled, pairs.size(), cat, sub, List.copyOf(conf));
  }

  public double category() {
    return paired == 0 ? 0 : (double) categoryRight / paired;
  }

  public double subcategory() {
    return paired == 0 ? 0 : (double) subcategoryRight / paired;
  }

  /** A few lines for people: the two accuracies and the {@code top} largest confusions. */
  public String report(int top) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "labelled rows %d, paired with extracted items %d%n", labelled, paired));
    b.append(String.format(Locale.ROOT, "category accuracy    %.3f (%d/%d)%n", category(), categoryRight, paired));
    b.append(String.format(Locale.ROOT, "subcategory accuracy %.3f (%d/%d)%n", subcategory(), subcategoryRight, paired));
    for (Confusion c : confusions.subList(0, Math.min(top, confusions.size()))) {
      b.append(String.format(Locale.ROOT, "  %3d  %s  ->  %s%n", c.count(), c.gold(), c.predicted()));
    }
    return b.toString();
  }
}
