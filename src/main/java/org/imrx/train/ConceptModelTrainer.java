package org.imrx.train;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.imrx.ConfigurationException;
import org.imrx.ImrxException;
import org.imrx.eval.Counts;
import org.imrx.eval.CrossValidation;
import org.imrx.eval.Pairing;
import org.imrx.eval.SoftMatcher;
import org.imrx.extract.AnnotatedDocument;
import org.imrx.extract.CasePipeline;
import org.imrx.extract.concept.ConceptComplement;
import org.imrx.extract.concept.ConceptFinder;
import org.imrx.extract.concept.ConceptItems;
import org.imrx.extract.concept.ConceptTokens;
import org.imrx.extract.diagnosis.Icd10Coder;
import org.imrx.extract.negation.NegExNegationDetector;
import org.imrx.extract.negation.NegationDetector;
import org.imrx.ingest.IngestLimits;
import org.imrx.ingest.TikaDocumentReader;
import org.imrx.lexicon.Bundled;
import org.imrx.lexicon.Lexicons;
import org.imrx.model.Case;
import org.imrx.text.SentenceDetectorSplitter;
import org.imrx.text.Span;

/**
 * Trains one OpenNLP name finder per clinical list as a recall complement to the rule
 * extractors ({@link ConceptComplement}). Training spans come from the development gold
 * ({@link ConceptCorpus#development}): each gold item string is aligned to the document's text
 * ({@link GoldAligner}) and every sentence of the clinical region becomes a sample. Each list is
 * cross-validated by document (5 folds, {@link CrossValidation}, the context's seed): the model
 * alone, the rules alone and the rules with the model's additions, for letters and records
 * apart, scored as {@code score.py} scores lists, over a grid of probability thresholds and
 * with or without the record sections where the training folds' gold lies. A list's model
 * trained on every document is written to {@code opennlp/concepts-LIST.bin}, with its best
 * setting in {@link ConceptComplement#SETTINGS}, only where the combination beats the rules
 * alone under cross-validation; otherwise nothing is written for it (and a stale model is
 * removed). Prints counts and scores only, never document text. Stateless.
 */
public final class ConceptModelTrainer implements Trainer {
  public static final String FEATURES = "opennlp/concept-features.xml";
  private static final int FOLDS = 5;
  private static final double[] THRESHOLDS = {0.5, 0.7, 0.8, 0.9, 0.95};
  /** A record section is a list's where at least this share of its aligned gold lies. */
  private static final double SECTION_SHARE = 0.05;
  /** The least gain in F1 under cross-validation that puts a model to use. */
  private static final double MIN_GAIN = 0.005;
  private static final SoftMatcher MATCHER = new SoftMatcher();

  private final List<ConceptCorpus.Source> sources;

  /** The trainer over the development gold beside the working directory. */
  public ConceptModelTrainer() {
    this(null);
  }

  /** The trainer over given gold folders (null: {@link ConceptCorpus#development}). */
  public ConceptModelTrainer(List<ConceptCorpus.Source> sources) {
    this.sources = sources;
  }

  @Override
  public String name() {
    return "concepts";
  }

  @Override
  public String description() {
    return "clinical-list name finders (OpenNLP maxent), models/opennlp/concepts-*.bin";
  }

  /** A list's aligned training data: samples per document id and the alignment counts. */
  record ListData(String list, Map<String, List<NameSample>> samples,
      Map<String, List<Span>> aligned, int items, int unaligned) {}

  /** One way of combining: threshold and whether record sections are restricted. */
  record Config(double threshold, boolean sections) {
    String label() {
      return String.format(Locale.ROOT, "p>=%.2f%s", threshold, sections ? " in list sections" : "");
    }
  }

  @Override
  public Result train(Context context) throws ImrxException {
    List<ConceptCorpus.Source> from = sources != null ? sources
        : ConceptCorpus.development(Path.of("").toAbsolutePath());
    Lexicons lexicons = Lexicons.load(context.lexicons());
    NegationDetector negation = NegExNegationDetector.load();
    CasePipeline rules = new CasePipeline(lexicons, SentenceDetectorSplitter.bundled(), negation,
        ConceptComplement.NONE);
    int[] skipped = {0};
    context.log().println("imrx: concepts: reading the development documents");
    List<ConceptCorpus.Document> docs = ConceptCorpus.load(from,
        new TikaDocumentReader(IngestLimits.DEFAULT), rules, skipped);
    byte[] features = features();
    Icd10Coder coder = new Icd10Coder(lexicons.icd10(), lexicons.icd10Synonyms(), lexicons.bodyParts());
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "%d documents (%d letters, %d records), %d gold records"
        + " without their document; %d-fold cross-validation by document, seed %d", docs.size(),
        docs.stream().filter(ConceptCorpus.Document::letter).count(),
        docs.stream().filter(d -> !d.letter()).count(), skipped[0], FOLDS, context.seed()));
    List<Path> written = new ArrayList<>();
    List<String> settings = new ArrayList<>();
    for (String list : ConceptCorpus.LISTS) {
      List<ConceptCorpus.Document> withList =
          docs.stream().filter(d -> d.gold().containsKey(list)).toList();
      ListData data = data(list, withList, lexicons);
      lines.add(String.format(Locale.ROOT, "%s: %d documents, %d of %d gold items aligned (%.1f%%)",
          list, withList.size(), data.items() - data.unaligned(), data.items(),
          100.0 * (data.items() - data.unaligned()) / Math.max(1, data.items())));
      context.log().println("imrx: concepts: cross-validating " + list);
      Evaluation ev = crossValidate(list, withList, data, features, lexicons, coder, negation,
          context.seed());
      lines.addAll(ev.lines());
      Path file = context.out().resolve("opennlp/concepts-" + list + ".bin");
      if (!ev.letters() && !ev.records()) {
        lines.add("  " + list + ": no model written (the rules alone do as well under"
            + " cross-validation)");
        delete(file);
        continue;
      }
      Set<String> sections = ev.best().sections() ? sectionsOf(data, withList, idsOf(withList))
          : Set.of();
      TokenNameFinderModel model = fit(list, allSamples(data, idsOf(withList)), features);
      write(model, file);
      written.add(file);
      settings.add(String.join("\t", list, file.getFileName().toString(),
          String.valueOf(ev.best().threshold()), String.valueOf(ev.letters()),
          String.valueOf(ev.records()), String.join(",", new java.util.TreeSet<>(sections))));
      lines.add("  " + list + ": model written, used " + ev.best().label() + " in "
          + (ev.letters() && ev.records() ? "letters and records" : ev.letters() ? "letters" : "records")
          + (sections.isEmpty() ? "" : " (sections " + String.join(", ", new java.util.TreeSet<>(sections)) + ")"));
    }
    Path table = context.out().resolve(ConceptComplement.SETTINGS);
    if (settings.isEmpty()) {
      delete(table);
    } else {
      List<String> out = new ArrayList<>();
      out.add("# Written by imrx train --only concepts (ConceptModelTrainer); do not edit by hand.");
      out.add("list\tmodel\tthreshold\tletters\trecords\tsections");
      out.addAll(settings);
      try {
        Files.createDirectories(table.getParent());
        Files.write(table, out);
      } catch (IOException e) {
        throw new ConfigurationException("cannot write " + table + ": " + e.getMessage(), e);
      }
      written.add(table);
    }
    return new Result(name(), written, lines);
  }

  private static Set<String> idsOf(List<ConceptCorpus.Document> docs) {
    Set<String> out = new LinkedHashSet<>();
    docs.forEach(d -> out.add(d.id()));
    return out;
  }

  /** The aligned samples of a list's documents. */
  static ListData data(String list, List<ConceptCorpus.Document> docs, Lexicons lexicons) {
    GoldAligner aligner = new GoldAligner();
    Map<String, List<NameSample>> samples = new LinkedHashMap<>();
    Map<String, List<Span>> aligned = new LinkedHashMap<>();
    int items = 0;
    int unaligned = 0;
    for (ConceptCorpus.Document d : docs) {
      AnnotatedDocument doc = d.doc();
      String text = doc.text();
      List<Span> sentences = doc.sentencesIn(doc.clinicalRegion());
      List<GoldAligner.Sentence> tokenised = new ArrayList<>();
      for (Span s : sentences) {
        tokenised.add(new GoldAligner.Sentence(ConceptTokens.of(text, s)));
      }
      List<String> gold = d.gold().get(list);
      GoldAligner.Alignment a = aligner.align(text, tokenised, gold);
      items += a.items();
      unaligned += a.unaligned();
      Map<Integer, List<opennlp.tools.util.Span>> names = new HashMap<>();
      List<Span> spans = new ArrayList<>();
      for (GoldAligner.Window w : a.windows()) {
        names.computeIfAbsent(w.sentence(), k -> new ArrayList<>())
            .add(new opennlp.tools.util.Span(w.first(), w.end(), list));
        List<Span> tokens = tokenised.get(w.sentence()).tokens();
        spans.add(new Span(tokens.get(w.first()).start(), tokens.get(w.end() - 1).end()));
      }
      List<NameSample> out = new ArrayList<>();
      for (int i = 0; i < tokenised.size(); i++) {
        List<Span> tokens = tokenised.get(i).tokens();
        if (tokens.isEmpty()) {
          continue;
        }
        List<opennlp.tools.util.Span> n = names.getOrDefault(i, List.of());
        out.add(new NameSample(ConceptTokens.strings(text, tokens),
            n.toArray(new opennlp.tools.util.Span[0]),
            ConceptFinder.context(doc, sentences.get(i), tokens, lexicons),
            out.isEmpty()));
      }
      samples.put(d.id(), out);
      aligned.put(d.id(), spans);
    }
    return new ListData(list, samples, aligned, items, unaligned);
  }

  /** The record sections that hold at least {@link #SECTION_SHARE} of the documents' aligned gold. */
  static Set<String> sectionsOf(ListData data, List<ConceptCorpus.Document> docs, Set<String> ids) {
    Map<String, Integer> count = new TreeMap<>();
    int total = 0;
    for (ConceptCorpus.Document d : docs) {
      if (d.letter() || !ids.contains(d.id())) {
        continue;
      }
      for (Span s : data.aligned().get(d.id())) {
        count.merge(ConceptFinder.sectionOf(d.doc(), s), 1, Integer::sum);
        total++;
      }
    }
    Set<String> out = new LinkedHashSet<>();
    for (Map.Entry<String, Integer> e : count.entrySet()) {
      if (e.getValue() >= SECTION_SHARE * total) {
        out.add(e.getKey());
      }
    }
    return out;
  }

  private static List<NameSample> allSamples(ListData data, Set<String> ids) {
    List<NameSample> out = new ArrayList<>();
    data.samples().forEach((id, s) -> {
      if (ids.contains(id)) {
        out.addAll(s);
      }
    });
    return out;
  }

  /** What cross-validation found for one list, and which kinds of document the model helps. */
  record Evaluation(List<String> lines, Config best, boolean letters, boolean records) {}

  private static Evaluation crossValidate(String list, List<ConceptCorpus.Document> docs,
      ListData data, byte[] features, Lexicons lexicons, Icd10Coder coder,
      NegationDetector negation, long seed) throws ImrxException {
    List<Config> configs = new ArrayList<>();
    for (double t : THRESHOLDS) {
      configs.add(new Config(t, false));
      configs.add(new Config(t, true));
    }
    // Counts per kind (0 letters, 1 records): rules, model alone, and each config combined.
    Counts[] ruleCounts = {Counts.ZERO, Counts.ZERO};
    Counts[] modelCounts = {Counts.ZERO, Counts.ZERO};
    Counts[][] combined = new Counts[configs.size()][];
    for (int c = 0; c < configs.size(); c++) {
      combined[c] = new Counts[] {Counts.ZERO, Counts.ZERO};
    }
    for (CrossValidation.Fold fold : new CrossValidation(FOLDS, seed).folds(idsOf(docs))) {
      TokenNameFinderModel model = fit(list, allSamples(data, fold.train()), features);
      ConceptFinder finder = new ConceptFinder(model, lexicons);
      Set<String> sections = sectionsOf(data, docs, fold.train());
      for (ConceptCorpus.Document d : docs) {
        if (!fold.test().contains(d.id())) {
          continue;
        }
        int k = d.letter() ? 0 : 1;
        List<String> gold = d.gold().get(list);
        ruleCounts[k] = ruleCounts[k].plus(score(gold, ruleTexts(list, d.rules())));
        List<ConceptFinder.Mention> mentions = finder.find(d.doc());
        modelCounts[k] = modelCounts[k].plus(score(gold,
            mentions.stream().map(m -> d.doc().text(m.span())).toList()));
        for (int c = 0; c < configs.size(); c++) {
          Config cfg = configs.get(c);
          ConceptComplement.Setting s = new ConceptComplement.Setting(list,
              x -> mentions, cfg.threshold(), true, true,
              cfg.sections() ? sections : Set.of());
          ConceptItems items = new ConceptItems(new ConceptComplement(Map.of(list, s)), lexicons,
              coder, negation);
          combined[c][k] = combined[c][k].plus(score(gold, combinedTexts(list, d, items)));
        }
      }
    }
    List<String> lines = new ArrayList<>();
    String[] kinds = {"letters", "records"};
    boolean[] use = new boolean[2];
    int bestConfig = -1;
    double bestGain = 0;
    for (int c = 0; c < configs.size(); c++) {
      double gain = 0;
      for (int k = 0; k < 2; k++) {
        gain += Math.max(0, combined[c][k].f1() - ruleCounts[k].f1());
      }
      if (gain > bestGain) {
        bestGain = gain;
        bestConfig = c;
      }
    }
    Config best = bestConfig < 0 ? configs.get(0) : configs.get(bestConfig);
    for (int k = 0; k < 2; k++) {
      if (ruleCounts[k].support() == 0 && ruleCounts[k].fp() == 0) {
        continue;
      }
      Counts bestCombined = bestConfig < 0 ? ruleCounts[k] : combined[bestConfig][k];
      use[k] = bestConfig >= 0 && bestCombined.f1() - ruleCounts[k].f1() >= MIN_GAIN;
      lines.add(String.format(Locale.ROOT, "  %s, %s: rules %s | model alone %s | rules+model"
          + " (%s) %s", list, kinds[k], fmt(ruleCounts[k]), fmt(modelCounts[k]), best.label(),
          fmt(bestCombined)));
      StringBuilder grid = new StringBuilder("    combined F1 by setting:");
      for (int c = 0; c < configs.size(); c++) {
        grid.append(String.format(Locale.ROOT, " %s %.3f;", configs.get(c).label(),
            combined[c][k].f1()));
      }
      lines.add(grid.toString());
    }
    return new Evaluation(lines, best, use[0], use[1]);
  }

  private static String fmt(Counts c) {
    return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f", c.precision(), c.recall(), c.f1());
  }

  private static Counts score(List<String> gold, List<String> predicted) {
    int tp = Pairing.greedy(gold, predicted, MATCHER).size();
    return new Counts(tp, predicted.size() - tp, gold.size() - tp);
  }

  static List<String> ruleTexts(String list, Case c) {
    return switch (list) {
      case "diagnoses" -> c.diagnoses().stream().map(x -> x.text()).toList();
      case "examFindings" -> c.examFindings().stream().map(x -> x.text()).toList();
      case "treatments" -> c.treatments().stream().map(x -> x.text()).toList();
      case "priorImaging" -> c.priorImaging().stream().map(x -> x.text()).toList();
      default -> throw new IllegalArgumentException(list);
    };
  }

  private static List<String> combinedTexts(String list, ConceptCorpus.Document d,
      ConceptItems items) {
    Case c = d.rules();
    AnnotatedDocument doc = d.doc();
    return switch (list) {
      case "diagnoses" -> items.diagnoses(doc, c.diagnoses()).stream().map(x -> x.text()).toList();
      case "examFindings" ->
          items.examFindings(doc, c.examFindings()).stream().map(x -> x.text()).toList();
      case "treatments" -> items.treatments(doc, c.treatments()).stream().map(x -> x.text()).toList();
      case "priorImaging" ->
          items.priorImaging(doc, c.priorImaging()).stream().map(x -> x.text()).toList();
      default -> throw new IllegalArgumentException(list);
    };
  }

  /**
   * A maximum-entropy name finder for one list trained on the samples (BIO tags). Maxent, not the
   * perceptron: the combination keeps mentions by probability, and the perceptron's scores are
   * not probabilities (its model alone reached higher recall under cross-validation, but every
   * threshold kept either nearly all its mentions or none).
   */
  static TokenNameFinderModel fit(String list, List<NameSample> samples, byte[] features)
      throws ConfigurationException {
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ITERATIONS_PARAM, 100);
    params.put(TrainingParameters.CUTOFF_PARAM, 2);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    try {
      TokenNameFinderFactory factory = new TokenNameFinderFactory(features, Map.of(), new BioCodec());
      return NameFinderME.train("eng", list, ObjectStreamUtils.createObjectStream(samples), params,
          factory);
    } catch (IOException e) {
      throw new ConfigurationException(list + " name finder training failed: " + e.getMessage(), e);
    }
  }

  private static byte[] features() throws ConfigurationException {
    try (var in = Bundled.open(FEATURES)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new ConfigurationException("models/" + FEATURES + " cannot be read: " + e.getMessage(), e);
    }
  }

  private static void write(TokenNameFinderModel model, Path file) throws ConfigurationException {
    try {
      Files.createDirectories(file.getParent());
      try (OutputStream os = Files.newOutputStream(file)) {
        model.serialize(os);
      }
    } catch (IOException e) {
      throw new ConfigurationException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static void delete(Path file) throws ConfigurationException {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new ConfigurationException("cannot remove " + file + ": " + e.getMessage(), e);
    }
  }
}
