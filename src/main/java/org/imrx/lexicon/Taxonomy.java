package org.imrx.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.imrx.ConfigurationException;

/**
 * The DWC's taxonomies: request categories with their sub-categories (for drugs, the drug
 * class) and reviewer board specialties, with the printed forms of specialties mapped to them.
 * Loaded once from {@code models/taxonomy/}; immutable and thread-safe.
 */
public final class Taxonomy {
  /** A row of the request taxonomy. */
  public record Category(String category, String subcategory) {}

  private final List<Category> categories;
  private final Map<String, String> boardByKey;

  private Taxonomy(List<Category> categories, Map<String, String> boardByKey) {
    this.categories = List.copyOf(categories);
    this.boardByKey = Map.copyOf(boardByKey);
  }

  public static Taxonomy load() throws ConfigurationException {
    List<Category> cats = new ArrayList<>();
    for (String[] row : Bundled.tsv("taxonomy/request-categories.tsv")) {
      cats.add(new Category(row[0], row[1]));
    }
    Map<String, String> board = new HashMap<>();
    for (String name : Bundled.lines("taxonomy/reviewer-specialties.txt")) {
      board.put(key(name), name);
    }
    for (String[] row : Bundled.tsv("taxonomy/specialty-synonyms.tsv")) {
      String target = board.get(key(row[1]));
      if (target == null) {
        throw new ConfigurationException("models/taxonomy/specialty-synonyms.tsv maps '" + row[0]
            + "' to '" + row[1] + "', which is not a board specialty");
      }
      board.putIfAbsent(key(row[0]), target);
    }
    return new Taxonomy(cats, board);
  }

  public List<Category> categories() {
    return categories;
  }

  /** Whether the pair is a row of the request taxonomy. */
  public boolean isCategory(String category, String subcategory) {
    return categories.contains(new Category(category, subcategory));
  }

  /** The Pharmaceuticals sub-categories: the DWC's drug classes. */
  public Set<String> drugClasses() {
    Set<String> out = new LinkedHashSet<>();
    for (Category c : categories) {
      if (c.category().equals("Pharmaceuticals")) {
        out.add(c.subcategory());
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /** The board specialty a printed specialty corresponds to, where one fits. */
  public Optional<String> boardSpecialty(String printed) {
    return Optional.ofNullable(boardByKey.get(key(printed)));
  }

  /** The board specialty names. */
  public Set<String> boardSpecialties() {
    return Set.copyOf(boardByKey.values());
  }

  static String key(String s) {
    return s.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z]+", " ").strip();
  }
}
