package org.imrx.extract.concept;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.imrx.extract.AnnotatedDocument;
import org.imrx.lexicon.Lexicons;
import org.imrx.lexicon.PhraseMatcher;
import org.imrx.model.DocumentType;
import org.imrx.text.Section;
import org.imrx.text.Span;

/**
 * One trained OpenNLP name finder for one clinical list: finds the stretches of a document's
 * clinical region ({@link AnnotatedDocument#clinicalRegion()}) that state an item of the list,
 * sentence by sentence, over {@link ConceptTokens}. Besides the words, the finder reads each
 * token's section and the document's kind as additional context ({@link #context}), the same
 * way it was trained. Thread-safe: the model is shared, and each thread gets its own
 * {@link NameFinderME} (which keeps per-sentence state), since OpenNLP's thread-safe wrapper
 * takes no additional context.
 */
public final class ConceptFinder {
  private final TokenNameFinderModel model;
  private final Lexicons lexicons;
  private final ThreadLocal<NameFinderME> finder;

  /** A stretch the finder found and the probability it gave it. */
  public record Mention(Span span, double probability) {}

  public ConceptFinder(TokenNameFinderModel model, Lexicons lexicons) {
    this.model = model;
    this.lexicons = lexicons;
    this.finder = ThreadLocal.withInitial(() -> new NameFinderME(model));
  }

  public TokenNameFinderModel model() {
    return model;
  }

  /** Every mention in the document's clinical region, in text order. */
  public List<Mention> find(AnnotatedDocument doc) {
    NameFinderME me = finder.get();
    me.clearAdaptiveData();
    String text = doc.text();
    List<Mention> out = new ArrayList<>();
    for (Span sentence : doc.sentencesIn(doc.clinicalRegion())) {
      List<Span> tokens = ConceptTokens.of(text, sentence);
      if (tokens.isEmpty()) {
        continue;
      }
      opennlp.tools.util.Span[] found = me.find(ConceptTokens.strings(text, tokens),
          context(doc, sentence, tokens, lexicons));
      double[] p = me.probs(found);
      for (int i = 0; i < found.length; i++) {
        Span s = new Span(tokens.get(found[i].getStart()).start(),
            tokens.get(found[i].getEnd() - 1).end());
        out.add(new Mention(s, p[i]));
      }
    }
    me.clearAdaptiveData();
    return out;
  }

  /**
   * The additional context of each token of a sentence: the name of the section it lies in
   * ({@code none} outside every section, {@code heading} on a heading), whether the document is
   * a letter, and the project's lexicons that name a phrase the token is part of (body part,
   * drug, treatment kind, imaging modality, exam word class, symptom, condition word), so that
   * the finder generalises past the words it was trained on.
   */
  public static String[][] context(AnnotatedDocument doc, Span sentence, List<Span> tokens,
      Lexicons lexicons) {
    String text = doc.text();
    String kind = doc.type() == DocumentType.IMR_DETERMINATION ? "doc=letter" : "doc=record";
    List<List<String>> features = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      int at = tokens.get(i).start();
      String section = doc.sectionAt(at)
          .map(s -> s.heading() != null && s.heading().contains(at) ? "heading" : s.name())
          .orElse("none");
      List<String> f = new ArrayList<>(List.of(kind, "sec=" + section));
      if (lexicons.conditions().isCondition(tokens.get(i).text(text).toLowerCase(Locale.ROOT))) {
        f.add("lex=condition");
      }
      features.add(f);
    }
    int a = sentence.start();
    int b = sentence.end();
    mark(tokens, features, lexicons.bodyParts().find(text, a, b), m -> "lex=body");
    mark(tokens, features, lexicons.drugs().find(text, a, b).stream()
        .map(d -> new PhraseMatcher.Match<>(d.span(), d)).toList(), m -> "lex=drug");
    mark(tokens, features, lexicons.treatments().terms(text, a, b), m -> "lex=tx-" + m.kind());
    mark(tokens, features, lexicons.modalities().find(text, a, b), m -> "lex=modality");
    mark(tokens, features, lexicons.examVocabulary().find(text, a, b),
        m -> "lex=exam-" + m.name().toLowerCase(Locale.ROOT));
    mark(tokens, features, lexicons.symptoms().find(text, a, b), m -> "lex=symptom");
    String[][] out = new String[tokens.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = features.get(i).toArray(new String[0]);
    }
    return out;
  }

  private static <T> void mark(List<Span> tokens, List<List<String>> features,
      List<PhraseMatcher.Match<T>> matches, Function<T, String> name) {
    int i = 0;
    for (PhraseMatcher.Match<T> m : matches) {
      while (i < tokens.size() && tokens.get(i).end() <= m.span().start()) {
        i++;
      }
      for (int j = i; j < tokens.size() && tokens.get(j).start() < m.span().end(); j++) {
        String f = name.apply(m.value());
        if (!features.get(j).contains(f)) {
          features.get(j).add(f);
        }
      }
    }
  }

  /** The section names a list's items may come from in a document, for callers that filter. */
  public static String sectionOf(AnnotatedDocument doc, Span span) {
    return doc.sectionAt(span.start()).map(Section::name).orElse("none");
  }
}
