package org.imrx.extract.category;

import org.imrx.lexicon.Taxonomy;
import org.imrx.text.Span;

/**
 * A request's DWC category and sub-category, with the span of the words that decided it (a drug
 * name, "MRI", "physical therapy") and the priority of the rule that matched. Immutable.
 */
public record CategoryMatch(Taxonomy.Category category, Span evidence, int priority) {
  public String name() {
    return category.category();
  }

  public String subcategory() {
    return category.subcategory();
  }
}
