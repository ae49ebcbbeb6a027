package org.imrx.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.imrx.ConfigurationException;
import org.imrx.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The drug lexicon over the workplace's full DrugBank vocabulary and labelled letter items. */
@Tag("corpus")
class DrugBankCorpusTest {
  private static DrugLexicon drugs;

  @BeforeAll
  static void load() throws ConfigurationException {
    Path dir = SharedData.require("lexicons");
    SharedData.require("lexicons/" + Lexicons.DRUGBANK);
    drugs = Lexicons.load(dir).drugs();
  }

  @Test
  void genericsOfTheFullVocabularyResolve() {
    assertEquals(Optional.of("cefuroxime"), drugs.generic("Cefuroxime sodium"));
    assertEquals(Optional.of("vigabatrin"), drugs.generic("Vigabatrin"));
    assertEquals(Optional.of("rifampin"), drugs.generic("Rifampicin"));
    assertEquals(Optional.of("aspirin"), drugs.generic("Acetylsalicylic acid"));
    assertEquals(Optional.of("acetaminophen"), drugs.generic("Paracetamol"));
    assertEquals(Optional.of("Opioids"), drugs.drugClass("Hydromorphone hydrochloride"));
    assertEquals(Optional.of("hydrocodone/acetaminophen"), drugs.generic("Norco"));
  }

  @Test
  void plainWordsOfDrugBankAreNoDrugs() {
    List<DrugMention> m = drugs.find("Date of injury: the same day. He drinks water and has no balance"
        + " problems; monitor his creatinine.");
    assertTrue(m.isEmpty(), m::toString);
  }

  /** The class of the first drug of each labelled Pharmaceuticals item against its label. */
  @Test
  void drugClassesAgreeWithTheLabelledLetterItems() throws IOException {
    Path labels = SharedData.require("corpus/imr-letters/item-categories.tsv");
    int items = 0;
    int right = 0;
    for (String line : Files.readAllLines(labels)) {
      String[] f = line.split("\t");
      if (f.length < 5 || !f[3].equals("Pharmaceuticals")) {
        continue;
      }
      items++;
      List<DrugMention> m = drugs.find(f[1]);
      if (!m.isEmpty() && f[4].equals(m.get(0).drugClass())) {
        right++;
      }
    }
    double accuracy = (double) right / items;
    System.out.printf("drug class of labelled Pharmaceuticals items: %d/%d = %.3f%n", right, items, accuracy);
    assertTrue(items > 50, "labelled items: " + items);
    assertTrue(accuracy >= 0.9, "accuracy " + accuracy);
  }
}
