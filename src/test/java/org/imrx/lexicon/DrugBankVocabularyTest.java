package org.imrx.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.imrx.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DrugBankVocabularyTest {
  static Path sampleDir() throws URISyntaxException {
    return Path.of(DrugBankVocabularyTest.class.getResource("/lexicons-sample").toURI());
  }

  @Test
  void readsNamesAndQuotedPipeSeparatedSynonyms() throws Exception {
    List<DrugBankVocabulary.Drug> drugs = DrugBankVocabulary.read(sampleDir().resolve(Lexicons.DRUGBANK));
    assertEquals(6, drugs.size());
    assertEquals("Zorbitrol", drugs.get(0).name());
    assertEquals(List.of("Zorbitrol", "Zorbitrol hydrochloride", "Zorbitrolum", "4,5-dizorbi-zorbitrol (S)"),
        drugs.get(0).synonyms());
    assertEquals(List.of("Quelparin", "Quelparina", "QPN"), drugs.get(1).synonyms());
  }

  @Test
  void lexiconsLoadDrugBankFromTheGivenDirectory() throws Exception {
    Lexicons lex = Lexicons.load(sampleDir());
    DrugLexicon drugs = lex.drugs();
    assertEquals(Optional.of("zorbitrol"), drugs.generic("Zorbitrolum"));
    assertEquals(Optional.of("zorbitrol"), drugs.generic("zorbitrol HCl"));
    assertEquals(Optional.of("quelparin"), drugs.generic("Quelparina"));
    // curated names keep their curated generic and class, DrugBank synonyms of them too
    assertEquals(Optional.of("aspirin"), drugs.generic("Acidum acetylsalicylicum"));
    assertEquals(Optional.of("NSAID"), drugs.drugClass("Acidum acetylsalicylicum"));
    assertEquals(Optional.of("hydrocodone/acetaminophen"), drugs.generic("Norco"));
  }

  @Test
  void plainWordsAbbreviationsCodesAndSaltOnlyNamesAreLeftOut() throws Exception {
    DrugLexicon drugs = Lexicons.load(sampleDir()).drugs();
    assertEquals(Optional.empty(), drugs.generic("water"));
    assertEquals(Optional.empty(), drugs.generic("QPN"));
    assertEquals(Optional.empty(), drugs.generic("TVX-4021"));
    assertEquals(Optional.empty(), drugs.generic("sodium"));
    assertTrue(drugs.find("(R)-trivanomide was given").stream().allMatch(m -> m.text().equals("trivanomide")));
    assertTrue(drugs.find("he drank water with sodium").isEmpty());
  }

  @Test
  void withoutTheDirectoryOnlyTheCuratedVocabularyServes() throws Exception {
    assertEquals(Optional.empty(), Lexicons.load(null).drugs().generic("Zorbitrol"));
  }

  @Test
  void aMissingOrForeignFileFailsClearly(@TempDir Path dir) throws IOException {
    ConfigurationException missing = assertThrows(ConfigurationException.class, () -> Lexicons.load(dir));
    assertTrue(missing.getMessage().contains("drugbank-vocabulary.csv"), missing.getMessage());
    Path csv = dir.resolve(Lexicons.DRUGBANK);
    Files.createDirectories(csv.getParent());
    Files.writeString(csv, "id,name\n1,foo\n");
    ConfigurationException foreign = assertThrows(ConfigurationException.class, () -> Lexicons.load(dir));
    assertTrue(foreign.getMessage().contains("'Common name'"), foreign.getMessage());
  }
}
