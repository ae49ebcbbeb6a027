package org.imrx.summary;

import java.util.List;

/**
 * One sentence of a draft: its topic ({@code patient}, {@code injury}, {@code conflict},
 * {@code diagnoses}, {@code treatment}, {@code examination}, {@code imaging}, {@code request},
 * {@code utilization-review}), its text, and the facts it states with their place in the text.
 * A sentence saying an element is not documented has no facts. Immutable.
 */
public record DraftSentence(String topic, String text, List<DraftFact> facts) {
  public DraftSentence {
    facts = List.copyOf(facts);
  }
}
