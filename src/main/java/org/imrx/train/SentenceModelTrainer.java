package org.imrx.train;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.StringList;
import opennlp.tools.util.TrainingParameters;
import org.imrx.ConfigurationException;
import org.imrx.ImrxException;
import org.imrx.lexicon.Bundled;
import org.imrx.text.BoundaryScore;
import org.imrx.text.SentenceDetectorSplitter;
import org.imrx.text.SentenceGold;
import org.imrx.text.Span;

/**
 * Trains OpenNLP's maximum-entropy sentence detector on the project's clinical sentence gold
 * ({@code models/opennlp/clinical-sentences.txt}) with its abbreviation dictionary
 * (the abbreviations of {@code models/opennlp/abbreviations.tsv} that no sentence ends on), on the same blocks {@link SentenceDetectorSplitter}
 * feeds it. Reports sentence-end precision and recall under k-fold cross-validation by document
 * (seeded shuffle) and on a held-out set, beside Apache's English model (both behind the same
 * {@link SentenceDetectorSplitter}); writes the model trained on every document to
 * {@code opennlp/en-clinical-sent.bin} only when it beats Apache's under cross-validation (and
 * removes a stale one otherwise), so that the pipeline picks it up. Stateless.
 */
public final class SentenceModelTrainer implements Trainer {
  public static final String GOLD = "opennlp/clinical-sentences.txt";
  public static final String HELD_OUT = "opennlp/clinical-sentences-heldout.txt";
  public static final String MODEL = "opennlp/en-clinical-sent.bin";
  private static final int FOLDS = 5;

  @Override
  public String name() {
    return "sentences";
  }

  @Override
  public String description() {
    return "clinical sentence detector (OpenNLP maxent), models/" + MODEL;
  }

  @Override
  public Result train(Context context) throws ImrxException {
    List<SentenceGold.Document> docs = SentenceGold.read(Bundled.open(GOLD), "models/" + GOLD);
    List<SentenceGold.Document> heldOut =
        SentenceGold.read(Bundled.open(HELD_OUT), "models/" + HELD_OUT);
    Set<String> nonFinal = SentenceDetectorSplitter.nonFinalAbbreviations();
    Evaluation cv = crossValidate(docs, nonFinal, context.seed());
    SentenceModel model = fit(docs, nonFinal);
    Evaluation test = evaluate(new SentenceDetectorSplitter(model, nonFinal), heldOut);
    List<String> lines = new ArrayList<>(List.of(
        String.format(Locale.ROOT, "%d documents, %d sentences; %d-fold cross-validation by document,"
            + " seed %d", docs.size(), sentences(docs), FOLDS, context.seed()),
        "  trained model:        " + cv.trained(),
        "  Apache English model: " + cv.apache(),
        String.format(Locale.ROOT, "held-out set (%d documents, %d sentences), model trained on all:",
            heldOut.size(), sentences(heldOut)),
        "  trained model:        " + test.trained(),
        "  Apache English model: " + test.apache()));
    Path file = context.out().resolve(MODEL);
    if (cv.trained().f1() <= cv.apache().f1()) {
      // The pipeline uses a clinical model only where one is bundled; a worse one is not written.
      lines.add("not written: the trained model does not beat Apache's under cross-validation;"
          + " the pipeline keeps Apache's model");
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        throw new ConfigurationException("cannot remove " + file + ": " + e.getMessage(), e);
      }
      return new Result(name(), List.of(), lines);
    }
    try {
      Files.createDirectories(file.getParent());
      try (OutputStream os = Files.newOutputStream(file)) {
        model.serialize(os);
      }
    } catch (IOException e) {
      throw new ConfigurationException("cannot write " + file + ": " + e.getMessage(), e);
    }
    return new Result(name(), List.of(file), lines);
  }

  private static int sentences(List<SentenceGold.Document> docs) {
    return docs.stream().mapToInt(d -> d.sentences().size()).sum();
  }

  /** Both splitters on documents neither was built from. */
  private static Evaluation evaluate(SentenceDetectorSplitter trained,
      List<SentenceGold.Document> docs) throws ImrxException {
    SentenceDetectorSplitter apache = SentenceDetectorSplitter.apacheEnglish();
    BoundaryScore t = BoundaryScore.ZERO;
    BoundaryScore a = BoundaryScore.ZERO;
    for (SentenceGold.Document d : docs) {
      t = t.plus(BoundaryScore.of(d.sentences(), trained.sentences(d.text())));
      a = a.plus(BoundaryScore.of(d.sentences(), apache.sentences(d.text())));
    }
    return new Evaluation(t, a);
  }

  /** Sentence-end scores of the trained and of Apache's model over the held-out folds. */
  public record Evaluation(BoundaryScore trained, BoundaryScore apache) {}

  /** k-fold cross-validation by document, documents shuffled with the seed. */
  public static Evaluation crossValidate(List<SentenceGold.Document> docs, Set<String> nonFinal,
      long seed) throws ImrxException {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(seed));
    SentenceDetectorSplitter apache = SentenceDetectorSplitter.apacheEnglish();
    BoundaryScore trained = BoundaryScore.ZERO;
    BoundaryScore reference = BoundaryScore.ZERO;
    for (int fold = 0; fold < FOLDS; fold++) {
      List<SentenceGold.Document> train = new ArrayList<>();
      List<SentenceGold.Document> test = new ArrayList<>();
      for (int i = 0; i < order.size(); i++) {
        (i % FOLDS == fold ? test : train).add(docs.get(order.get(i)));
      }
      SentenceDetectorSplitter splitter =
          new SentenceDetectorSplitter(fit(train, nonFinal), nonFinal);
      for (SentenceGold.Document d : test) {
        trained = trained.plus(BoundaryScore.of(d.sentences(), splitter.sentences(d.text())));
        reference = reference.plus(BoundaryScore.of(d.sentences(), apache.sentences(d.text())));
      }
    }
    return new Evaluation(trained, reference);
  }

  /** A model trained on the documents' blocks. */
  public static SentenceModel fit(List<SentenceGold.Document> docs, Set<String> nonFinal)
      throws ImrxException {
    List<SentenceSample> samples = new ArrayList<>();
    for (SentenceGold.Document d : docs) {
      samples.addAll(samples(d));
    }
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ITERATIONS_PARAM, 100);
    params.put(TrainingParameters.CUTOFF_PARAM, 1);
    try {
      SentenceDetectorFactory factory =
          new SentenceDetectorFactory("eng", true, dictionary(nonFinal), null);
      return SentenceDetectorME.train("eng", ObjectStreamUtils.createObjectStream(samples), factory,
          params);
    } catch (IOException e) {
      throw new ConfigurationException("sentence model training failed: " + e.getMessage(), e);
    }
  }

  /** One sample per block, with the gold sentences inside it relative to the block. */
  static List<SentenceSample> samples(SentenceGold.Document d) {
    List<SentenceSample> out = new ArrayList<>();
    for (Span block : SentenceDetectorSplitter.blocks(d.text(), 0, d.text().length())) {
      List<opennlp.tools.util.Span> inside = new ArrayList<>();
      for (Span s : d.sentences()) {
        if (s.start() >= block.start() && s.end() <= block.end()) {
          inside.add(new opennlp.tools.util.Span(s.start() - block.start() + 1,
              s.end() - block.start() + 1));
        }
      }
      if (!inside.isEmpty()) {
        // With the leading space the splitter gives the detector (see SentenceDetectorSplitter).
        out.add(new SentenceSample(" " + d.text().substring(block.start(), block.end()),
            inside.toArray(new opennlp.tools.util.Span[0])));
      }
    }
    return out;
  }

  private static Dictionary dictionary(Set<String> abbreviations) {
    Dictionary dict = new Dictionary(true);
    for (String a : abbreviations) {
      dict.put(new StringList(a));
    }
    return dict;
  }
}
