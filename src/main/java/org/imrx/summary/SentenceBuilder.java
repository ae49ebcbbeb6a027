package org.imrx.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Builds one drafted sentence from template words and facts, keeping each fact's place in the
 * text. Not thread-safe; one per sentence.
 */
final class SentenceBuilder {
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern TRAILING = Pattern.compile("[\\s.,;:]+$");
  private final String topic;
  private final StringBuilder text = new StringBuilder();
  private final List<DraftFact> facts = new ArrayList<>();

  SentenceBuilder(String topic) {
    this.topic = topic;
  }

  SentenceBuilder say(String words) {
    text.append(words);
    return this;
  }

  /** Appends a fact, its text on one line and without trailing punctuation. */
  SentenceBuilder fact(FactType type, String shown, String value, List<FactEvidence> evidence) {
    String t = clean(shown);
    facts.add(new DraftFact(type.key(), t, value, text.length(), evidence));
    text.append(t);
    return this;
  }

  /** Appends items as an English list: "a", "a and b", "a, b and c". */
  <T> SentenceBuilder list(List<T> items, BiConsumer<SentenceBuilder, T> each) {
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        say(i == items.size() - 1 ? " and " : ", ");
      }
      each.accept(this, items.get(i));
    }
    return this;
  }

  boolean isEmpty() {
    return text.length() == 0;
  }

  /** The sentence, its first letter capitalised and ending in a full stop. */
  DraftSentence build() {
    String t = text.toString().strip();
    List<DraftFact> out = new ArrayList<>(facts);
    if (!t.isEmpty() && Character.isLowerCase(t.charAt(0))) {
      t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
      for (int i = 0; i < out.size(); i++) {
        DraftFact f = out.get(i);
        if (f.offset() == 0 && !f.text().isEmpty()) {
          out.set(i, f.withText(t.substring(0, f.text().length())));
        }
      }
    }
    if (!t.endsWith(".") && !t.endsWith("?") && !t.endsWith("!")) {
      t = t + ".";
    }
    return new DraftSentence(topic, t, out);
  }

  static String clean(String s) {
    return TRAILING.matcher(SPACE.matcher(s.strip()).replaceAll(" ")).replaceFirst("");
  }
}
