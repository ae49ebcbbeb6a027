package org.imrx.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.imrx.ConfigurationException;
import org.imrx.lexicon.Bundled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConceptModelTrainerTest {
  @Test
  void withoutTheSharedCorpusTheTrainerNamesWhatIsMissing(@TempDir Path project) {
    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> ConceptCorpus.development(project.resolve("imrx")));
    assertTrue(e.getMessage().contains("imr-letters"), e.getMessage());
  }

  @Test
  void aModelTrainedOnAlignedSamplesFindsTheConcept() throws Exception {
    List<NameSample> samples = new ArrayList<>();
    String[] sites = {"wrist", "elbow", "knee", "ankle", "shoulder", "hip"};
    for (int i = 0; i < 60; i++) {
      String site = sites[i % sites.length];
      samples.add(new NameSample(new String[] {"Exam", "shows", "tenderness", "of", "the", site,
          "."}, new Span[] {new Span(2, 6, "examFindings")}, i % 6 == 0));
      samples.add(new NameSample(new String[] {"She", "drives", "to", "work", "."}, new Span[0],
          false));
    }
    byte[] features;
    try (var in = Bundled.open(ConceptModelTrainer.FEATURES)) {
      features = in.readAllBytes();
    }
    TokenNameFinderModel model = ConceptModelTrainer.fit("examFindings", samples, features);
    Span[] found = new NameFinderME(model).find(
        new String[] {"Exam", "shows", "tenderness", "of", "the", "knee", "."});
    assertEquals(1, found.length);
    assertEquals("examFindings", found[0].getType());
    assertEquals(2, found[0].getStart());
  }
}
