package org.imrx.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import org.imrx.ConfigurationException;

/**
 * Sentences by OpenNLP's maximum-entropy sentence detector (Apache's English UD model, or one the
 * project trained), run over each block of text between blank lines and list-item starts:
 * clinical notes break lines and number lists where prose would not, so blocks are cut first.
 * Thread-safe: the model is shared, OpenNLP's thread-safe detector keeps one decoder per thread.
 */
public final class SentenceDetectorSplitter implements SentenceSplitter {
  /** Apache's English sentence model, from {@code opennlp-models-sentdetect-en}. */
  public static final String APACHE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  private static final Pattern BLOCK_BREAK = Pattern.compile(
      "\\n\\s*\\n(?!\\s*[a-z])|\\n(?=\\s*(?:\\d{1,2}[.)]|[-*\u2022])\\s)|\\n(?=[A-Z][A-Z /&-]{2,40}:)");

  private final ThreadSafeSentenceDetectorME detector;

  public SentenceDetectorSplitter(SentenceModel model) {
    this.detector = new ThreadSafeSentenceDetectorME(model);
  }

  /** The splitter over Apache's English model. */
  public static SentenceDetectorSplitter apacheEnglish() throws ConfigurationException {
    return new SentenceDetectorSplitter(load(APACHE_MODEL));
  }

  public static SentenceModel load(String resource) throws ConfigurationException {
    try (InputStream in = SentenceDetectorSplitter.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new ConfigurationException("sentence model " + resource + " is not on the class path");
      }
      return new SentenceModel(in);
    } catch (IOException | RuntimeException e) {
      throw new ConfigurationException("sentence model " + resource + " is invalid: " + e, e);
    }
  }

  @Override
  public List<Span> sentences(String text, int start, int end) {
    List<Span> out = new ArrayList<>();
    Matcher m = BLOCK_BREAK.matcher(text).region(start, end);
    int from = start;
    while (m.find()) {
      split(text, from, m.start(), out);
      from = m.end();
    }
    split(text, from, end, out);
    return out;
  }

  private void split(String text, int start, int end, List<Span> out) {
    if (start >= end) {
      return;
    }
    String block = text.substring(start, end);
    for (opennlp.tools.util.Span s : detector.sentPosDetect(block)) {
      Span span = new Span(start + s.getStart(), start + s.getEnd()).trim(text);
      if (span.length() > 0) {
        out.add(span);
      }
    }
  }
}
