package org.imrx.extract.category;

import java.util.List;
import java.util.Optional;
import org.imrx.ConfigurationException;
import org.imrx.lexicon.Bundled;
import org.imrx.lexicon.DrugLexicon;
import org.imrx.lexicon.DrugMention;
import org.imrx.lexicon.PhraseMatcher;
import org.imrx.lexicon.Taxonomy;
import org.imrx.text.Span;

/**
 * Categorizes a request by curated keyword rules ({@code models/lexicons/request-category-rules.tsv}:
 * phrase, category, sub-category, priority) and by the drug lexicon: a drug named with a DWC class
 * counts as a rule of priority {@value #DRUG_PRIORITY} for Pharmaceuticals and that class. Among
 * the phrases found, the one of highest priority wins, and at equal priority the first in the text
 * (the head of the request). Loaded once; every rule's category is checked against the taxonomy.
 * Immutable and thread-safe.
 */
public final class RuleRequestCategorizer implements RequestCategorizer {
  static final String RULES = "lexicons/request-category-rules.tsv";
  static final int DRUG_PRIORITY = 2;
  private static final String PHARMACEUTICALS = "Pharmaceuticals";

  private record Rule(Taxonomy.Category category, int priority) {}

  private final PhraseMatcher<Rule> rules;
  private final DrugLexicon drugs;

  private RuleRequestCategorizer(PhraseMatcher<Rule> rules, DrugLexicon drugs) {
    this.rules = rules;
    this.drugs = drugs;
  }

  /** The bundled rules, checked against {@code taxonomy}, with {@code drugs} for drug classes. */
  public static RuleRequestCategorizer load(Taxonomy taxonomy, DrugLexicon drugs)
      throws ConfigurationException {
    PhraseMatcher.Builder<Rule> b = PhraseMatcher.builder();
    List<String[]> rows = Bundled.tsv(RULES);
    for (int i = 0; i < rows.size(); i++) {
      String[] row = rows.get(i);
      if (!taxonomy.isCategory(row[1], row[2])) {
        throw new ConfigurationException("models/" + RULES + ": '" + row[0] + "' names '" + row[1]
            + " / " + row[2] + "', which is not a row of models/taxonomy/request-categories.tsv");
      }
      int priority;
      try {
        priority = Integer.parseInt(row[3]);
      } catch (NumberFormatException e) {
        throw new ConfigurationException("models/" + RULES + ": '" + row[0]
            + "' has priority '" + row[3] + "', not a number");
      }
      if (PhraseMatcher.words(row[0]).isEmpty()) {
        throw new ConfigurationException("models/" + RULES + ": row " + (i + 2) + " has no words");
      }
      b.add(row[0], new Rule(new Taxonomy.Category(row[1], row[2]), priority));
    }
    return new RuleRequestCategorizer(b.build(), drugs);
  }

  @Override
  public Optional<CategoryMatch> categorize(CharSequence text, Span span) {
    CategoryMatch best = null;
    for (PhraseMatcher.Match<Rule> m : rules.find(text, span.start(), span.end())) {
      best = better(best, new CategoryMatch(m.value().category(), m.span(), m.value().priority()));
    }
    for (DrugMention d : drugs.find(text, span.start(), span.end())) {
      if (d.drugClass() != null) {
        best = better(best, new CategoryMatch(new Taxonomy.Category(PHARMACEUTICALS, d.drugClass()),
            d.span(), DRUG_PRIORITY));
        break;
      }
    }
    return Optional.ofNullable(best);
  }

  private static CategoryMatch better(CategoryMatch a, CategoryMatch b) {
    if (a == null) {
      return b;
    }
    if (b.priority() != a.priority()) {
      return b.priority() > a.priority() ? b : a;
    }
    return b.evidence().start() < a.evidence().start() ? b : a;
  }
}
