package org.imrx.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.imrx.ConfigurationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DrugLexiconTest {
  private static DrugLexicon lexicon;

  @BeforeAll
  static void load() throws ConfigurationException {
    lexicon = DrugLexicon.loadBundled(Taxonomy.load(), DosingLexicon.load());
  }

  private static DrugMention only(String text) {
    List<DrugMention> m = lexicon.find(text);
    assertEquals(1, m.size(), () -> "mentions in '" + text + "': " + m);
    return m.get(0);
  }

  private static String classOf(String text, String name) {
    return lexicon.find(text).stream().filter(m -> m.text().equalsIgnoreCase(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not found in '" + text + "'")).drugClass();
  }

  @Test
  void brandMapsToItsGenericAndClass() {
    DrugMention m = only("Norco 10/325 #120 was requested");
    assertEquals("Norco", m.text());
    assertEquals("hydrocodone/acetaminophen", m.generic());
    assertEquals("Opioids", m.drugClass());
    assertTrue(m.brand());
    assertEquals(0, m.span().start());
    assertEquals(5, m.span().end());

    assertEquals("gabapentin", only("Neurontin 300 mg").generic());
    assertEquals("cyclobenzaprine", only("Fexmid 7.5mg").generic());
    assertEquals("Muscle Relaxant", only("Amrix 15 mg").drugClass());
    assertEquals("omeprazole", only("Prilosec 20mg #90").generic());
    assertEquals("H2 Blocker", only("Deprizine (unknown quantity)").drugClass());
    assertEquals("Nutritional Products", only("Theramine #120").drugClass());
    assertEquals("Viscosupplementation", only("Synvisc-One injection").drugClass());
  }

  @Test
  void genericsAndCombinationsAreNotBrands() {
    DrugMention m = only("hydrocodone/APAP 5/325");
    assertEquals("hydrocodone/acetaminophen", m.generic());
    assertFalse(m.brand());
    assertEquals("oxycodone/acetaminophen", only("oxycodone and acetaminophen").generic());
    assertEquals("acetaminophen", only("paracetamol 500 mg").generic());
  }

  @Test
  void saltsAndReleaseFormsDoNotPreventAMatchAndStayInTheSpan() {
    DrugMention m = only("Oxycodone HCL ER 20mg #60");
    assertEquals("Oxycodone HCL ER", m.text());
    assertEquals("oxycodone", m.generic());
    assertEquals("hydrocodone/acetaminophen", only("hydrocodone bitartrate/acetaminophen 7.5/750 mg").generic());
    assertEquals("Orphenadrine Citrate ER", only("Orphenadrine Citrate ER 100mg tabs #30").text());
    assertEquals("venlafaxine", only("Venlafaxine HCL ER 37.5mg").generic());
    assertEquals("tramadol", only("Ultram ER 100mg").generic());
  }

  @Test
  void topicalFormsDecideBetweenTopicalAnalgesicsAndCompounds() {
    assertEquals("Topical Analgesics", only("Lidocaine 5% patch #1").drugClass());
    assertEquals("Topical Analgesics", only("Flector 1.3% transdermal patch").drugClass());
    assertEquals("Topical Analgesics", only("Diclofenac sodium 3% gel").drugClass());
    assertEquals("NSAID", only("Diclofenac ER 100mg #60").drugClass());
    assertEquals("Topical Compounds", only("Ketoprofen 20% in cream base 240g").drugClass());
    assertEquals("Topical Compounds", only("Compound Cyclobenzaprine 5%, 240 grams").drugClass());
    assertEquals("Topical Compounds", only("Ketophene (unknown quantity)").drugClass());
    assertEquals("Opioids", only("Duragesic patch 25 mcg").drugClass());
    assertEquals("Opioids", only("fentanyl 50 mcg transdermal patch").drugClass());
    assertEquals("Adrenal Cortical Steroids", only("triamcinolone 0.1% cream").drugClass());
    assertEquals("Anti-infectives", only("mupirocin ointment").drugClass());
  }

  @Test
  void agentsCompoundedTogetherAreTopicalCompounds() {
    List<DrugMention> m = lexicon.find("Flurbiprofen 10%/Dextromethorphan 5%/Lidocaine 5%, 120 grams #1");
    assertEquals(List.of("flurbiprofen", "dextromethorphan", "lidocaine"),
        m.stream().map(DrugMention::generic).toList());
    assertTrue(m.stream().allMatch(x -> x.drugClass().equals("Topical Compounds")), m::toString);

    List<DrugMention> list = lexicon.find("Medications: Tramadol, Etodolac, Orphenadrine, and topical analgesic creams.");
    assertEquals(List.of("Opioids", "NSAID", "Muscle Relaxant"),
        list.stream().map(DrugMention::drugClass).toList());
  }

  @Test
  void injectionsAreReadFromTheText() {
    assertEquals("Injection", classOf("injection of lidocaine 1% at the trigger point", "lidocaine"));
    assertEquals("NSAID", only("Toradol 60 mg IM").drugClass());
    assertEquals("Topical Analgesics", only("lidocaine patch").drugClass());
  }

  @Test
  void aListOfTwoDrugsIsNotTheirCombination() {
    List<DrugMention> m = lexicon.find("gabapentin, cyclobenzaprine");
    assertEquals(List.of("gabapentin", "cyclobenzaprine"), m.stream().map(DrugMention::generic).toList());
  }

  @Test
  void brandAndGenericInParenthesesShareTheClassTheTextGives() {
    List<DrugMention> m = lexicon.find("Flector patch (diclofenac epolamine) 1.3%");
    assertEquals(2, m.size());
    assertEquals("Topical Analgesics", m.get(0).drugClass());
    assertEquals("Topical Analgesics", m.get(1).drugClass());
  }

  @Test
  void brandsThatAreWordsOrPlacesNeedTheirCapital() {
    assertTrue(lexicon.find("he was well versed in the procedure").isEmpty());
    assertEquals("midazolam", only("Versed 2 mg IV").generic());
    assertTrue(lexicon.find("lives in Norco, CA 92860").isEmpty());
    assertTrue(lexicon.find("Office: 123 Main St, Norco, California").isEmpty());
  }

  @Test
  void aNumberAfterABrandIsPartOfItOnlyWhenItNamesTheProduct() {
    assertEquals("acetaminophen/codeine", only("Tylenol #3 one tab q.i.d.").generic());
    assertEquals("acetaminophen/codeine", only("Tylenol No. 3").generic());
    DrugMention t = only("Tylenol 3 times a day");
    assertEquals("Tylenol", t.text());
    assertEquals("acetaminophen", t.generic());
  }

  @Test
  void oneTypoInALongNameIsForgiven() {
    assertEquals("tramadol", only("tramdol 50mg").generic());
    assertEquals("ketoprofen", only("Ketaprofen cream").generic());
    assertEquals("ketoprofen", only("Ketoprophen").generic());
    assertEquals("orphenadrine", only("ophenadrine").generic(), "a typo in a name with its own ph");
    assertTrue(lexicon.find("dilation of the duct").isEmpty());
    assertTrue(DrugLexicon.withinOneEdit("tramdol", "tramadol"));
    assertTrue(DrugLexicon.withinOneEdit("celebrxe", "celebrex"));
    assertFalse(DrugLexicon.withinOneEdit("dilation", "dilantin"));
  }

  @Test
  void lookupsByName() {
    assertEquals(Optional.of("hydrocodone/acetaminophen"), lexicon.generic("Norco"));
    assertEquals(Optional.of("oxycodone"), lexicon.generic("Oxycodone HCl"));
    assertEquals(Optional.empty(), lexicon.generic("physical therapy"));
    assertEquals(Optional.of("Opioids"), lexicon.drugClass("Norco"));
    assertEquals(Optional.of("Opioids"), lexicon.drugClass("hydrocodone/acetaminophen"));
    assertEquals(Optional.of("Topical Compounds"), lexicon.drugClass("Ketophene"));
    assertEquals(Optional.of("Muscle Relaxant"), lexicon.drugClass("Soma"));
    assertEquals(Optional.of("Proton Pump Inhibitors"), lexicon.drugClass("Protonix"));
    assertEquals(Optional.empty(), lexicon.drugClass("amiodarone"));
  }

  @Test
  void everyClassIsADwcDrugClass() throws ConfigurationException {
    Set<String> dwc = Taxonomy.load().drugClasses();
    for (String name : List.of("Norco", "Soma", "Lyrica", "Celebrex", "Ambien", "Xanax", "Cymbalta",
        "Viagra", "Zofran", "Colace", "Toradol", "Medrol", "Euflexxa", "Sentra", "Trezix", "Fioricet")) {
      String c = lexicon.drugClass(name).orElseThrow(() -> new AssertionError(name + " has no class"));
      assertTrue(dwc.contains(c), name + ": " + c);
    }
  }

  @Test
  void aClassRowOutsideTheDwcDrugClassesFailsClearly() {
    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> DrugLexicon.readClasses(List.<String[]>of(new String[] {"gabapentin", "Anticonvulsant"}),
            Set.of("Anti-epilepsy drugs"), Set.of("gabapentin"), Set.of()));
    assertTrue(e.getMessage().contains("'Anticonvulsant'"), e.getMessage());
    assertTrue(e.getMessage().contains("not a DWC drug class"), e.getMessage());
  }

  @Test
  void aClassRowForAnUnknownDrugFailsClearly() {
    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> DrugLexicon.readClasses(List.<String[]>of(new String[] {"gabapentine", "Anti-epilepsy drugs"}),
            Set.of("Anti-epilepsy drugs"), Set.of("gabapentin"), Set.of()));
    assertTrue(e.getMessage().contains("'gabapentine'"), e.getMessage());
  }

  @Test
  void spansAreOrderedInsideTheRangeAndRandomInputNeverThrows() {
    Random r = new Random(42);
    String alphabet = "Norco 10/325 mg %#,.;()/-\n lidocaine patch Tylenol 3 compound cream Versed HCl ER";
    for (int n = 0; n < 300; n++) {
      StringBuilder sb = new StringBuilder();
      for (int i = r.nextInt(200); i > 0; i--) {
        sb.append(r.nextInt(4) == 0 ? (char) r.nextInt(0x250) : alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      int start = s.isEmpty() ? 0 : r.nextInt(s.length());
      int end = start + (s.length() == start ? 0 : r.nextInt(s.length() - start + 1));
      int last = start;
      for (DrugMention m : lexicon.find(s, start, end)) {
        assertTrue(m.span().start() >= last && m.span().end() <= end, () -> m + " in [" + 0 + "," + end + ")");
        assertEquals(m.text(), m.span().text(s));
        last = m.span().end();
      }
    }
  }

  @Test
  void classOfAnUnclassifiedDrugIsNull() {
    assertNull(only("Amiodarone 200 mg").drugClass());
  }
}
