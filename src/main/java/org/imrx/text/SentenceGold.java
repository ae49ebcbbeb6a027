package org.imrx.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.imrx.ConfigurationException;

/**
 * Sentence-boundary gold in the project's plain format: documents separated by a line
 * {@code =====}, {@code ||} right after the last character of each sentence, {@code #} comment
 * lines before the first document. Read once; the documents are immutable.
 */
public final class SentenceGold {
  /** A document's text (markers removed) and its sentences, in order. */
  public record Document(String text, List<Span> sentences) {
    public Document {
      sentences = List.copyOf(sentences);
    }
  }

  private static final String SEPARATOR = "=====";
  private static final String MARK = "||";

  private SentenceGold() {}

  public static List<Document> read(InputStream in, String name) throws ConfigurationException {
    List<Document> docs = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      StringBuilder current = null;
      for (String line; (line = r.readLine()) != null; ) {
        if (line.strip().equals(SEPARATOR)) {
          if (current != null) {
            docs.add(parse(current.toString(), name));
          }
          current = new StringBuilder();
        } else if (current != null) {
          current.append(line).append('\n');
        }
      }
      if (current != null) {
        docs.add(parse(current.toString(), name));
      }
    } catch (IOException e) {
      throw new ConfigurationException("sentence gold " + name + " cannot be read", e);
    }
    if (docs.isEmpty()) {
      throw new ConfigurationException("sentence gold " + name + " has no documents");
    }
    return docs;
  }

  /** One document: sentences run from the end of the previous mark to their own mark. */
  static Document parse(String marked, String name) throws ConfigurationException {
    StringBuilder text = new StringBuilder();
    List<Span> sentences = new ArrayList<>();
    int from = 0;
    int start = 0;
    while (true) {
      int mark = marked.indexOf(MARK, from);
      if (mark < 0) {
        text.append(marked, from, marked.length());
        break;
      }
      text.append(marked, from, mark);
      Span s = new Span(start, text.length()).trim(text);
      if (s.length() == 0) {
        throw new ConfigurationException("sentence gold " + name + ": empty sentence before offset "
            + text.length());
      }
      sentences.add(s);
      start = text.length();
      from = mark + MARK.length();
    }
    String t = text.toString();
    if (!t.substring(start).isBlank()) {
      throw new ConfigurationException("sentence gold " + name + ": text after the last mark");
    }
    return new Document(t, sentences);
  }
}
