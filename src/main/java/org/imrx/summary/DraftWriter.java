package org.imrx.summary;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the sentences, gaps and conflicts of one draft as the sentence writers add them. One
 * per draft; not thread-safe.
 */
final class DraftWriter {
  final MergedCase merged;
  final List<DraftSentence> sentences = new ArrayList<>();
  final List<Gap> gaps = new ArrayList<>();
  final List<Conflict> conflicts = new ArrayList<>();

  DraftWriter(MergedCase merged) {
    this.merged = merged;
  }

  SentenceBuilder sentence(String topic) {
    return new SentenceBuilder(topic);
  }

  void add(SentenceBuilder b) {
    if (!b.isEmpty()) {
      sentences.add(b.build());
    }
  }

  /** A sentence that says an element is not documented, and the gap the reviewer must fill. */
  void missing(String topic, String sentence, String element, String lookFor) {
    if (sentence != null) {
      sentences.add(new SentenceBuilder(topic).say(sentence).build());
    }
    if (gaps.stream().noneMatch(g -> g.element().equals(element))) {
      gaps.add(new Gap(element, lookFor));
    }
  }

  CaseDocument document(FactEvidence e) {
    for (CaseDocument d : merged.documents()) {
      if (d.id().equals(e.document())) {
        return d;
      }
    }
    throw new IllegalStateException("evidence of an unknown document " + e.document());
  }

  /** The document-side evidence (offsets and page) of a fact evidence. */
  static org.imrx.model.Evidence evidence(FactEvidence e) {
    return new org.imrx.model.Evidence(e.start(), e.end(), e.page());
  }
}
