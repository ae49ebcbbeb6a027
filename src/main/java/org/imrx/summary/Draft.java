package org.imrx.summary;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A drafted clinical case summary: its text, its sentences with the facts each states and their
 * evidence, the standard elements the records leave undocumented ({@code gaps}), the fields the
 * records disagree on ({@code conflicts}), the documents it was made from and what went wrong
 * reading them. Immutable; its JSON form is the output of {@code imrx summarize --format json}.
 */
public record Draft(String text, List<DraftSentence> sentences, List<Gap> gaps,
    List<Conflict> conflicts, List<DraftDocument> documents, List<DraftWarning> warnings) {

  public Draft {
    sentences = List.copyOf(sentences);
    gaps = List.copyOf(gaps);
    conflicts = List.copyOf(conflicts);
    documents = List.copyOf(documents);
    warnings = List.copyOf(warnings);
  }

  /** A draft whose text is its sentences joined into one paragraph. */
  public static Draft of(List<DraftSentence> sentences, List<Gap> gaps, List<Conflict> conflicts,
      List<DraftDocument> documents, List<DraftWarning> warnings) {
    String text = sentences.stream().map(DraftSentence::text).collect(Collectors.joining(" "));
    return new Draft(text, sentences, gaps, conflicts, documents, warnings);
  }

  /** Every fact of every sentence, in order. */
  public List<DraftFact> facts() {
    return sentences.stream().flatMap(s -> s.facts().stream()).toList();
  }
}
