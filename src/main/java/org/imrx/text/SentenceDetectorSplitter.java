package org.imrx.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import org.imrx.ConfigurationException;
import org.imrx.lexicon.Bundled;

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

  /** The bundled abbreviation list; its "no" rows are abbreviations no sentence ends on. */
  public static final String ABBREVIATIONS = "opennlp/abbreviations.tsv";

  private final ThreadSafeSentenceDetectorME detector;
  private final Set<String> nonFinal;

  /**
   * @param nonFinal abbreviations no sentence ends on ("Dr.", "e.g."): a break the model makes
   *     after one is undone
   */
  public SentenceDetectorSplitter(SentenceModel model, Set<String> nonFinal) {
    this.detector = new ThreadSafeSentenceDetectorME(model);
    this.nonFinal = Set.copyOf(nonFinal);
  }

  /** The splitter over Apache's English model, with the bundled abbreviations. */
  public static SentenceDetectorSplitter apacheEnglish() throws ConfigurationException {
    return new SentenceDetectorSplitter(load(APACHE_MODEL), nonFinalAbbreviations());
  }

  /** Where {@code imrx train} puts a clinical sentence model that beats Apache's. */
  public static final String CLINICAL_MODEL = "/models/opennlp/en-clinical-sent.bin";

  /**
   * The splitter the pipeline uses: over the project's clinical model where the build bundles one
   * (see {@code imrx train}), else over Apache's English model.
   */
  public static SentenceDetectorSplitter bundled() throws ConfigurationException {
    boolean clinical = SentenceDetectorSplitter.class.getResource(CLINICAL_MODEL) != null;
    return new SentenceDetectorSplitter(load(clinical ? CLINICAL_MODEL : APACHE_MODEL),
        nonFinalAbbreviations());
  }

  /** The bundled abbreviations a sentence never ends on, as written ("Dr.", "e.g."). */
  public static Set<String> nonFinalAbbreviations() throws ConfigurationException {
    Set<String> out = new HashSet<>();
    for (String[] row : Bundled.tsv(ABBREVIATIONS)) {
      if (!row[1].equals("no") && !row[1].equals("sometimes")) {
        throw new ConfigurationException("models/" + ABBREVIATIONS + ": '" + row[0]
            + "' has ends-sentence '" + row[1] + "', expected no or sometimes");
      }
      if (row[1].equals("no")) {
        out.add(row[0]);
      }
    }
    return out;
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
    for (Span block : blocks(text, start, end)) {
      split(text, block.start(), block.end(), out);
    }
    return out;
  }

  /**
   * The blocks the detector is run on: text between blank lines (not those a sentence runs on
   * after, in lower case, as at a page break), before numbered or bulleted list items and before
   * capitalised headings. Trained models see the same blocks.
   */
  public static List<Span> blocks(String text, int start, int end) {
    List<Span> out = new ArrayList<>();
    Matcher m = BLOCK_BREAK.matcher(text).region(start, end);
    int from = start;
    while (m.find()) {
      if (m.start() > from) {
        out.add(new Span(from, m.start()));
      }
      from = m.end();
    }
    if (end > from) {
      out.add(new Span(from, end));
    }
    return out;
  }

  private void split(String text, int start, int end, List<Span> out) {
    if (start >= end) {
      return;
    }
    // OpenNLP 2.5 reads the character before an abbreviation that starts the text ("Dr. Lee
    // ..."), which fails at offset 0: the block is given with a leading space.
    String block = " " + text.substring(start, end);
    Span previous = null;
    for (opennlp.tools.util.Span s : detector.sentPosDetect(block)) {
      int a = Math.max(start, start + s.getStart() - 1);
      int b = Math.max(a, start + s.getEnd() - 1);
      Span span = new Span(a, b).trim(text);
      if (span.length() == 0) {
        continue;
      }
      if (previous != null && continues(text, previous, span)) {
        previous = new Span(previous.start(), span.end());
        out.set(out.size() - 1, previous);
      } else {
        out.add(span);
        previous = span;
      }
    }
  }

  /**
   * Whether a break the model made is none: the next part starts in lower case or with a comma,
   * the previous one ends on a comma ("90 deg.,| ER 30 deg.") or on an abbreviation no sentence
   * ends on ("approx.| 30 degrees").
   */
  private boolean continues(String text, Span previous, Span next) {
    char c = text.charAt(next.start());
    char last = text.charAt(previous.end() - 1);
    if (Character.isLowerCase(c) || ",;:)".indexOf(c) >= 0 || last == ',' || last == ';') {
      return true;
    }
    int word = previous.end();
    while (word > previous.start() && !Character.isWhitespace(text.charAt(word - 1))) {
      word--;
    }
    return nonFinal.contains(text.substring(word, previous.end()));
  }
}
