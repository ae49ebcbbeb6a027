package org.imrx.lexicon;

import java.util.List;
import org.imrx.ConfigurationException;
import org.imrx.text.Span;

/**
 * Body parts in clinicians' words ("low back", "L/S", "C-spine", "knees") mapped to canonical
 * names, from {@code models/lexicons/body-parts.tsv}. Loaded once; immutable and thread-safe.
 */
public final class BodyPartLexicon {
  private final PhraseMatcher<BodyPart> matcher;

  private BodyPartLexicon(PhraseMatcher<BodyPart> matcher) {
    this.matcher = matcher;
  }

  public static BodyPartLexicon load() throws ConfigurationException {
    PhraseMatcher.Builder<BodyPart> b = PhraseMatcher.builder();
    for (String[] row : Bundled.tsv("lexicons/body-parts.tsv")) {
      if (row[1].isEmpty()) {
        throw new ConfigurationException("models/lexicons/body-parts.tsv: '" + row[0]
            + "' has no canonical name");
      }
      b.add(row[0], new BodyPart(row[1], row.length > 2 && !row[2].isEmpty() ? row[2] : null));
    }
    return new BodyPartLexicon(b.build());
  }

  /** Body parts named in {@code [start, end)}, longest phrase first, left to right. */
  public List<PhraseMatcher.Match<BodyPart>> find(CharSequence text, int start, int end) {
    return matcher.find(text, start, end);
  }

  /** The first body part named in a span of text, or null. */
  public BodyPart first(CharSequence text, Span span) {
    List<PhraseMatcher.Match<BodyPart>> m = matcher.find(text, span.start(), span.end());
    return m.isEmpty() ? null : m.get(0).value();
  }

  /** The canonical body part of a phrase, or null. */
  public BodyPart lookup(String phrase) {
    return matcher.lookup(phrase);
  }
}
