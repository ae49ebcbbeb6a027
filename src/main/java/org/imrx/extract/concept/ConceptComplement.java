package org.imrx.extract.concept;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.imrx.ConfigurationException;
import org.imrx.eval.SoftMatcher;
import org.imrx.lexicon.Bundled;
import org.imrx.lexicon.Lexicons;
import org.imrx.extract.AnnotatedDocument;
import org.imrx.model.DocumentType;
import org.imrx.text.Span;

/**
 * What trained name finders add to the rules' lists: the mentions a list's finder gives at least
 * its threshold, in the kinds of document and (for records) the sections where the list was
 * found to gain under cross-validation, that no rule item covers: a mention is dropped where it
 * overlaps a rule item's evidence or names the same item ({@link SoftMatcher}), or repeats an
 * earlier mention. Immutable and thread-safe (see {@link ConceptFinder}).
 */
public final class ConceptComplement {
  /** No trained model: the rules' lists stand as they are. */
  public static final ConceptComplement NONE = new ConceptComplement(Map.of());

  private static final SoftMatcher MATCHER = new SoftMatcher();
  private final Map<String, Setting> settings;

  /**
   * How one list's finder is used.
   *
   * @param list the list's key ({@code diagnoses}, {@code examFindings} ...)
   * @param finder the mentions of a document (a {@link ConceptFinder}'s)
   * @param threshold the least probability a mention needs
   * @param letters whether mentions are added in determination letters
   * @param records whether mentions are added in other documents
   * @param sections the record sections mentions may lie in (empty: any)
   */
  public record Setting(String list,
      java.util.function.Function<AnnotatedDocument, List<ConceptFinder.Mention>> finder,
      double threshold, boolean letters,
      boolean records, Set<String> sections) {
    public Setting {
      sections = Set.copyOf(sections);
    }

    boolean applies(AnnotatedDocument doc) {
      return doc.type() == DocumentType.IMR_DETERMINATION ? letters : records;
    }
  }

  /** Where {@code imrx train} writes which lists have a finder and how each is used. */
  public static final String SETTINGS = "opennlp/concepts.tsv";

  /**
   * The finders bundled under {@code /models/opennlp/} as {@link #SETTINGS} lists them (columns:
   * list, model file, threshold, letters, records, comma-separated sections); {@link #NONE}
   * where no such file is bundled (no model was trained that helps).
   *
   * @throws ConfigurationException when the file names a model that is missing or unreadable,
   *     or a row is malformed
   */
  public static ConceptComplement bundled(Lexicons lexicons) throws ConfigurationException {
    if (ConceptComplement.class.getResource("/models/" + SETTINGS) == null) {
      return NONE;
    }
    Map<String, Setting> out = new java.util.LinkedHashMap<>();
    for (String[] row : Bundled.tsv(SETTINGS)) {
      if (row.length < 5) {
        throw new ConfigurationException("models/" + SETTINGS + ": a row needs list, model,"
            + " threshold, letters, records and sections");
      }
      TokenNameFinderModel model;
      try (InputStream in = Bundled.open("opennlp/" + row[1])) {
        model = new TokenNameFinderModel(in);
      } catch (IOException e) {
        throw new ConfigurationException("models/opennlp/" + row[1] + " cannot be read: "
            + e.getMessage(), e);
      }
      double threshold;
      try {
        threshold = Double.parseDouble(row[2]);
      } catch (NumberFormatException e) {
        throw new ConfigurationException("models/" + SETTINGS + ": bad threshold for " + row[0], e);
      }
      Set<String> sections = row.length < 6 || row[5].isBlank() ? Set.of()
          : Set.of(row[5].strip().split("\\s*,\\s*"));
      out.put(row[0], new Setting(row[0], new ConceptFinder(model, lexicons)::find, threshold,
          Boolean.parseBoolean(row[3]), Boolean.parseBoolean(row[4]), sections));
    }
    return new ConceptComplement(out);
  }

  public ConceptComplement(Map<String, Setting> settings) {
    this.settings = Map.copyOf(settings);
  }

  public boolean has(String list) {
    return settings.containsKey(list);
  }

  public Map<String, Setting> settings() {
    return settings;
  }

  /**
   * The stretches to add to a list, in text order: {@code rules} are the spans of the rule items'
   * evidence and {@code ruleTexts} their texts.
   */
  public List<Span> additions(String list, AnnotatedDocument doc, List<Span> rules,
      List<String> ruleTexts) {
    Setting s = settings.get(list);
    if (s == null || !s.applies(doc)) {
      return List.of();
    }
    return additions(s, s.finder().apply(doc), doc, rules, ruleTexts);
  }

  /** {@link #additions(String, AnnotatedDocument, List, List)} over mentions already found. */
  public static List<Span> additions(Setting s, List<ConceptFinder.Mention> mentions,
      AnnotatedDocument doc, List<Span> rules, List<String> ruleTexts) {
    List<Set<String>> known = new ArrayList<>();
    for (String t : ruleTexts) {
      known.add(MATCHER.words(t));
    }
    List<Span> out = new ArrayList<>();
    for (ConceptFinder.Mention m : mentions) {
      if (m.probability() < s.threshold()) {
        continue;
      }
      if (doc.type() != DocumentType.IMR_DETERMINATION && !s.sections().isEmpty()
          && !s.sections().contains(ConceptFinder.sectionOf(doc, m.span()))) {
        continue;
      }
      Span span = trimmed(doc.text(), m.span());
      Set<String> words = MATCHER.words(doc.text(span));
      if (words.isEmpty() || rules.stream().anyMatch(span::overlaps)
          || known.stream().anyMatch(k -> MATCHER.matches(k, words))) {
        continue;
      }
      known.add(words);
      out.add(span);
    }
    return out;
  }

  /** The span without the punctuation at its ends ("tenderness," reads "tenderness"). */
  static Span trimmed(String text, Span span) {
    int a = span.start();
    int b = span.end();
    while (a < b && !Character.isLetterOrDigit(text.charAt(a))) {
      a++;
    }
    while (b > a && !Character.isLetterOrDigit(text.charAt(b - 1)) && text.charAt(b - 1) != ')') {
      b--;
    }
    return a < b ? new Span(a, b) : span;
  }
}
