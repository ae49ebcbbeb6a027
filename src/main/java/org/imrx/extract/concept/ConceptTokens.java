package org.imrx.extract.concept;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrx.text.Span;

/**
 * The tokens the concept name finder reads and is trained on: runs of letters with the digits
 * that follow them ("L4", "C5", "B12"), numbers with their decimals ("2.5"), and every other
 * non-space character alone. Clinical text breaks a general tokenizer's habits (OpenNLP's
 * {@code SimpleTokenizer} splits "L4" into "L" and "4"); this keeps the words the scorer compares
 * whole. Training and extraction must cut tokens the same way, so both use this class.
 * Stateless and thread-safe.
 */
public final class ConceptTokens {
  private static final Pattern TOKEN = Pattern.compile("\\p{L}+\\d*|\\d+(?:\\.\\d+)?|\\S");

  private ConceptTokens() {}

  /** The tokens of {@code text} within {@code span}, as spans of {@code text}, in order. */
  public static List<Span> of(String text, Span span) {
    Matcher m = TOKEN.matcher(text).region(span.start(), span.end());
    List<Span> out = new ArrayList<>();
    while (m.find()) {
      out.add(new Span(m.start(), m.end()));
    }
    return out;
  }

  /** The strings of tokens already found. */
  public static String[] strings(String text, List<Span> tokens) {
    String[] out = new String[tokens.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = tokens.get(i).text(text);
    }
    return out;
  }
}
